import { describe, expect, it } from 'vitest'
import { readRestatedRecommendations } from './readRestatedRecommendations'
import { tableToPlan } from './tableToPlan'

// A council's annual report accounting for a scrutiny panel's report: the recommendations once, then answered
// block by block.
const page = [
  ['Panel', 'Report', 'Published'],
  ['Scrutiny Panel on Libraries', 'Report 2 - Opening Hours Review', 'May 2031'],
  ['Recommendations'],
  ['The panel made these recommendations to the council:'],
  [
    'Recommendation 3 - The panel recommends that the council extends weekend opening at the central library.',
  ],
  ['Recommendation 4 - The panel recommends that the council publishes branch visitor numbers each quarter.'],
  ['Council response'],
  ['Recommendation 3 - Agreed in principle. Staffing is being reviewed.'],
  ['Recommendation 4 - Agreed. The first figures will appear in the autumn.'],
  ['Progress'],
  ['Recommendation 3 - Work is under way.'],
  ['Recommendation 4 - Completed.'],
]

describe('readRestatedRecommendations: recommendations listed once, then answered block by block', () => {
  it('reads each recommendation once, numbered, with the latest answer as its status', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 29), a.status.state])).toEqual([
      ['3', 'The panel recommends that the', 'in-progress'],
      ['4', 'The panel recommends that the', 'complete'],
    ])
    expect(plan.actions[1]?.status.text).toContain('Council response: Agreed.')
  })

  it('leaves a page whose later block answers a number never listed to the other readers', () => {
    const stray = page.map((row) =>
      row[0] === 'Recommendation 4 - Completed.' ? ['Recommendation 9 - Completed.'] : row,
    )
    expect(readRestatedRecommendations(stray)).toBeNull()
  })

  it('leaves a page that lists its recommendations only once to the other readers', () => {
    expect(readRestatedRecommendations(page.slice(0, 6))).toBeNull()
  })
})
