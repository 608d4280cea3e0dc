import { describe, expect, it } from 'vitest'
import {
  actionLabelInLine,
  actionLabelsInLine,
  decidedWorkInLine,
  ownerClosingLine,
} from './actionLabelInLine'
import { tableToPlan } from './tableToPlan'

describe('actionLabelInLine', () => {
  it.each([
    [
      'The gate sticks in wet weather. ACTION: Sam to oil the hinges before spring.',
      { title: 'Sam to oil the hinges before spring.', owner: 'Sam' },
    ],
    [
      'Members asked for a rota. Action: we should draw one up for the summer.',
      { title: 'we should draw one up for the summer.', owner: null },
    ],
    [
      'The path flooded twice. Ask the council to clear the drain by the gate.  Priya and Tom to ACTION.',
      { title: 'Ask the council to clear the drain by the gate.', owner: 'Priya and Tom' },
    ],
    [
      'The rota is short of helpers. Action 1.2: TK ask the book club for two more helpers.',
      { title: 'ask the book club for two more helpers.', owner: 'TK', ref: '1.2' },
    ],
    [
      'The rota is short of helpers. Action 3: TK to ask the book club for helpers.',
      { title: 'TK to ask the book club for helpers.', owner: 'TK', ref: '3' },
    ],
  ])('reads %s', (line, want) => {
    expect(actionLabelInLine(line)).toEqual(want)
  })

  it.each([
    ['a line opening with its label', 'ACTION: Sam to oil the hinges.'],
    ['the word in prose', 'We took action: the gate was oiled.'],
    ['too little after the label', 'The gate sticks. ACTION: Sam.'],
    ['a name alone on the line', 'Robin to ACTION.'],
    ['a lower-case word', 'The gate sticks. Robin to action.'],
    ['a number with no colon', 'The gate sticks. Action 4 was done in May by the warden.'],
  ])('reads nothing from %s', (_, line) => {
    expect(actionLabelInLine(line)).toBeNull()
  })
})

describe('minutes that mark some actions inside their discussion lines', () => {
  it('reads the marked work beside the lines that open with their label', () => {
    const { plan } = tableToPlan([
      ['Garden society committee notes'],
      ['Present: Priya, Tom, Sam, Ana'],
      ['Site'],
      ['The gate sticks in wet weather and two members complained about it. ACTION: Sam to oil the hinges.'],
      ['The path flooded twice this winter. Ask the council to clear the drain.  Ana to ACTION.'],
      ['Funds'],
      ['We have enough in hand for the new shed and the seed order this year.'],
      ['ACTION: Tom to pay the seed invoice.'],
      ['Shows'],
      ['The spring show went well and raised more than last year for the fund.'],
      ['ACTION: Priya to book the hall for the autumn show.'],
      ['Entries were up on last year in every class except the flowers.'],
      ['The judges asked for the tables to be set out earlier next time.'],
      ['Several members asked about a children’s class for next year.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Sam to oil the hinges.', ['Sam']],
      ['Ask the council to clear the drain.', ['Ana']],
      ['Tom to pay the seed invoice.', ['Tom']],
      ['Priya to book the hall for the autumn show.', ['Priya']],
    ])
  })
})

describe('actionLabelsInLine', () => {
  it('reads each of several labels in one paragraph, each to the end of its first sentence', () => {
    expect(
      actionLabelsInLine(
        'Play area. ACTION: KT to order new bark. The swings creak badly. ACTION: KT and Clerk to get a quote for new chains. A parent asked about a slide.',
      ),
    ).toEqual([
      { title: 'KT to order new bark.', owner: 'KT' },
      { title: 'KT and Clerk to get a quote for new chains.', owner: 'KT and Clerk' },
    ])
  })

  it('reads one label as actionLabelInLine does', () => {
    expect(actionLabelsInLine('The gate sticks. ACTION: Sam to oil the hinges. Then paint it.')).toEqual([
      { title: 'Sam to oil the hinges. Then paint it.', owner: 'Sam' },
    ])
  })

  it('reads nothing from a line with no label inside it', () => {
    expect(actionLabelsInLine('ACTION: Sam to oil the hinges.')).toEqual([])
  })
})

