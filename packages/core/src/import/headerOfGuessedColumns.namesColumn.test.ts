import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('headerOfGuessedColumns: short labels, one naming its column', () => {
  it('reads "Module | Status | Projection" and its second row as the header, not as actions', () => {
    const { plan } = tableToPlan([
      ['Service redesign plan'],
      ['Module', 'Status', 'Projection', '', ''],
      ['', '', 'Alpha', 'Beta', 'Live'],
      ['New booking service', 'Alpha under way', 'Mar 2026', 'Sep 2026', 'Jan 2027'],
      ['Staff rota tool', 'Not started', 'Jun 2026', 'Dec 2026', 'Apr 2027'],
      ['Room finder app', 'Not started', 'Aug 2026', 'Feb 2027', 'Jun 2027'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'New booking service',
      'Staff rota tool',
      'Room finder app',
    ])
  })

  it('reads a row of labels naming the action over a column read otherwise as the header', () => {
    const { plan } = tableToPlan([
      ['Outstanding reviews'],
      ['Committee', '', 'Proposed action'],
      [
        'Bus shelters',
        'The panel meant to survey every shelter on the two busiest routes for lighting and seating.',
        'Refer to Transport Board',
      ],
      [
        'Market rents',
        'A review of the stall rents charged at the three covered markets against nearby towns.',
        'Responsibility to pass to Head of Markets',
      ],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Bus shelters', ['Transport Board']],
      ['Market rents', ['Head of Markets']],
    ])
  })
})
