import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('objectivesWithoutActions: a plan listed by its objectives, some with no actions yet', () => {
  const rows = [
    ['Our Objectives', 'Actions to be taken and by whom', 'Success Criteria', 'Review Date'],
    [
      'Give every technician a yearly development review.',
      'Lab managers to book reviews.\nHR to send the review form to each manager.',
      'All technicians reviewed',
      'Termly',
    ],
    ['Make the workshop usable by wheelchair users.', 'Estates to widen the doors.', '', ''],
    ['Record technician skills in one register.', '', '', ''],
    ['Share technical posts on the careers page.', '', '', ''],
  ]

  it('reads each objective as an action, its steps the description', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.description?.split('\n')[0] ?? null])).toEqual([
      ['Give every technician a yearly development review.', 'Lab managers to book reviews.'],
      ['Make the workshop usable by wheelchair users.', 'Estates to widen the doors.'],
      ['Record technician skills in one register.', null],
      ['Share technical posts on the careers page.', null],
    ])
  })

  it('keeps an objective that heads the actions below it as their section', () => {
    const { plan } = tableToPlan([
      ['Objective', 'Action(s)', 'Lead'],
      ['1. Widen access to the labs', '', ''],
      ['Make the workshop usable by wheelchair users', 'Widen the doors\nFit a ramp', 'Estates'],
      ['Give every technician a yearly review', 'Book the reviews', 'HR'],
    ])
    expect(plan.actions.some((a) => a.title.startsWith('Widen access'))).toBe(false)
  })

  it('keeps a dash list under a row as its detail, not as objectives', () => {
    const { explanation } = tableToPlan([
      ['Objective', 'Actions', 'Progress'],
      ['Cut the energy the labs use', 'Fit timers on the fume cupboards', '20%'],
      ['- Timers bought for the first floor', '', ''],
      ['- Freezers to follow next year', '', ''],
    ])
    expect(explanation.columns.find((c) => c.column === 2)?.field).toBe('title')
  })
})