describe('minutes whose every action is marked inside a paragraph', () => {
  it('reads each marked action though no line opens with its label', () => {
    const { plan } = tableToPlan([
      ['Village hall committee'],
      ['Minutes of the meeting held on 4 June'],
      ['Present: Kim Tate (KT), Ola Berg (OB), the Clerk'],
      ['1. Apologies'],
      ['There were none.'],
      ['2. Matters arising'],
      ['Roof. The roofer has not replied to two letters. ACTION: OB to phone him this week.'],
      [
        'Play area. ACTION: KT to order new bark. The swings creak badly. ACTION: KT and Clerk to get a quote for new chains.',
      ],
      ['Car park. The lines have faded and need repainting before the summer fair.'],
      ['3. Any other business'],
      ['There was none.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['OB to phone him this week.', ['OB']],
      ['KT to order new bark.', ['KT']],
      ['KT and Clerk to get a quote for new chains.', ['KT', 'Clerk']],
    ])
  })
})

describe('a bare "Action" before the people given the work', () => {
  it.each([
    [
      'The fence by the car park has blown down. Action Rosa T to ask the contractor for a date',
      [{ title: 'Rosa T to ask the contractor for a date', owner: 'Rosa T' }],
    ],
    [
      'The ditch will be watched by Ken D and Rosa T Action Ken D & Rosa T to check it every week.',
      [{ title: 'Ken D & Rosa T to check it every week.', owner: 'Ken D & Rosa T' }],
    ],
    [
      'The accounts were late.  Action PW to chase the bank.',
      [{ title: 'PW to chase the bank.', owner: 'PW' }],
    ],
  ])('reads %s', (line, want) => {
    expect(actionLabelsInLine(line)).toEqual(want)
  })

  it.each([
    ['a plan named after the word', 'We adopted the Action Plan to guide the work next year.'],
    ['a body named after the word', 'The Climate Action Group to host the fair in May.'],
    ['one first name alone', 'The gate sticks. Action Rosa to oil it.'],
    ['no work in lower case after "to"', 'The hall was booked. Action Ken D to Tuesday.'],
  ])('reads nothing from %s', (_, line) => {
    expect(actionLabelsInLine(line)).toEqual([])
  })

  it('reads a greens committee whose paragraphs close on such marks', () => {
    const { plan } = tableToPlan([
      ['Course committee minutes'],
      ['Present: Rosa Tull, Ken Dow, Pat Wynn'],
      ['1. Apologies'],
      ['None.'],
      ['2. Course matters'],
      ['The fence by the car park has blown down. Action Rosa T to ask the contractor for a date'],
      ['The bunker on the 4th drains badly after rain. Action Ken D to price new drainage.'],
      ['The new tee on the 7th has settled in well and members like it.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Rosa T to ask the contractor for a date', ['Rosa T']],
      ['Ken D to price new drainage.', ['Ken D']],
    ])
  })
})

describe('ownerClosingLine: a line closed by the action label and an owner alone', () => {
  it.each([
    [
      'The rota will be sent round to every member. Action: Secretary.',
      { title: 'The rota will be sent round to every member.', owner: 'Secretary' },
    ],
    [
      'New keys are needed for the shed. ACTION: Tomasz',
      { title: 'New keys are needed for the shed.', owner: 'Tomasz' },
    ],
  ])('reads %s', (line, want) => {
    expect(ownerClosingLine(line)).toEqual(want)
  })

  it.each([
    ['work after the label', 'The hedge is long. Action: cut it back in May.'],
    ['no full stop before the label', 'The hedge is long Action: Tomasz'],
    ['too little before the label', 'Keys. Action: Tomasz'],
    ['a kind of action', 'The hedge is long. Action: Plan.'],
    ['the label alone', 'Action: Tomasz'],
  ])('reads nothing from %s', (_, line) => {
    expect(ownerClosingLine(line)).toBeNull()
  })

  it('stays linear on a long line of near misses', () => {
    expect(ownerClosingLine(`${'A b. Action: '.repeat(150)}x`)).toBeNull()
  })
})

describe('minutes numbering the actions they mark inside their lines ("Action 1.1:")', () => {
  const minutes = (lastLine: string) => [
    ['Minutes of the library group'],
    ['Present: Ana Ruiz (AR), Tom Kemp (TK), Lee Ode (LO)'],
    ['1. Minutes and actions:'],
    [
      'The date of the last meeting was wrong on the minutes. Action 1.1: AR correct the date on the minutes.',
    ],
    ['The rota is short of helpers. Action 1.2: TK ask the book club for two more helpers.'],
    [lastLine],
    ['2. Any other business'],
    ['None.'],
  ]

  it('reads each numbered mark with its number, owner and work', () => {
    const { plan } = tableToPlan(
      minutes('The shelving is full. Action 1.3: LO measure the back room for new shelves.'),
    )
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['1.1', 'correct the date on the minutes.', ['AR']],
      ['1.2', 'ask the book club for two more helpers.', ['TK']],
      ['1.3', 'measure the back room for new shelves.', ['LO']],
    ])
  })

  it('leaves the numbers out beside an action that has none, so none is passed down to it', () => {
    const { plan } = tableToPlan(minutes('LO will update the shelving plan with the new sizes.'))
    expect(plan.actions.map((a) => [a.ref, a.owners])).toEqual([
      [null, ['AR']],
      [null, ['TK']],
      [null, ['LO']],
    ])
  })
})

describe('decidedWorkInLine', () => {
  it.each([
    [
      'The new bins arrived late. Decision: Treasurer to claim the refund from the supplier. All agreed.',
      { title: 'Treasurer to claim the refund from the supplier.', owner: 'Treasurer' },
    ],
    [
      'The rota was discussed. Agreed: Maya Holt to be added to the key holders list.',
      { title: 'Maya Holt to be added to the key holders list.', owner: null },
    ],
  ])('reads the work a decision gives someone in %s', (line, want) => {
    expect(decidedWorkInLine(line)).toEqual(want)
  })

  it.each([
    'The tea rota was discussed. Decision: Chair thanked the helpers for the cakes.',
    'Decision: Treasurer to claim the refund from the supplier.',
    'The hall fee was reviewed. Agreed: the fee stays the same for another year.',
  ])('reads no work from %s', (line) => {
    expect(decidedWorkInLine(line)).toBeNull()
  })
})

describe('minutes marking an action and decisions that give work inside their paragraphs', () => {
  it('reads the decisions giving work as actions beside the marked one, each numbered by its minute', () => {
    const { plan } = tableToPlan([
      ['Riverside residents council, 3 March'],
      ['1. Present: six members'],
      ['2. Reports'],
      ['2.1 Finance. The grant has not yet arrived from the trust. Action: Cllr Dale to phone the trust.'],
      ['The tea rota was discussed. Decision: Chair thanked the helpers for the cakes.'],
      ['2.2 Flooding. The pump was checked. Decision: Secretary to print a notice for the hall door.'],
      ['2.3 The budget talks are open to councils. Agreed: Cllr Dale to be added to the mailing list.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['2.1', 'Cllr Dale to phone the trust.', ['Cllr Dale']],
      ['2.2', 'Secretary to print a notice for the hall door.', ['Secretary']],
      ['2.3', 'Cllr Dale to be added to the mailing list.', []],
    ])
  })
})
