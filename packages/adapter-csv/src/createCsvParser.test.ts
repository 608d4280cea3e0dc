import type { ImportIssue } from '@techcommit/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvLimitError } from './CsvLimitError'
import { type CsvParserSettings, createCsvParser } from './createCsvParser'
import { createIssueLog } from './createIssueLog'
import { readCsvRows } from './readCsvRows'

const settings = {
  delimiter: ',',
  maxRecordChars: 1_000_000,
  maxColumns: 1_000,
  maxRows: 1_000_000,
  unescapeFormulas: true,
  skipBlankRows: false,
}

type Outcome =
  | { rows: string[][]; issues: ImportIssue[] }
  | { error: Pick<CsvLimitError, 'limit' | 'row' | 'column' | 'message'>; issues: ImportIssue[] }

/** Parse text pushed in pieces cut at the given offsets: the rows and issues, or the limit error and the issues before it. */
function parseInPieces(
  text: string,
  cuts: readonly number[],
  limits: Partial<CsvParserSettings> = {},
): Outcome {
  const log = createIssueLog()
  const parser = createCsvParser({ ...settings, ...limits, issues: log })
  const rows: string[][] = []
  try {
    let from = 0
    for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
      parser.push(text.slice(from, cut), rows)
      from = cut
    }
    parser.push(text.slice(from), rows)
    parser.end(rows)
  } catch (error) {
    if (!(error instanceof CsvLimitError)) throw error
    const { limit, row, column, message } = error
    return { error: { limit, row, column, message }, issues: log.take() }
  }
  return { rows, issues: log.take() }
}

/** Every offset inside the text: cut there alone, and all at once (one character per piece). */
function everyCut(text: string): number[][] {
  const offsets = Array.from({ length: Math.max(0, text.length - 1) }, (_, k) => k + 1)
  return [...offsets.map((k) => [k]), offsets]
}

// Small inputs that need the reader to remember where it stood when a piece ends: in a quote, between the two
// quotes of `""`, just after a closing quote, between CR and LF, after a delimiter, in a cell over the limit.
const hostile: [string, string, Partial<CsvParserSettings>][] = [
  ['a doubled quote in a quoted cell', 'id,note\r\n7,"say ""hi"" twice"\r\n', {}],
  ['a quoted cell holding CRLF, LF and a lone CR', '"one\r\ntwo\nthree\rfour",x\n', {}],
  ['text after a closing quote, then a doubled quote outside it', '"ab"c""d,e\n', {}],
  ['a quote that never closes, with rows after it', 'h\n"open,1\nnext,2\r\nlast', {}],
  ['a quote as the very last character', 'a,"b"', {}],
  ['an empty quoted cell at the end without a line break', 'x,""', {}],
  ['a delimiter as the last character', 'p,q,', {}],
  ['blank lines made of CR, LF and CRLF', '\r\r\n\n,\r\n', {}],
  ['an apostrophe-escaped formula split anywhere', "'=1+1,'x\n", {}],
  ['a row one character over the record limit', 'ab,c\nabcd,e\n', { maxRecordChars: 5 }],
  ['a CRLF whose LF passes the record limit', 'abc\r\n', { maxRecordChars: 4 }],
  ['a quote open past the limit that never closes', 'k\n"a,b\nc,d\ne\n', { maxRecordChars: 4 }],
  ['a quote open past the limit that closes later', 'k\n"a,b\nc,d"\ne\n', { maxRecordChars: 4 }],
  ['a doubled quote straddling the record limit', 'k\n"ab""cd\nx\n', { maxRecordChars: 4 }],
  ['a closing quote as the first character past the limit', 'k\n"abc"\n', { maxRecordChars: 4 }],
  ['too many cells, split anywhere', 'a,b\n1,2,3,4\n', { maxColumns: 3 }],
]

describe('createCsvParser', () => {
  it.each(hostile)('reads %s the same however the text is cut', (_, text, limits) => {
    const whole = parseInPieces(text, [], limits)
    for (const cuts of everyCut(text)) expect(parseInPieces(text, cuts, limits)).toEqual(whole)
  })

  it('gives the same rows, issues or limit error however the text is cut, under tight limits too', () => {
    const piece = fc.constantFrom('a', 'é', ',', '"', '""', '\r', '\n', '\r\n', '"ab"c', "'=", ' ', 'xyzw')
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.record({
          maxRecordChars: fc.integer({ min: 1, max: 40 }),
          maxColumns: fc.integer({ min: 1, max: 8 }),
        }),
        fc.boolean(),
        (text, rawCuts, limits, tight) => {
          const cuts = rawCuts.map((c) => (text.length === 0 ? 0 : c % text.length))
          const use = tight ? limits : {}
          expect(parseInPieces(text, cuts, use)).toEqual(parseInPieces(text, [], use))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('reports text after a closing quote once, even when the record arrives in pieces', () => {
    const text = 'a,b\r\n"ab"c,d\r\n'
    for (let cut = 1; cut < text.length; cut++) {
      expect(parseInPieces(text, [cut]).issues.map((i) => [i.code, i.row, i.column])).toEqual([
        ['text-after-quote', 2, 1],
      ])
    }
  })

  it('reads a quote still open past the limit as a literal, and the text after it as rows', () => {
    const outcome = parseInPieces('k,v\n"a,b\nc,d\ne,f\n', [5, 11], { maxRecordChars: 5 })
    expect(outcome).toMatchObject({
      rows: [
        ['k', 'v'],
        ['"a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ],
      issues: [{ code: 'unterminated-quote', row: 2, column: 1 }],
    })
  })

  it('throws the record limit, naming the row of the quote, when a quote open past the limit closes later', () => {
    const text = `Action,Notes\nLab,"${'a long note\n'.repeat(10)}"\nRota,ok\n`
    for (const cuts of [[], [20], [40, 41, 42], everyCut(text).at(-1)!]) {
      const outcome = parseInPieces(text, cuts, { maxRecordChars: 60 })
      expect(outcome).toMatchObject({ error: { limit: 'maxRecordChars', row: 2 } })
      expect('error' in outcome && outcome.error.message).not.toMatch(/quote/)
    }
  })
})

describe('readCsvRows on a stream', () => {
  // Past the 64 KB held to detect the encoding, so the parser itself meets the chunk boundaries.
  const filler = `No.,Action,Notes\r\n${'1,Run the induction,"ok"\r\n'.repeat(3_000)}`
  const tail = `2,"Hire ""two"" technicians\r\nby May",x\r\n3,"ab"c,\r\n4,"still open\n${'5,y,\n'.repeat(12)}`
  const bytes = new TextEncoder().encode(`\uFEFF${filler}${tail}`)

  async function* inChunks(size: number): AsyncGenerator<Uint8Array> {
    for (let k = 0; k < bytes.length; k += size) yield bytes.slice(k, k + size)
  }

  it.each([1, 3, 64, 4_099])('gives the whole-file result when the bytes come %i at a time', async (size) => {
    const whole = await readCsvRows(bytes, { maxRecordChars: 40 })
    expect(whole.rows.slice(3_001, 3_005)).toEqual([
      ['2', 'Hire "two" technicians\r\nby May', 'x'],
      ['3', 'abc', ''],
      ['4', '"still open'],
      ['5', 'y', ''],
    ])
    expect(whole.issues.map((i) => [i.code, i.row])).toEqual([
      ['text-after-quote', 3_003],
      ['unterminated-quote', 3_004],
      ['ragged-row', 3_004],
    ])
    expect(await readCsvRows(inChunks(size), { maxRecordChars: 40 })).toEqual(whole)
  })
})
