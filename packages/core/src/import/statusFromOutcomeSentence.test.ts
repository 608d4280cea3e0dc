import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('statusFromOutcomeSentence: a matter from the last meeting, its request and then what came of it', () => {
  // [item as the minutes write it, state read]
  const items: ReadonlyArray<readonly [string, string]> = [
    ['Hall hire leaflet to be printed for the fete. Leaflets printed and handed out.', 'complete'],
    ['Insurance schedule to be sent to all trustees. Schedule sent on Monday.', 'complete'],
    ['Changes to the booking form to be made. Changes made.', 'complete'],
    ['The county ranger to be invited to the spring meeting. Invited and coming.', 'complete'],
    // The outcome is still to come, or not a report of the work: nothing read.
    ['Hall hire leaflet to be printed for the fete. Leaflets not yet printed.', 'unknown'],
    ['Insurance schedule to be sent to all trustees. Schedule to be sent next month.', 'unknown'],
    ['Changes to the booking form to be made. This is with the treasurer.', 'unknown'],
    ['Insurance schedule to be sent to all trustees. Sent?', 'unknown'],
    // No request in the first sentence: a report alone is read by other rules, not this one.
    ['Review the booking form. Changes made.', 'unknown'],
  ]
  it.each(items)('%j reads %s', (item, state) => {
    const { plan } = tableToPlan([
      ['Village hall trustees: minutes'],
      ['Matters arising from the last meeting'],
      [item],
      ['Noticeboard: the new lock is fitted and keys are with the secretary'],
    ])
    const action = plan.actions.find((a) => a.title.startsWith(item.slice(0, 20)))
    expect(action?.status.state).toBe(state)
  })
})
