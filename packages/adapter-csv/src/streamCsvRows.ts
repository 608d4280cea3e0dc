import type { ImportIssue } from '@techcommit/core'
import { createCsvReader } from './createCsvReader'
import type { CsvInput, CsvRowBatch, StreamCsvRowsOptions } from './csvOptions'
import { emptyFileIssue } from './readCsvRowsSync'
import { toByteChunks } from './toByteChunks'

/** Slice size for inputs already in memory, so even they are parsed a piece at a time. */
const SLICE = 64 * 1024

/**
 * Read a large CSV export batch by batch without holding the file: memory stays bounded by the batch size
 * and the longest record. Streams have no byte or row limit unless you set one.
 *
 * @example
 * for await (const batch of streamCsvRows(file.stream(), { batchSize: 500 })) {
 *   console.log(`rows ${batch.firstRow}–${batch.firstRow + batch.rows.length - 1}`, batch.issues)
 * }
 */
export async function* streamCsvRows(
  input: CsvInput,
  options: StreamCsvRowsOptions = {},
): AsyncGenerator<CsvRowBatch, void, undefined> {
  const batchSize = Math.max(1, options.batchSize ?? 1000)
  const reader = createCsvReader(options, {
    maxBytes: Number.POSITIVE_INFINITY,
    maxRows: Number.POSITIVE_INFINITY,
  })
  let pending: string[][] = []
  let firstRow = 1
  let anyRows = false
  // The parser may run ahead of the batches, so each issue waits for the batch that holds its row.
  let waiting: ImportIssue[] = []
  const batch = (rows: string[][]): CsvRowBatch => {
    const end = firstRow + rows.length
    const now: ImportIssue[] = []
    const later: ImportIssue[] = []
    for (const issue of [...waiting, ...reader.issues.take()]) {
      ;(issue.row === null || issue.row < end ? now : later).push(issue)
    }
    waiting = later
    const out: CsvRowBatch = {
      rows,
      firstRow,
      encoding: reader.encoding,
      delimiter: reader.delimiter,
      issues: now,
    }
    firstRow = end
    return out
  }
  async function* drain(final: boolean): AsyncGenerator<CsvRowBatch> {
    while (pending.length >= batchSize || (final && pending.length > 0)) {
      const rows = pending.length > batchSize ? pending.slice(0, batchSize) : pending
      pending = pending.length > batchSize ? pending.slice(batchSize) : []
      anyRows = true
      yield batch(rows)
    }
  }
  const chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array | string> =
    typeof input === 'string'
      ? sliceString(input)
      : input instanceof Uint8Array || input instanceof ArrayBuffer
        ? sliceBytes(input instanceof Uint8Array ? input : new Uint8Array(input))
        : toByteChunks(input)
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') reader.pushText(chunk, pending)
    else reader.pushBytes(chunk, pending)
    if (reader.stopped) break
    yield* drain(false)
  }
  reader.end(pending)
  yield* drain(true)
  const tail = [...waiting, ...reader.issues.take(), ...reader.issues.summary()]
  if (!anyRows && !reader.stopped) tail.push(emptyFileIssue())
  if (tail.length > 0) yield { ...batch([]), issues: tail }
}

function* sliceString(text: string): Generator<string> {
  if (text.length === 0) yield ''
  for (let i = 0; i < text.length; i += SLICE) yield text.slice(i, i + SLICE)
}

function* sliceBytes(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += SLICE) yield bytes.subarray(i, i + SLICE)
}
