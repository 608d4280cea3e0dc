import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a numbered item that reports its state, with bullets under it', () => {
  it('is an action, not a heading over the bullets', () => {
    const { plan } = tableToPlan([
      ['Team meeting notes'],
      ['Actions'],
      ['1. Move the wiki to the new server (in progress)'],
      ['* Including the old meeting pages'],
      ['2. Agree the release calendar (done)'],
      ['3. Invite the new contributors to the channel (done)'],
    ])
    expect(plan.actions.map((a) => [a.title.slice(0, 24), a.status.state])).toEqual([
      ['Move the wiki to the new', 'in-progress'],
      ['Including the old meetin', 'unknown'],
      ['Agree the release calend', 'complete'],
      ['Invite the new contribut', 'complete'],
    ])
  })
})
