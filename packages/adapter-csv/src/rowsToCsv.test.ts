import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readCsvRowsSync } from './readCsvRowsSync'
import { rowsToCsv } from './rowsToCsv'

describe('rowsToCsv', () => {
  it('quotes every field, doubles quotes and ends every record with CRLF', () => {
    expect(
      rowsToCsv([
        ['Title', 'Owner'],
        ['Say "hi"', 'a,b\nc'],
      ]),
    ).toBe('"Title","Owner"\r\n"Say ""hi""","a,b\nc"\r\n')
  })

  it('neutralises formula cells with an apostrophe', () => {
    expect(rowsToCsv([['=1+1', '@x', 'ok']])).toBe(`"'=1+1","'@x","ok"\r\n`)
    expect(rowsToCsv([['=1+1']], { escapeFormulas: false })).toBe('"=1+1"\r\n')
  })

  it('writes a BOM and a sep= line for Excel when asked', () => {
    expect(rowsToCsv([['a', 'b']], { bom: true, sepLine: true, delimiter: ';' })).toBe(
      '\uFEFFsep=;\r\n"a";"b"\r\n',
    )
  })

  it('rejects a delimiter that cannot work', () => {
    expect(() => rowsToCsv([], { delimiter: '"' })).toThrow(TypeError)
    expect(() => rowsToCsv([], { delimiter: ';;' })).toThrow(TypeError)
  })

  it('round-trips any table of strings through readCsvRowsSync', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({
        unit: fc.constantFrom('"', ',', ';', '\t', '\r', '\n', "'", '=', '-', 'a', ' ', '＝'),
        maxLength: 8,
      }),
    )
    const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
      fc.array(
        fc.array(cell, { minLength: width, maxLength: width }).filter((row) => row.some((c) => c !== '')),
        { minLength: 1, maxLength: 6 },
      ),
    )
    fc.assert(
      fc.property(table, fc.constantFrom(',', ';', '\t'), fc.boolean(), (rows, delimiter, bom) => {
        const csv = rowsToCsv(rows, { delimiter, bom })
        const back = readCsvRowsSync(csv, { delimiter })
        expect(back.rows).toEqual(rows)
        const bytes = readCsvRowsSync(new TextEncoder().encode(csv), { delimiter })
        expect(bytes.rows).toEqual(rows)
      }),
      { numRuns: 300 },
    )
  })
})
