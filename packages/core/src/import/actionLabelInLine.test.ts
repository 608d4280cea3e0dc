import { describe, expect, it } from 'vitest'
import { actionLabelInLine } from './actionLabelInLine'
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
  ])('reads %s', (line, want) => {
    expect(actionLabelInLine(line)).toEqual(want)
  })

  it.each([
    ['a line opening with its label', 'ACTION: Sam to oil the hinges.'],
    ['the word in prose', 'We took action: the gate was oiled.'],
    ['too little after the label', 'The gate sticks. ACTION: Sam.'],
    ['a name alone on the line', 'Robin to ACTION.'],
    ['a lower-case word', 'The gate sticks. Robin to action.'],
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
