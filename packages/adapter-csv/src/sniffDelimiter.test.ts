import { describe, expect, it } from 'vitest'
import { sniffDelimiter } from './sniffDelimiter'

const lines = (count: number, line: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => `${line(i)}\r\n`).join('')

describe('sniffDelimiter', () => {
  it('reads a comma file, and a comma file whose cells hold semicolons, as commas', () => {
    expect(sniffDelimiter(lines(80, (i) => `${i},Launch a webpage,June 2019`))).toBe(',')
    expect(sniffDelimiter(lines(80, (i) => `${i},"Forum; HR",June 2019`))).toBe(',')
  })

  it('reads a semicolon file with decimal commas as semicolons, on a long file as on a short one', () => {
    expect(sniffDelimiter(lines(5, (i) => `${i};0,5;Forum`))).toBe(';')
    expect(sniffDelimiter(lines(200, (i) => `${i};0,5;Forum`))).toBe(';')
  })

  it('looks past blank lines and multi-line cells to find 50 rows', () => {
    // 70 blank lines, then semicolon rows: the first 60 line breaks hold no row at all.
    const blankFirst = `${'\r\n'.repeat(70)}${lines(60, (i) => `${i};a,b;c`)}`
    expect(sniffDelimiter(blankFirst)).toBe(';')
    // Each record spans three lines (a quoted cell with line breaks), so 60 line breaks are only 20 rows.
    const tall = lines(60, (i) => `${i}\t"one, two\nthree, four\nfive"\tx`)
    expect(sniffDelimiter(tall)).toBe('\t')
  })

  it('keeps the fallback when no candidate splits the rows', () => {
    expect(sniffDelimiter(lines(3, () => 'Just one column'))).toBe(',')
    expect(
      sniffDelimiter(
        lines(3, () => 'Just one column'),
        true,
        '\t',
      ),
    ).toBe('\t')
    // Commas only inside quotes: no comma splits a row, so the UTF-16 fallback (tab) stands.
    expect(
      sniffDelimiter(
        lines(3, () => '"a, b"'),
        true,
        '\t',
      ),
    ).toBe('\t')
    // A comma file read as UTF-16: the fallback is a tab, but commas split every row.
    expect(
      sniffDelimiter(
        lines(3, (i) => `${i},a,b`),
        true,
        '\t',
      ),
    ).toBe(',')
  })
})
