import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvLimitError } from './CsvLimitError'
import { readCsvRows } from './readCsvRows'
import { readCsvRowsSync } from './readCsvRowsSync'

describe('readCsvRows never crashes', () => {
  it('on random bytes: returns rows of strings and well-formed issues', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const result = await readCsvRows(bytes)
        for (const row of result.rows) for (const cell of row) expect(typeof cell).toBe('string')
        for (const issue of result.issues) {
          expect(['error', 'warning', 'info']).toContain(issue.severity)
          expect(issue.message.length).toBeGreaterThan(0)
          if (issue.row !== null) expect(issue.row).toBeGreaterThan(0)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('on random CSV-ish bytes (quotes, delimiters, BOMs, line breaks) with tight limits: rows or a CsvLimitError', () => {
    const byte = fc.constantFrom(
      0x22,
      0x2c,
      0x3b,
      0x09,
      0x0d,
      0x0a,
      0x61,
      0xef,
      0xbb,
      0xbf,
      0xff,
      0xfe,
      0x00,
      0x96,
      0xc3,
      0xa9,
    )
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 400 }), (list) => {
        try {
          readCsvRowsSync(Uint8Array.from(list), { maxColumns: 20, maxRecordChars: 100, maxRows: 50 })
        } catch (error) {
          expect(error).toBeInstanceOf(CsvLimitError)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
