import type { ImportIssue } from '@techcommit/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCsvParser } from './createCsvParser'
import { createIssueLog } from './createIssueLog'

const settings = {
  delimiter: ',',
  maxRecordChars: 1_000_000,
  maxColumns: 1_000,
  maxRows: 1_000_000,
  unescapeFormulas: true,
  skipBlankRows: false,
}

/** Parse text pushed in pieces cut at the given offsets. */
function parseInPieces(text: string, cuts: readonly number[]): { rows: string[][]; issues: ImportIssue[] } {
  const log = createIssueLog()
  const parser = createCsvParser({ ...settings, issues: log })
  const rows: string[][] = []
  let from = 0
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    parser.push(text.slice(from, cut), rows)
    from = cut
  }
  parser.push(text.slice(from), rows)
  parser.end(rows)
  return { rows, issues: log.take() }
}

describe('createCsvParser', () => {
  it('gives the same rows and issues however the text is cut (quotes, CRLF, lenient cases)', () => {
    const piece = fc.constantFrom('a', 'é', ',', '"', '""', '\r', '\n', '\r\n', '"ab"c', "'=", ' ')
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
        fc.array(fc.nat(), { maxLength: 8 }),
        (text, rawCuts) => {
          const cuts = rawCuts.map((c) => (text.length === 0 ? 0 : c % text.length))
          expect(parseInPieces(text, cuts)).toEqual(parseInPieces(text, []))
        },
      ),
      { numRuns: 2000 },
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
})
