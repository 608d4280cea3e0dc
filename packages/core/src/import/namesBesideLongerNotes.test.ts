import { describe, expect, it } from 'vitest'
import { namesBesideLongerNotes } from './namesBesideLongerNotes'
import { tableToPlan } from './tableToPlan'

describe('namesBesideLongerNotes: one-line names of the work left of longer notes, no header', () => {
  it('takes the names as the actions and the long cells as their description', () => {
    const { plan } = tableToPlan([
      [
        'Scout hut paintwork',
        'Two coats went on the outside walls in April and the doors were sanded ready for the next session',
        'Hut committee',
        '30 June 2031',
      ],
      [
        'New boiler for the kitchen',
        'Quotes came back from three plumbers; the cheapest needs the old tank removed before it is fitted',
        'Treasurer',
        '31 July 2031',
      ],
      [
        'Camping field clearance',
        'Brambles along the hedge were cut back by the older groups and the logs stacked for the fire pit',
        'Hut committee',
        '31 August 2031',
      ],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Scout hut paintwork', ['Hut committee'], '2031-06-30'],
      ['New boiler for the kitchen', ['Treasurer'], '2031-07-31'],
      ['Camping field clearance', ['Hut committee'], '2031-08-31'],
    ])
    expect(plan.actions[0]?.description).toContain('Two coats went on')
  })

  it('leaves a theme beside long cells that open as things to do: those are the actions', () => {
    const rows = [
      ['Safer lanes', 'Ask the county to lower the speed limit past the school and the playing field'],
      ['Green spaces', 'Plant a row of native trees along the edge of the recreation ground this winter'],
      ['Village hall', 'Apply for a grant to insulate the roof and replace the single-glazed windows'],
    ]
    expect(namesBesideLongerNotes(rows, new Map([['title', 1]]))).toBeNull()
  })

  it('leaves owners written left of the actions, and dates', () => {
    const notes = [
      'The survey of members closed with two hundred replies, most asking for later opening',
      'Volunteers counted the books on the shelves and sent the worn ones for recycling',
      'A local printer has offered the leaflets at cost if the text is ready by spring',
    ]
    const owners = ['Head of Services', 'Library Manager', 'Communications Officer']
    expect(
      namesBesideLongerNotes(
        notes.map((n, i) => [owners[i]!, n]),
        new Map([['title', 1]]),
      ),
    ).toBeNull()
    const dates = ['12th Apr', '3rd May', '21st June']
    expect(
      namesBesideLongerNotes(
        notes.map((n, i) => [dates[i]!, n]),
        new Map([['title', 1]]),
      ),
    ).toBeNull()
  })

  it('leaves a short name beside a list of steps, one a line', () => {
    const rows = [
      ['Staff voice', '- Run a pulse survey each quarter\n- Report the results to the board'],
      ['Fair pay', '- Publish the pay gap each year\n- Review the grading of every post'],
      ['Wellbeing', '- Train mental health first aiders\n- Offer flexible hours to all staff'],
    ]
    expect(namesBesideLongerNotes(rows, new Map([['title', 1]]))).toBeNull()
  })
})
