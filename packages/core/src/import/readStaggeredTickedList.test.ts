import { describe, expect, it } from 'vitest'
import { readStaggeredTickedList } from './readStaggeredTickedList'
import { tableToPlan } from './tableToPlan'

describe('a ticked list whose items switch column from row to row', () => {
  const rows = [
    ['Project timeline'],
    ['First year'],
    ['x', 'Agree the terms of reference with the partners.', ''],
    ['✓', '', 'Hire the two project officers.'],
    ['x', 'Publish the survey of current practice.', ''],
    ['Second year'],
    ['', '', 'Pilot the toolkit in three schools.'],
    ['', 'Write up the pilot for the board.', ''],
    ['Later stages'],
    ['To be announced'],
  ]

  it('reads each item as an action, ticked ones complete and the rest not started, under its heading', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.status.state, a.section])).toEqual([
      ['Agree the terms of reference with the partners.', 'complete', 'First year'],
      ['Hire the two project officers.', 'complete', 'First year'],
      ['Publish the survey of current practice.', 'complete', 'First year'],
      ['Pilot the toolkit in three schools.', 'not-started', 'Second year'],
      ['Write up the pilot for the board.', 'not-started', 'Second year'],
    ])
  })

  it.each(['X', '✔', '☑', '✅'])('reads "%s" as a done mark', (mark) => {
    const read = readStaggeredTickedList([
      ['Plan'],
      [mark, 'Open the desk', ''],
      ['', '', 'Train the staff'],
      ['', 'Review the year', ''],
    ])
    expect(read?.rows.slice(1)).toEqual([
      ['Action', 'Status', 'Section'],
      ['Open the desk', 'Done', ''],
      ['Train the staff', 'Not started', ''],
      ['Review the year', 'Not started', ''],
    ])
  })

  it('leaves a list in one column, a list with no mark, another word in the mark column, or a row of two items', () => {
    const items = rows.slice(0, 8)
    expect(
      readStaggeredTickedList(items.map((row) => (row.length === 3 ? [row[0]!, row[1]! || row[2]!] : row))),
    ).toBeNull()
    expect(
      readStaggeredTickedList(items.map((row) => (row.length === 3 ? ['', row[1]!, row[2]!] : row))),
    ).toBeNull()
    expect(readStaggeredTickedList([...items, ['Yes', 'Close the project', '']])).toBeNull()
    expect(readStaggeredTickedList([...items, ['x', 'Close the project', 'Hand over']])).toBeNull()
  })

  it('reads a list of 10,000 items', () => {
    const page: string[][] = [['Timeline'], ['Phase one']]
    for (let i = 0; i < 10_000; i++) page.push(i % 2 === 0 ? ['x', `Item ${i}`, ''] : ['', '', `Item ${i}`])
    page.push(['x', '', 'x'.repeat(200_000)])
    const read = readStaggeredTickedList(page)
    expect(read?.rows.length).toBe(10_003)
  })
})
