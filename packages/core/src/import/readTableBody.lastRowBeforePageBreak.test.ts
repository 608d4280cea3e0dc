import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('readTableBody: the last row before the header is printed again on a new page', () => {
  const header = ['Ref', 'Task', 'Due', 'Progress']
  const rows = [
    header,
    ['2.1', 'Survey the standpipes on every plot', 'March 2027', 'Not started'],
    ['2.2', 'Replace the leaking trough by the gate', 'April 2027', ''],
    header,
    ['2.3', 'Fit water butts to the two sheds', 'May 2027', 'Not started'],
    ['3. Paths', '', '', ''],
    header,
    ['3.1', 'Lay bark on the main path', 'June 2027', ''],
  ]

  it('keeps a row with its own date or status above the repeated header as an action', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.section])).toEqual([
      ['2.1', 'Survey the standpipes on every plot', null],
      ['2.2', 'Replace the leaking trough by the gate', null],
      ['2.3', 'Fit water butts to the two sheds', null],
      ['3.1', 'Lay bark on the main path', '3. Paths'],
    ])
    expect(explanation.rows).not.toContainEqual({ row: 3, kind: 'section' })
  })

  it('still reads a row of only a ref and a title above the repeated header as its heading', () => {
    const { plan } = tableToPlan([
      header,
      ['1', 'Compost bays', '', ''],
      header,
      ['1.1', 'Build a third compost bay', 'May 2027', ''],
      ['1.2', 'Put up a sign on what may be composted', 'May 2027', ''],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.section])).toEqual([
      ['1.1', 'Build a third compost bay', 'Compost bays'],
      ['1.2', 'Put up a sign on what may be composted', 'Compost bays'],
    ])
  })
})
