import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CsvRowBatch } from './csvOptions'
import { readCsvRows } from './readCsvRows'
import { readCsvRowsSync } from './readCsvRowsSync'
import { streamCsvRows } from './streamCsvRows'

async function collect(iterable: AsyncIterable<CsvRowBatch>): Promise<CsvRowBatch[]> {
  const out: CsvRowBatch[] = []
  for await (const batch of iterable) out.push(batch)
  return out
}

async function* inChunks(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let from = 0
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > from && cut < bytes.length) {
      yield bytes.slice(from, cut)
      from = cut
    }
  }
  yield bytes.slice(from)
}

describe('streamCsvRows', () => {
  it('yields batches of batchSize with file row numbers', async () => {
    const text = `h\r\n${Array.from({ length: 9 }, (_, i) => `r${i + 2}`).join('\r\n')}\r\n`
    const batches = await collect(streamCsvRows(text, { batchSize: 4 }))
    expect(batches.map((b) => [b.firstRow, b.rows.length])).toEqual([
      [1, 4],
      [5, 4],
      [9, 2],
    ])
    expect(batches[2]!.rows).toEqual([['r9'], ['r10']])
  })

  it('reports an issue in the batch holding its row, numbered in the whole file', async () => {
    const text = 'a,b\r\n1,2\r\n3,4\r\n5\r\n6,7\r\n'
    const batches = await collect(streamCsvRows(text, { batchSize: 2 }))
    const issues = batches.flatMap((b) => b.issues)
    expect(issues).toEqual([expect.objectContaining({ code: 'ragged-row', row: 4 })])
    expect(batches.find((b) => b.issues.length > 0)!.firstRow).toBe(3)
  })

  it('reports an empty stream', async () => {
    const batches = await collect(streamCsvRows(new Uint8Array(0)))
    expect(batches.flatMap((b) => b.issues.map((i) => i.code))).toEqual(['empty-file'])
  })

  it('gives the same rows whatever the chunk boundaries (multi-byte characters, CRLF and quotes split)', async () => {
    const text =
      '\uFEFFsep=;\r\nAction;Lead;Notes\r\n"Caf\u00e9 ""forum""";Zo\u00eb;"line 1\r\nline 2"\r\n\u{1F600} emoji;–;\r\n"x;y";z;\r\n"ab"c;d;"e"\r\n'
    const bytes = new TextEncoder().encode(text)
    const want = readCsvRowsSync(bytes).rows
    expect(want).toEqual([
      ['Action', 'Lead', 'Notes'],
      ['Café "forum"', 'Zoë', 'line 1\r\nline 2'],
      ['😀 emoji', '–', ''],
      ['x;y', 'z', ''],
      ['abc', 'd', 'e'],
    ])
    const wantIssues = readCsvRowsSync(bytes).issues
    expect(wantIssues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ['text-after-quote', 5, 1],
    ])
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }),
        async (cuts) => {
          const batches = await collect(streamCsvRows(inChunks(bytes, cuts), { batchSize: 2 }))
          expect(batches.flatMap((b) => b.rows)).toEqual(want)
          expect(batches.flatMap((b) => b.issues)).toEqual(wantIssues)
          expect((await readCsvRows(inChunks(bytes, cuts))).rows).toEqual(want)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('splits UTF-16BE and windows-1252 streams at any byte', async () => {
    const text = 'Action\tLead\r\nCafé – phase 2\tZoë\r\n'
    const be = new Uint8Array(2 + text.length * 2)
    be.set([0xfe, 0xff])
    for (let i = 0; i < text.length; i++)
      be.set([text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff], 2 + i * 2)
    const cp = new Uint8Array(
      [...'a,b\r\nCaf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x2c, 0x96, 0x0d, 0x0a]),
    )
    for (let cut = 1; cut < be.length; cut++) {
      expect((await readCsvRows(inChunks(be, [cut]))).rows[1]).toEqual(['Café – phase 2', 'Zoë'])
    }
    for (let cut = 1; cut < cp.length; cut++) {
      expect((await readCsvRows(inChunks(cp, [cut]))).rows[1]).toEqual(['Café', '–'])
    }
  })

  it('never holds the whole input: a 5 MB stream is parsed before its generator finishes', async () => {
    let produced = 0
    let rowsWhenHalf = -1
    const line = new TextEncoder().encode(`${'z'.repeat(99)}\n`)
    async function* source() {
      for (let i = 0; i < 50_000; i++) {
        produced++
        yield line
      }
    }
    let seen = 0
    for await (const batch of streamCsvRows(source(), { batchSize: 100 })) {
      seen += batch.rows.length
      if (rowsWhenHalf === -1 && produced >= 25_000) rowsWhenHalf = seen
    }
    expect(seen).toBe(50_000)
    // Rows were handed out while the source was only half read.
    expect(rowsWhenHalf).toBeGreaterThan(20_000)
  })
})
