import { describe, expect, it } from 'vitest'
import { scoreHeader } from './assignColumns'
import { tableToPlan } from './tableToPlan'

describe('findHeader: a lead-in sentence above a header that names no action column', () => {
  const rows = [
    ['Actions agreed for the coming year following the staff survey:', '', '', ''],
    ['Concern raised', 'Response so far', 'By when', 'By whom'],
    [
      'Induction for new technicians is patchy across schools',
      'A working group has met twice.',
      'March 2027',
      'Jo Smith',
    ],
    [
      'Career pathways for technical staff are unclear',
      'Draft framework shared with heads.',
      'June 2027',
      'HR',
    ],
  ]

  it('is a line above the table, not its header: the row below it is', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(explanation.headerRow).toBe(2)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Induction for new technicians is patchy across schools', ['Jo Smith'], '2027-03-31'],
      ['Career pathways for technical staff are unclear', ['HR'], '2027-06-30'],
    ])
  })
})

describe('scoreHeader: "By whom"', () => {
  it('names the owners, as "Who" does', () => {
    expect(scoreHeader('By whom').get('owners')).toBe(1)
    expect(scoreHeader('Whom').get('owners')).toBe(1)
  })
})
