import { CsvLimitError } from './CsvLimitError'
import { createCsvDecoder, type CsvDecoder, detectCsvEncoding } from './createCsvDecoder'
import { createCsvParser, type CsvParser } from './createCsvParser'
import { createIssueLog, type IssueLog } from './createIssueLog'
import type { CsvEncoding, ReadCsvRowsOptions } from './csvOptions'
import { sniffDelimiter } from './sniffDelimiter'

/** Bytes held back to detect the encoding of a stream. */
const DETECT_BYTES = 64 * 1024
/** Characters held back to read a `sep=` line and sniff the delimiter. */
const SNIFF_CHARS = 32 * 1024
/**
 * Bytes gathered before they are decoded and parsed: a stream that sends tiny chunks (64 bytes, or one byte at a
 * time) then costs what a stream of ordinary 16–64 KB chunks costs, instead of a decoder call and a parser call per
 * chunk. They are gathered in one buffer the reader keeps: a new 16 KB array each time took fresh memory from the
 * system, a page fault per 4 KB, which cost more than the decoding (a 900 KB stream: 220 faults a read).
 */
const GATHER_BYTES = 16 * 1024

/** Limits applied when the caller gives none; streaming readers pass their own larger defaults. */
export interface ReaderDefaults {
  readonly maxBytes: number
  readonly maxRows: number
}

/** Bytes or text in, rows out: decoding, `sep=`, delimiter sniffing and parsing, chunk by chunk. */
export interface CsvReader {
  pushBytes(chunk: Uint8Array, out: string[][]): void
  pushText(text: string, out: string[][]): void
  end(out: string[][]): void
  readonly encoding: CsvEncoding
  readonly delimiter: string
  readonly issues: IssueLog
  /** Row number of the last record read. */
  readonly rowCount: number
  /** True when the input turned out not to be text (an .xlsx workbook); nothing more is read. */
  readonly stopped: boolean
}

// `sep=;` is Excel's own hint line; the single character after `=` is the delimiter.
const SEP_LINE = /^sep=(.)(\r\n|\n|\r|$)/i

