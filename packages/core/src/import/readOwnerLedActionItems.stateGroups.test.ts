import { describe, expect, it } from 'vitest'
import { ownerInLabelBracket } from './ownerAtStart'
import { tableToPlan } from './tableToPlan'

describe('minutes whose action items name the owner in brackets after the label, grouped by state', () => {
  it.each([
    ['ACTION (RB) to order more seed trays', { owner: 'RB', rest: 'to order more seed trays' }],
    ['Action (Dee) - Renew the hall insurance', { owner: 'Dee', rest: 'Renew the hall insurance' }],
    [
      'ACTION (Fund Group): ask the bank about fees',
      { owner: 'Fund Group', rest: 'ask the bank about fees' },
    ],
    ['Action (see above) for the team', null],
    ['Actions (2) were agreed', null],
    ['Reaction (RB) to the news', null],
  ])('%s', (line, read) => {
    expect(ownerInLabelBracket(line)).toEqual(read)
  })

  it('gives each item its bracketed owner and the state of the heading above it', () => {
    const { plan } = tableToPlan([
      ['Allotment society committee, 3 March'],
      ['Action points'],
      ['Completed'],
      ['ACTION (RB) to order more seed trays'],
      ['New (raised tonight)'],
      ['ACTION (Dee) - Renew the hall insurance'],
      ['ACTION (PK) Fix the gate on plot 9'],
      ['Ongoing'],
      ['ACTION (Fund Group) to ask the bank about fees'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['to order more seed trays', ['RB'], 'complete'],
      ['Renew the hall insurance', ['Dee'], 'not-started'],
      ['Fix the gate on plot 9', ['PK'], 'not-started'],
      ['to ask the bank about fees', ['Fund Group'], 'ongoing'],
    ])
    expect(plan.actions[1]!.description).toBe('ACTION (Dee) - Renew the hall insurance')
  })

  it('passes over a state heading with no items of its own', () => {
    const { plan } = tableToPlan([
      ['Club minutes'],
      ['Action items'],
      ['Resolved'],
      ['Ongoing'],
      ['ACTION (Sam) to mend the scoreboard'],
      ['ACTION (Jo) to count the kit'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['to mend the scoreboard', ['Sam'], 'ongoing'],
      ['to count the kit', ['Jo'], 'ongoing'],
    ])
  })
})
