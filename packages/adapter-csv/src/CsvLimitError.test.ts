import { readCsvRows } from './readCsvRows'
import { TechcommitError } from '@techcommit/core'
import { describe, expect, it } from 'vitest'
import { CsvLimitError } from './CsvLimitError'
import { readCsvRowsSync } from './readCsvRowsSync'
import { streamCsvRows } from './streamCsvRows'

function limitError(run: () => unknown): CsvLimitError {
  try {
    run()
  } catch (error) {
    if (error instanceof CsvLimitError) return error
    throw error
  }
  throw new Error('expected a CsvLimitError')
}

describe('limits', () => {
  it('maxBytes: names the option and is a TechcommitError', () => {
    const error = limitError(() => readCsvRowsSync(new Uint8Array(11), { maxBytes: 10 }))
    expect(error).toBeInstanceOf(TechcommitError)
    expect(error._tag).toBe('CsvLimitError')
    expect(error).toMatchObject({ limit: 'maxBytes', max: 10, row: null })
    expect(error.message).toContain('maxBytes')
  })

  it('maxColumns: names the row and the first column over the limit', () => {
    const error = limitError(() => readCsvRowsSync('a,b\n1,2,3,4\n', { maxColumns: 3 }))
    expect(error).toMatchObject({ limit: 'maxColumns', row: 2, column: 4 })
    expect(error.message).toContain('maxColumns')
  })

  it('maxRecordChars: names the row, even when the long record is still open at the end', () => {
    const long = `a\n${'x'.repeat(50)}\n`
    expect(limitError(() => readCsvRowsSync(long, { maxRecordChars: 40 }))).toMatchObject({
      limit: 'maxRecordChars',
      row: 2,
    })
    const open = `a\n"${'x'.repeat(50)}`
    const error = limitError(() => readCsvRowsSync(open, { maxRecordChars: 40 }))
    expect(error.row).toBe(2)
  })

  it('maxRecordChars on a properly closed long quoted cell does not blame a missing quote', () => {
    const closed = `a\n"${'x'.repeat(50)}"\n`
    const error = limitError(() => readCsvRowsSync(closed, { maxRecordChars: 40 }))
    expect(error.row).toBe(2)
    expect(error.message).not.toMatch(/quote/)
    expect(error.message).toMatch(/maxRecordChars/)
  })

  it('an unterminated quote followed by more than maxRecordChars: the rest is read, with an issue', () => {
    const text = `No.,Action\n1,"open\n${'2,more text\n'.repeat(200)}`
    const { rows, issues } = readCsvRowsSync(text, { maxRecordChars: 500 })
    expect(rows).toHaveLength(202)
    expect(rows[1]).toEqual(['1', '"open'])
    expect(rows[201]).toEqual(['2', 'more text'])
    expect(issues).toContainEqual(expect.objectContaining({ code: 'unterminated-quote', row: 2, column: 2 }))
  })

  it('a stream whose quote never closes is read on, past maxRecordChars, with an issue', async () => {
    const chunk = new TextEncoder().encode(`${'y'.repeat(1000)}\n`)
    async function* endless() {
      yield new TextEncoder().encode('a\n"open\n')
      for (let i = 0; i < 300; i++) yield chunk
    }
    const { rows, issues } = await readCsvRows(endless(), { maxRecordChars: 100_000 })
    expect(rows).toHaveLength(302)
    expect(rows[1]).toEqual(['"open'])
    expect(issues).toContainEqual(expect.objectContaining({ code: 'unterminated-quote', row: 2 }))
  })

  it('maxRecordChars stops a stream that never sends a line break', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(4096))
    async function* endless() {
      for (let i = 0; i < 10_000; i++) yield chunk
    }
    await expect(async () => {
      for await (const _ of streamCsvRows(endless(), { maxRecordChars: 50_000 })) void _
    }).rejects.toMatchObject({ limit: 'maxRecordChars', row: 1 })
  })

  it('maxRows: names the first row over the limit', () => {
    const error = limitError(() => readCsvRowsSync('a\nb\nc\nd\n', { maxRows: 3 }))
    expect(error).toMatchObject({ limit: 'maxRows', row: 4 })
    expect(error.message).toContain('maxRows')
  })

  it('stays quiet at exactly the limit', () => {
    expect(
      readCsvRowsSync('a,b\n1,2\n', { maxColumns: 2, maxRows: 2, maxBytes: 8, maxRecordChars: 4 }).rows,
    ).toHaveLength(2)
  })
})
