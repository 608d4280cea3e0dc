import { describe, expect, it } from 'vitest'
import { dropSharedIndent } from './dropSharedIndent'
import { tableToPlan } from './tableToPlan'

// An outline: each piece of work flush, its tasks indented under it, their parts indented again.
const outline = [
  ['Delivery plan'],
  ['Build a shared style guide'],
  ['  Colour tokens (done)'],
  ['  Button styles'],
  ['    primary'],
  ['    secondary'],
  ['  Spacing rules'],
  ['Move every site to the new guide'],
  ['  Library pages (in progress)'],
  ['  News pages'],
]
const padded = (rows: string[][], pad: string) =>
  rows.map((row) => row.map((cell) => (cell === '' ? cell : pad + cell)))
const read = (rows: string[][]) =>
  tableToPlan(rows).plan.actions.map((action) => `${action.title} (${action.status.state})`)

describe('dropSharedIndent', () => {
  it('takes off the indentation every filled cell shares, and keeps what is left', () => {
    expect(
      dropSharedIndent([
        ['  Goal', ''],
        ['    Lead the review', ' \t'],
      ]),
    ).toEqual([
      ['Goal', ''],
      ['  Lead the review', ' \t'],
    ])
  })

  it('returns a table with any cell starting flush as it is', () => {
    const table = [
      ['Goal', '  Lead'],
      ['  Review', '  Sam'],
    ]
    expect(dropSharedIndent(table)).toBe(table)
    const blank = [[' ', ''], ['']]
    expect(dropSharedIndent(blank)).toBe(blank)
  })

  it('reads an outline padded with spaces as the same outline', () => {
    const plain = read(outline)
    expect(plain).toContain('Library pages (in-progress)')
    expect(read(padded(outline, '  '))).toEqual(plain)
    expect(read(padded(outline, ' '))).toEqual(plain)
  })
})