/** Create a reader; the same engine serves the sync, async and streaming entry points. */
export function createCsvReader(options: ReadCsvRowsOptions, defaults: ReaderDefaults): CsvReader {
  const issues = createIssueLog()
  const maxBytes = options.maxBytes ?? defaults.maxBytes
  if (options.delimiter !== undefined && options.delimiter.length !== 1) {
    throw new TypeError(
      `The delimiter option must be one character, got ${JSON.stringify(options.delimiter)}.`,
    )
  }
  let bytesSeen = 0
  let head: Uint8Array[] = []
  let headLength = 0
  /** Made once the encoding is known; the bytes in it are `gathered.subarray(0, gatheredLength)`. */
  let gathered: Uint8Array | null = null
  let gatheredLength = 0
  let decoder: CsvDecoder | null = null
  let encoding: CsvEncoding = options.encoding ?? 'utf-8'
  let textHead = ''
  let textStarted = false
  let parser: CsvParser | null = null
  let delimiter = options.delimiter ?? ','
  let stopped = false

  function countBytes(n: number, unit: string): void {
    bytesSeen += n
    if (bytesSeen > maxBytes) {
      throw new CsvLimitError(
        'maxBytes',
        maxBytes,
        null,
        null,
        `The input is larger than ${maxBytes} ${unit}. Raise the maxBytes option, or use streamCsvRows / importCsvPlanStream for very large files.`,
      )
    }
  }

  function startParser(text: string, final: boolean, out: string[][]): void {
    let body = text
    if (!textStarted) {
      textStarted = true
      if (body.charCodeAt(0) === 0xfeff) body = body.slice(1)
    }
    let fromSepLine = false
    const sep = SEP_LINE.exec(body.slice(0, 16))
    if (sep !== null && sep[1] !== '"') {
      body = body.slice(sep[0].length)
      if (options.delimiter === undefined) {
        delimiter = sep[1]!
        fromSepLine = true
      }
    }
    if (options.delimiter === undefined && !fromSepLine) {
      const fallback = encoding === 'utf-16le' || encoding === 'utf-16be' ? '\t' : ','
      // Sniff a sample only: each candidate delimiter parses it in full.
      const sample = body.length > SNIFF_CHARS ? body.slice(0, SNIFF_CHARS) : body
      delimiter = sniffDelimiter(sample, final && sample.length === body.length, fallback)
    }
    parser = createCsvParser({
      delimiter,
      maxRecordChars: options.maxRecordChars ?? 1_000_000,
      maxColumns: options.maxColumns ?? 2_000,
      maxRows: options.maxRows ?? defaults.maxRows,
      unescapeFormulas: options.unescapeFormulas ?? true,
      skipBlankRows: options.skipBlankRows ?? false,
      issues,
    })
    parser.push(body, out)
  }

  function feedText(text: string, final: boolean, out: string[][]): void {
    if (parser !== null) {
      parser.push(text, out)
      return
    }
    textHead += text
    if (textHead.length >= SNIFF_CHARS || final) {
      const held = textHead
      textHead = ''
      startParser(held, final, out)
    }
  }

  function flushHead(final: boolean, out: string[][]): void {
    const all = joinBytes(head, headLength)
    head = []
    headLength = 0
    const detected = detectCsvEncoding(all, final, options.encoding, issues)
    encoding = detected.encoding
    if (detected.notText) {
      stopped = true
      return
    }
    decoder = createCsvDecoder(detected.encoding, issues)
    feedText(decoder.decode(all.subarray(detected.bomLength), final), final, out)
  }

  function flushGathered(out: string[][]): void {
    if (gatheredLength === 0) return
    const bytes = gathered!.subarray(0, gatheredLength)
    gatheredLength = 0
    // The decoders copy what they keep, so the buffer is free again once this returns.
    feedText(decoder!.decode(bytes, false), false, out)
  }

  return {
    pushBytes(chunk, out) {
      if (stopped) return
      countBytes(chunk.length, 'bytes')
      if (decoder !== null) {
        // A chunk that does not fit in what is left of the buffer sends the buffer on first; one as large as the
        // buffer is decoded where it stands. A smaller one is copied in, since a source may refill one buffer.
        if (gatheredLength + chunk.length > GATHER_BYTES) flushGathered(out)
        if (chunk.length >= GATHER_BYTES) feedText(decoder.decode(chunk, false), false, out)
        else {
          gathered ??= new Uint8Array(GATHER_BYTES)
          gathered.set(chunk, gatheredLength)
          gatheredLength += chunk.length
        }
        return
      }
      headLength += chunk.length
      if (headLength >= DETECT_BYTES) {
        head.push(chunk)
        flushHead(false, out)
        return
      }
      // Held past this call, so copied: a source may refill one buffer for every chunk it sends.
      head.push(chunk.slice())
    },
    pushText(text, out) {
      if (stopped) return
      countBytes(text.length, 'characters')
      encoding = 'text'
      feedText(text, false, out)
    },
    end(out) {
      if (stopped) return
      if (decoder === null && encoding !== 'text') {
        flushHead(true, out)
        if (stopped) return
      } else if (decoder !== null) {
        flushGathered(out)
        feedText(decoder.decode(new Uint8Array(0), true), false, out)
      }
      if (parser === null) startParser(textHead, true, out)
      textHead = ''
      parser!.end(out)
    },
    get encoding() {
      return encoding
    },
    get delimiter() {
      return delimiter
    },
    issues,
    get rowCount() {
      return parser?.rowCount ?? 0
    },
    get stopped() {
      return stopped
    },
  }
}

/** The parts as one array; one part (a whole file given as bytes) is read in place, not copied. */
function joinBytes(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!
  const all = new Uint8Array(length)
  let k = 0
  for (const part of parts) {
    all.set(part, k)
    k += part.length
  }
  return all
}
