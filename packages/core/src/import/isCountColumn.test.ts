import { describe, expect, it } from 'vitest'
import { isCountColumn, namesCount } from './isCountColumn'
import { tableToPlan } from './tableToPlan'

describe('isCountColumn: bare counts under an action header', () => {
  it.each([
    [['3', '', '11'], true],
    [['2, 7', '4', '1; 3; 6', '5 and 8'], true],
    [['1,2', '12/14'], true],
    [['#3, #8', '', '#15'], true],
    [['#3 Fieldwork'], false],
    [['2, Fieldwork'], false],
    [['2,'], false],
    [['3.', '4.'], false],
    [['1.2', '1.3'], false],
    [['Run a survey', '2'], false],
    [['', ''], false],
  ])('%j → %s', (cells, want) => {
    expect(isCountColumn(cells)).toBe(want)
  })

  it('reads the summary prose as the action, the counts and the share kept in extra', () => {
    const { plan, explanation } = tableToPlan([
      ['Audit progress report', '', '', '', ''],
      ['Summary', 'Sub actions', 'Deadline date', 'Status', 'Overall %'],
      ['REC 1 - The trust should publish how complaints are handled', '3', '31 Mar 2026', 'Open', '40'],
      ['REC 2 - The trust should train every ward manager in the policy', '5', '30 Jun 2026', 'Open', '10'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 20), a.target.due])).toEqual([
      ['REC 1', 'The trust should pub', '2026-03-31'],
      ['REC 2', 'The trust should tra', '2026-06-30'],
    ])
    const fieldOf = (column: number) => explanation.columns.find((c) => c.column === column)?.field
    expect([fieldOf(1), fieldOf(2), fieldOf(5)]).toEqual(['title', 'extra', 'extra'])
  })

  it.each([
    ['Number of findings', true],
    ['No. of actions', true],
    ['# of items', true],
    ['Total', true],
    ['# Weeks', true],
    ['#Visits', true],
    ['#', false],
    ['# Ref', false],
    ['Number', false],
    ['No.', false],
    ['Action number', false],
  ])('namesCount(%j) → %s', (header, want) => {
    expect(namesCount(header)).toBe(want)
  })

  it('reads a "# Weeks" column as a count, and the number opening each item as its ref', () => {
    const { plan } = tableToPlan([
      ['Task', '# Weeks', 'Due'],
      ['4. Replace the worn stair treads in the north block.', '6', 'May 2027'],
      ['8. Survey the roof of the sports hall.', '6', 'July 2027'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 12)])).toEqual([
      ['4', 'Replace the '],
      ['8', 'Survey the r'],
    ])
  })

  it('keeps a "Number of …" column in extra, never as the ref, beside a cell that lists the items', () => {
    const { plan, explanation } = tableToPlan([
      ['Status', 'Number of tasks', 'Action'],
      ['Finished', '2', '- Paint the hall\n- Fix the gate'],
      ['Started', '1', 'Sand the floor'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      [null, 'Paint the hall'],
      [null, 'Fix the gate'],
      [null, 'Sand the floor'],
    ])
    expect(explanation.columns.find((c) => c.column === 2)?.field).toBe('extra')
  })
})
