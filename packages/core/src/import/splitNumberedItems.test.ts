import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('splitNumberedItems: the next items of a numbering in one cell', () => {
  const rows = [
    ['Ref', 'Action', 'Lead'],
    [
      '3.1',
      'Agree a standard induction checklist\nfor every technical team\n3.2 Train line managers to use\nthe checklist\n3.3 Review the checklist after a year',
      'Technical Services',
    ],
    ['3.4', 'Publish the checklist on the staff site', 'Comms'],
  ]

  it("reads each numbered item as an action, its wrapped lines joined, the row's lead shared", () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['3.1', 'Agree a standard induction checklist for every technical team', ['Technical Services']],
      ['3.2', 'Train line managers to use the checklist', ['Technical Services']],
      ['3.3', 'Review the checklist after a year', ['Technical Services']],
      ['3.4', 'Publish the checklist on the staff site', ['Comms']],
    ])
  })

  it('keeps a number that is not the next one in the cell as text', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Action'],
      ['2.1', 'Extend the scheme set out in\n4.2 of the careers plan to all staff'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['2.1'])
  })
})

describe('splitNumberedItems: a numbered list in the action cell of a table with no ref column', () => {
  it('reads each item as an action numbered by its mark, its lead the part of the lead cell with its number', () => {
    const { plan } = tableToPlan([
      ['Tasks', 'When', 'Who'],
      [
        '1. Map the shared freezers\n2. Agree a defrost rota\n3. Label every shelf\nwith its owner\n4. Audit the rota',
        'This year',
        '1. Facilities\n2. Lab managers\n4. Safety officer, Facilities',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.text])).toEqual([
      ['1', 'Map the shared freezers', ['Facilities'], 'This year'],
      ['2', 'Agree a defrost rota', ['Lab managers'], 'This year'],
      ['3', 'Label every shelf with its owner', [], 'This year'],
      ['4', 'Audit the rota', ['Safety officer', 'Facilities'], 'This year'],
    ])
  })

  it('shares a lead cell that is not numbered', () => {
    const { plan } = tableToPlan([
      ['Tasks', 'Who'],
      ['1) Map the shared freezers\n2) Agree a defrost rota', 'Facilities'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['1', 'Map the shared freezers', ['Facilities']],
      ['2', 'Agree a defrost rota', ['Facilities']],
    ])
  })

  it('keeps a cell that does not open with the first number as one action', () => {
    const { plan } = tableToPlan([
      ['Tasks', 'Who'],
      ['Run the freezer audit\n2. of the plan says how', 'Facilities'],
    ])
    expect(plan.actions).toHaveLength(1)
  })
})
