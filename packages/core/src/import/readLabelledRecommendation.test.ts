import { describe, expect, it } from 'vitest'
import { readLabelledRecommendation } from './readLabelledRecommendation'
import { tableToPlan } from './tableToPlan'

describe('readLabelledRecommendation: a page per recommendation, with its answer and a status line', () => {
  const page = [
    ['Recommendation 7'],
    ['Review of technical careers'],
    ['Recommendation 7:'],
    [
      'By 1 March 2026, every faculty should publish a career path for its technicians. It should be reviewed yearly.',
    ],
    ['Faculty action: A draft path has been shared with the technician network for comment.'],
    ['Action: In Progress'],
  ]

  it('reads the recommendation as the action, its opening deadline as the target', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 40), a.target.due, a.status.state])).toEqual([
      ['7', 'every faculty should publish a career pa', '2026-03-01', 'in-progress'],
    ])
  })

  it('reads two recommendations on one page, a recommendation without a deadline kept whole', () => {
    const { plan } = tableToPlan([
      ['Recommendation 1:'],
      ['Labs should name a technical lead.'],
      ['Action: Complete'],
      ['Recommendation 2:'],
      ['By June 2026, stores should move to the new block.'],
      ['Our response: The move is planned for the summer.'],
      ['Status: Not started'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due, a.status.state])).toEqual([
      ['1', 'Labs should name a technical lead.', null, 'complete'],
      ['2', 'stores should move to the new block.', '2026-06-30', 'not-started'],
    ])
  })

  it('is not the layout without a status line', () => {
    expect(readLabelledRecommendation([['Recommendation 1:'], ['Labs should name a lead.']])).toBeNull()
  })
})
