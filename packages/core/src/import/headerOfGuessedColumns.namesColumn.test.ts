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
})
