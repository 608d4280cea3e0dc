import { describe, expect, it } from 'vitest'
import { readMeetingNumberedActions } from './readMeetingNumberedActions'
import { tableToPlan } from './tableToPlan'

const minutes = [
  ['Allotment association committee minutes'],
  ['Date: 2 March 2031', 'Venue: the pavilion'],
  ['Agenda item', 'Lead', 'Notes and decisions'],
  ['Welcome', 'Chair', '6 present. The Chair welcomed a new plot holder.'],
  [
    'Actions carried forward',
    'Chair',
    [
      '12/01/31-02-Treasurer to ask the bank about a second signatory. Open. Expected by the next meeting',
      '12/01/31-04- Site Warden to price a new lock for the top gate. Completed & Closed.',
      '02/02/31-01-Lena Ward to draft the water rota from action 12/01/31-02 onwards. Open.',
      '02/03/31-01- Secretary to send the rota to every plot holder.',
    ].join('\n'),
  ],
  ['Any other business', 'Chair', 'None.'],
]

describe('minutes whose running action log numbers each action by the meeting that raised it', () => {
  it('reads each numbered line as an action, its number the ref, its state the status', () => {
    const { plan } = tableToPlan(minutes)
    expect(
      plan.actions.map((action) => [action.ref, action.owners, action.status.state, action.target.due]),
    ).toEqual([
      ['12/01/31-02', ['Treasurer'], 'in-progress', null],
      ['12/01/31-04', ['Site Warden'], 'complete', null],
      ['02/02/31-01', ['Lena Ward'], 'in-progress', null],
      ['02/03/31-01', ['Secretary'], 'unknown', null],
    ])
    expect(plan.actions[1]!.title).toBe('Site Warden to price a new lock for the top gate.')
  })

  it('leaves minutes with fewer than three numbered actions, or dates only inside the text, alone', () => {
    expect(readMeetingNumberedActions(minutes.slice(0, 4))).toBeNull()
    expect(
      readMeetingNumberedActions([
        ['Log'],
        ['Item', 'Notes'],
        [
          'Rota',
          'See action 12/01/31-02 and 12/01/31-04.\nThe rota from 02/02/31-01 stands.\nAgreed on 02/03/31.',
        ],
      ]),
    ).toBeNull()
  })
})
