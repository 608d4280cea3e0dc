import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a roadmap table whose "Features" column holds the work', () => {
  it('reads the planned feature as the action, not the event beside it', () => {
    const { plan } = tableToPlan([
      ['Library app roadmap'],
      ['Date', 'Release', 'Features', 'Events'],
      ['March 2025', 'v1.1', 'Add a room booking screen', 'Staff away day'],
      ['June 2025', 'v1.2', 'Show loan due dates', 'Open day (June 12)'],
      ['September 2025', 'TBD', 'Offline reading list', 'Freshers fair'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Add a room booking screen', [], '2025-03-31'],
      ['Show loan due dates', [], '2025-06-30'],
      ['Offline reading list', [], '2025-09-30'],
    ])
  })
})
