import { describe, expect, it } from 'vitest'
import { dropBlankColumnsAtEnd } from './dropBlankColumnsAtEnd'
import { tableToPlan } from './tableToPlan'

// A statement pasted as one column: its planned fixes are the actions.
const statement = [
  ['Accessibility statement for Book a meeting room'],
  ['Compliance status'],
  [
    'This website is partially compliant with the accessibility standard, because of the problems listed below.',
  ],
  ['Non-accessible content'],
  ['The content listed below is non-accessible for the following reasons.'],
  [
    '1. Some buttons have no text label. Screen reader users may not know what they do. This fails WCAG 2.1 success criterion 4.1.2 (name, role, value). We plan to fix this by March 2026.',
  ],
  [
    '2. Some tables have no header cells. This may confuse screen reader users. This fails WCAG 2.1 success criterion 1.3.1 (info and relationships). We plan to fix this by June 2026.',
  ],
  [
    '3. The date picker cannot be used with a keyboard. This fails WCAG 2.1 success criterion 2.1.1 (keyboard). We plan to fix this by June 2026.',
  ],
  ['Preparation of this accessibility statement'],
  ['This statement was prepared on 1 May 2025.'],
]
const read = (rows: string[][]) =>
  tableToPlan(rows).plan.actions.map((action) => `${action.title.slice(0, 24)} → ${action.target.due}`)

describe('dropBlankColumnsAtEnd', () => {
  it('cuts every row after the last column holding text on any row', () => {
    expect(
      dropBlankColumnsAtEnd([['Goal', '', ''], ['Paint the hall', 'Sam', ' '], ['Fix the roof']]),
    ).toEqual([['Goal', ''], ['Paint the hall', 'Sam'], ['Fix the roof']])
  })

  it('returns a table without blank columns at its end as it is, blank columns inside it kept', () => {
    const table = [
      ['Task', '', 'Lead'],
      ['Paint the hall', '', 'Sam'],
    ]
    expect(dropBlankColumnsAtEnd(table)).toBe(table)
  })

  it('reads a one-column statement exported with an empty column after it as the same statement', () => {
    const plain = read(statement)
    expect(plain).toEqual([
      'Some buttons have no tex → 2026-03-31',
      'Some tables have no head → 2026-06-30',
      'The date picker cannot b → 2026-06-30',
    ])
    expect(read(statement.map((row) => [...row, '']))).toEqual(plain)
  })
})
