import { describe, expect, it } from 'vitest'
import { noteLinesAtEnd } from './noteLinesAtEnd'
import { tableToPlan } from './tableToPlan'

// A page of lines: each step's name, then its fields as a label line over their text.
const steps = [
  ['Roadmap'],
  ['Step 1: Set up the help desk'],
  ['Description'],
  ['A place where staff can ask for help with equipment.'],
  ['Status'],
  ['Done'],
  ['Step 2: Train the desk staff'],
  ['Description'],
  ['Two days of training for everyone who answers calls.'],
  ['Status'],
  ['In progress'],
]

const titles = (rows: string[][]) => tableToPlan(rows).plan.actions.map((action) => action.title)

describe('noteLinesAtEnd', () => {
  it('blanks note lines at the foot of the table, keeping every row and its number', () => {
    const issues: Parameters<typeof noteLinesAtEnd>[1] = []
    const out = noteLinesAtEnd(
      [
        ['Task', 'Lead'],
        ['Paint the hall', 'Sam'],
        ['NB: costs to follow', ''],
        [''],
        ['Notes - see the budget'],
      ],
      issues,
    )
    expect(out).toEqual([['Task', 'Lead'], ['Paint the hall', 'Sam'], ['', ''], [''], ['']])
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([
      ['note-not-action', 3],
      ['note-not-action', 5],
    ])
  })

  it('leaves a note above the table, a note with other cells and a hyphenated word alone', () => {
    const table = [
      ['Note: draft'],
      ['Task', 'Lead'],
      ['Notes-based review of the hall', 'Sam'],
      ['Note: tbc', 'Jo'],
    ]
    expect(noteLinesAtEnd(table, [])).toBe(table)
    const words = [['Task', 'Lead'], ['Paint the hall', 'Sam'], ['Notes-based review of the budget']]
    expect(noteLinesAtEnd(words, [])).toBe(words)
  })

  it('leaves a note that gives the date legend for its own reader', () => {
    const table = [['Task', 'When'], ['Paint the hall', 'Year 2 Q1'], ['Note: Year 1 = 2031, Year 2 = 2032']]
    expect(noteLinesAtEnd(table, [])).toBe(table)
  })

  it('leaves a table that is nothing but notes', () => {
    const table = [['Note: nothing yet'], ['N.B. to follow']]
    expect(noteLinesAtEnd(table, [])).toBe(table)
  })

  it('reads a page of steps the same with a note below it', () => {
    const plain = titles(steps)
    expect(plain).toEqual(['Step 1: Set up the help desk', 'Step 2: Train the desk staff'])
    expect(titles([...steps, ['Notes: this roadmap is reviewed every quarter.']])).toEqual(plain)
  })

  it('keeps a note the date legend reads, and the notes above it', () => {
    const table = [
      ['Task', 'When'],
      ['Sweep the yard', 'Year 1'],
      ['Note: Year 1 is 2031'],
      ['NB: costs to follow'],
    ]
    expect(noteLinesAtEnd(table, [])).toEqual([
      ['Task', 'When'],
      ['Sweep the yard', 'Year 1'],
      ['Note: Year 1 is 2031'],
      [''],
    ])
  })
})
