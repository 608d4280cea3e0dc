import { CsvLimitError } from './CsvLimitError'
import { unescapeFormula } from './escapeFormula'
import { createIssueLog, type IssueLog } from './createIssueLog'

const QUOTE = 0x22
const CR = 0x0d
const LF = 0x0a
const APOSTROPHE = 0x27

/** Settings the parser needs once the delimiter is known. */
export interface CsvParserSettings {
  readonly delimiter: string
  readonly maxRecordChars: number
  readonly maxColumns: number
  readonly maxRows: number
  readonly unescapeFormulas: boolean
  readonly skipBlankRows: boolean
  readonly issues?: IssueLog
}

/**
 * An incremental RFC 4180 parser that is lenient the way Excel is. Text may be pushed in pieces cut anywhere
 * (inside a quoted cell, between `"` and `"`, between CR and LF): the rows, issues and errors are the same as for
 * the whole text pushed at once, and each character is read once.
 */
export interface CsvParser {
  /** Read the text; every record it completes goes to `out`, an unfinished one waits for the next piece. */
  push(text: string, out: string[][]): void
  /** No more text: finish the last record and report an unclosed quote. */
  end(out: string[][]): void
  /** Records read so far (blank ones included), i.e. the row number of the last record. */
  readonly rowCount: number
  readonly issues: IssueLog
}

// Where the reader stands between two characters. Each state, with the cell and the row read so far, carries
// over from one piece of text to the next.
/** Before the first character of a record. */
const RECORD_START = 0
/** After a delimiter: the next character starts a cell. */
const CELL_START = 1
/** In a cell that did not open with a quote, or in the text after a closing quote. */
const UNQUOTED = 2
/** In a quoted cell. */
const QUOTED = 3
/** A quote in a quoted cell was the last character of its piece: the next one says whether it is `""`. */
const QUOTE_IN_QUOTED = 4
/** Just after the quote that closed a quoted cell. */
const CLOSED = 5
/** A CR ended the record; an LF right after it is the same line break. */
const AFTER_CR = 6

/**
 * Create the parser behind every reader in this package. Rows are arrays of strings; nothing is keyed by a
 * header, so no cell can reach an object prototype.
 *
 * A quoted cell still open when its record passes `maxRecordChars` is taken to be never closed: its quote is read
 * as a literal character (an `unterminated-quote` issue) and the text after it is read again as ordinary cells,
 * so nothing is held without bound. Should that quote close after all, later in the file, the record was
 * genuinely too long and a `maxRecordChars` error is thrown then, as when the whole text is read at once.
 *
 * @example
 * const parser = createCsvParser({ delimiter: ',', maxRecordChars: 1e6, maxColumns: 2000, maxRows: 1e6,
 *   unescapeFormulas: true, skipBlankRows: false })
 * const rows: string[][] = []
 * parser.push('a,"b\r', rows)
 * parser.push('\nc"\r\n', rows)
 * parser.end(rows) // rows: [['a', 'b\r\nc']]
 */
export function createCsvParser(settings: CsvParserSettings): CsvParser {
  const delim = settings.delimiter.charCodeAt(0)
  const { maxRecordChars, maxColumns, maxRows, unescapeFormulas, skipBlankRows } = settings
  const issues = settings.issues ?? createIssueLog()

  /** The text being read, and the number of characters read before it (its offset in the whole text). */
  let s = ''
  let sBase = 0
  /** Next index of `s` to read, and where reading this piece stops (its end, or a watched quote's close). */
  let i = 0
  let end = 0
  let state = RECORD_START

  let row: string[] = []
  /** Pieces of the current cell from earlier pieces of text: joined once, when the cell ends. */
  let parts: string[] = []
  /** Start in `s` of the current cell's text not yet moved to `parts`. */
  let cellFrom = 0
  /** The cell opened with a quote; `escaped`: its quoted text holds `""` pairs to unescape. */
  let cellQuoted = false
  let escaped = false
  /** The text of the cell's quoted part once its quote closed, `""` pairs unescaped ('' for any other cell). */
  let quotedText = ''
  /** Offset in the whole text of the current quoted cell's opening quote. */
  let quoteAt = 0

  let rowCount = 0
  /** 1-based line of the file where the current record starts, and the lines its closed quoted cells spanned. */
  let line = 1
  let extraLines = 0
  let expectedWidth = -1
  let expectedRow = 0
  /** Offset in the whole text where the current record starts; `limitAt` is the index in `s` of its first
   * character past `maxRecordChars`. */
  let recordStart = 0
  let limitAt = maxRecordChars

  /** A quote read as a literal at the record limit is watched to the end: if it closes, its record was too long. */
  let watching = false
  /** The last character the watch saw is a quote whose partner (`""`) or close is not yet known. */
  let watchPending = false
  let watchRow = 0
  let watchLine = 0
  /** Index in `s` of the quote that closes the watched cell, when it closes in `s` (-1: just before `s`). */
  let closesAt: number | null = null

  function tooLong(rowNumber = rowCount + 1, lineNumber = line): never {
    throw new CsvLimitError(
      'maxRecordChars',
      maxRecordChars,
      rowNumber,
      null,
      `Row ${rowNumber} (line ${lineNumber} of the file) is longer than ${maxRecordChars} characters. Split the long cell, or raise the maxRecordChars option.`,
    )
  }

  /**
   * Index in `s` of the quote that closes the watched quoted cell (-1: the last character of the previous piece),
   * or null when it does not close in `s` from `from` on. Read in the cell's own parity: `""` is a pair.
   */
  function watch(from: number): number | null {
    let k = from
    if (watchPending) {
      if (k >= s.length) return null
      if (s.charCodeAt(k) !== QUOTE) return k - 1
      watchPending = false
      k++
    }
    for (;;) {
      const q = s.indexOf('"', k)
      if (q === -1) return null
      if (q + 1 >= s.length) {
        watchPending = true
        return null
      }
      if (s.charCodeAt(q + 1) !== QUOTE) return q
      k = q + 2
    }
  }

  /** Read `s` to its end, or (when the watched quote closes in `s`) through that quote, then stop with the error. */
  function setEnd(at: number | null): void {
    closesAt = at
    end = at === null ? s.length : at + 1
  }

  function joinParts(tail: string): string {
    if (parts.length === 0) return tail
    parts.push(tail)
    const text = parts.join('')
    parts = []
    return text
  }

  function countLines(value: string): number {
    let n = 0
    let k = value.indexOf('\n')
    while (k !== -1) {
      n++
      k = value.indexOf('\n', k + 1)
    }
    // A lone CR also ends a line in Excel's eyes; CRLF counted once via the LF.
    k = value.indexOf('\r')
    while (k !== -1) {
      if (value.charCodeAt(k + 1) !== LF) n++
      k = value.indexOf('\r', k + 1)
    }
    return n
  }

  /** The quote closing a quoted cell: `raw` is its text between the quotes, `""` pairs still doubled. */
  function closeQuote(raw: string): void {
    quotedText = escaped ? raw.replaceAll('""', '"') : raw
    state = CLOSED
  }

  function finishCell(text: string): void {
    let value = text
    if (cellQuoted && (value.indexOf('\n') !== -1 || value.indexOf('\r') !== -1)) {
      extraLines += countLines(value)
    }
    if (unescapeFormulas && value.charCodeAt(0) === APOSTROPHE) value = unescapeFormula(value)
    row.push(value)
    cellQuoted = false
    quotedText = ''
    if (row.length > maxColumns) {
      throw new CsvLimitError(
        'maxColumns',
        maxColumns,
        rowCount + 1,
        row.length,
        `Row ${rowCount + 1} has more than ${maxColumns} columns (column ${row.length} is over the limit). Check the delimiter is right, or raise the maxColumns option.`,
      )
    }
  }

  /** The delimiter or line break at `k` ends the cell just finished. */
  function endCell(k: number, out: string[][]): void {
    if (k >= limitAt) tooLong()
    const c = s.charCodeAt(k)
    i = k + 1
    if (c === delim) state = CELL_START
    else if (c === CR) state = AFTER_CR
    else endRecord(out)
  }

  function endRecord(out: string[][]): void {
    finishRow(row, out)
    row = []
    line += 1 + extraLines
    extraLines = 0
    state = RECORD_START
    recordStart = sBase + i
    limitAt = i + maxRecordChars
  }

  function finishRow(done: string[], out: string[][]): void {
    rowCount++
    if (rowCount > maxRows) {
      throw new CsvLimitError(
        'maxRows',
        maxRows,
        rowCount,
        null,
        `The file has more than ${maxRows} rows (row ${rowCount} is over the limit). Raise the maxRows option, or use streamCsvRows for very large files.`,
      )
    }
    let blank = true
    for (let k = 0; k < done.length; k++) {
      if (done[k] !== '') {
        blank = false
        break
      }
    }
    if (blank) {
      if (!skipBlankRows) out.push(done)
      return
    }
    // The width every row should have is the first row of several cells: one-cell lines above it are the
    // plan's title lines ("Athena Swan Action Plan", a date), not short rows of the table.
    if (expectedWidth === -1) {
      if (done.length > 1) {
        expectedWidth = done.length
        expectedRow = rowCount
      }
    } else if (done.length !== expectedWidth) {
      issues.add({
        code: 'ragged-row',
        severity: 'warning',
        row: rowCount,
        column: null,
        columnName: null,
        message: `Row ${rowCount} has ${done.length} cell${done.length === 1 ? '' : 's'} where row ${expectedRow}, the first of several cells, has ${expectedWidth}; its cells may sit under the wrong headings. Look for a missing or extra delimiter in that row.`,
      })
    }
    out.push(done)
  }

  function unterminated(): void {
    issues.add({
      code: 'unterminated-quote',
      severity: 'error',
      row: rowCount + 1,
      column: row.length + 1,
      columnName: null,
      message: `Row ${rowCount + 1}, column ${row.length + 1} (line ${line + extraLines} of the file): a quoted cell opens here and is never closed. The quote was read as a literal character and the rest of the file was read normally; add the missing closing quote (") and import again.`,
    })
  }

  /**
   * Read the open quote as a literal character and the text after it again as ordinary cells: `held` is that
   * text up to where reading stood, `rest` the unread text after it.
   */
  function readQuoteAsLiteral(held: string, rest: string): void {
    s = held + rest
    sBase = quoteAt + 1
    i = 0
    cellFrom = 0
    parts = ['"']
    cellQuoted = false
    escaped = false
    state = UNQUOTED
    limitAt = recordStart + maxRecordChars - sBase
  }

  /**
   * The record passed `maxRecordChars` at index `k` inside a quoted cell: take the quote to be never closed and
   * watch from `k` on whether it closes after all. `pending`: the character before `k` is a quote whose partner
   * is the quote at `k`.
   */
  function quoteOpenAtLimit(k: number, pending: boolean): void {
    unterminated()
    const held = joinParts(s.slice(cellFrom, k))
    const shifted = closesAt === null ? null : closesAt - k + held.length
    readQuoteAsLiteral(held, s.slice(k))
    // A quote met while one is already watched closes at the end of its run of quotes, before any limit; kept
    // for safety, the first watch goes on.
    if (watching) {
      setEnd(shifted)
      return
    }
    watching = true
    watchPending = pending
    watchRow = rowCount + 1
    watchLine = line
    setEnd(watch(held.length))
  }

  /** In a cell that did not open with a quote: read to its delimiter or line break, or to the end of the piece. */
  function readUnquoted(out: string[][]): void {
    const text = s
    let k = i
    for (;;) {
      k = scanUnquoted(text, k, end, delim)
      if (k > limitAt) tooLong()
      if (k >= end) {
        i = k
        return
      }
      // quotedText is '' unless text followed a closing quote ("ab"c), and '' + text is text itself.
      finishCell(quotedText + joinParts(text.slice(cellFrom, k)))
      // A delimiter before another unquoted cell of this piece: read that cell here, not by a round of the states.
      if (text.charCodeAt(k) !== delim || k + 1 >= end || text.charCodeAt(k + 1) === QUOTE) break
      if (k >= limitAt) tooLong()
      k++
      cellFrom = k
    }
    endCell(k, out)
  }

  /** Read `s` from `i` to `end`. */
  function run(out: string[][]): void {
    while (i < end) {
      switch (state) {
        case RECORD_START:
        case CELL_START:
          if (s.charCodeAt(i) === QUOTE) {
            if (i >= limitAt) tooLong()
            state = QUOTED
            cellQuoted = true
            escaped = false
            quoteAt = sBase + i
            i++
            cellFrom = i
          } else {
            state = UNQUOTED
            cellFrom = i
            readUnquoted(out)
          }
          break
        case UNQUOTED:
          readUnquoted(out)
          break
        case QUOTED: {
          const q = s.indexOf('"', i)
          const stop = q === -1 || q >= end ? end : q
          // Inside quotes past the record limit (a character at `limitAt`): take the quote to be never closed.
          if (stop > limitAt || (stop === limitAt && stop < end)) {
            quoteOpenAtLimit(limitAt, false)
            break
          }
          if (stop === end) {
            i = end
            break
          }
          if (q + 1 >= end) {
            parts.push(s.slice(cellFrom, q))
            cellFrom = end
            i = end
            state = QUOTE_IN_QUOTED
            break
          }
          if (s.charCodeAt(q + 1) === QUOTE) {
            if (q + 1 >= limitAt) {
              quoteOpenAtLimit(q + 1, true)
              break
            }
            escaped = true
            i = q + 2
            break
          }
          closeQuote(joinParts(s.slice(cellFrom, q)))
          i = q + 1
          break
        }
        case QUOTE_IN_QUOTED:
          cellFrom = i
          if (s.charCodeAt(i) === QUOTE) {
            parts.push('"')
            if (i >= limitAt) {
              quoteOpenAtLimit(i, true)
              break
            }
            escaped = true
            state = QUOTED
            i++
            break
          }
          closeQuote(joinParts(''))
          break
        case CLOSED: {
          const c = s.charCodeAt(i)
          if (c === delim || c === LF || c === CR) {
            finishCell(quotedText)
            endCell(i, out)
            break
          }
          // Excel writes `"ab"c` for some pasted text; keep the tail rather than lose it.
          issues.add({
            code: 'text-after-quote',
            severity: 'warning',
            row: rowCount + 1,
            column: row.length + 1,
            columnName: null,
            message: `Row ${rowCount + 1}, column ${row.length + 1}: text follows the closing quote of a quoted cell; it was kept as part of the cell. Check the cell reads as intended.`,
          })
          state = UNQUOTED
          cellFrom = i
          break
        }
        default: // AFTER_CR
          if (s.charCodeAt(i) === LF) {
            if (i >= limitAt) tooLong()
            i++
          }
          endRecord(out)
      }
    }
    // The watched quote closes in this piece: the record it opened was too long after all.
    if (closesAt !== null) tooLong(watchRow, watchLine)
  }

  return {
    push(text, out) {
      if (text.length === 0) return
      // The unread end of a cell moves to `parts` before its piece of text is let go.
      if ((state === UNQUOTED || state === QUOTED) && cellFrom < s.length) parts.push(s.slice(cellFrom))
      sBase += s.length
      limitAt = recordStart + maxRecordChars - sBase
      s = text
      i = 0
      cellFrom = 0
      setEnd(watching ? watch(0) : null)
      run(out)
    },
    end(out) {
      // A quote as the very last character closes the watched cell.
      if (watching && watchPending) tooLong(watchRow, watchLine)
      if (state === QUOTED) {
        unterminated()
        readQuoteAsLiteral(joinParts(s.slice(cellFrom)), '')
        setEnd(null)
        run(out)
      }
      switch (state) {
        case RECORD_START:
          break
        case CELL_START:
          finishCell('')
          endRecord(out)
          break
        case QUOTE_IN_QUOTED:
          closeQuote(joinParts(''))
          finishCell(quotedText)
          endRecord(out)
          break
        case UNQUOTED:
          finishCell(quotedText + joinParts(s.slice(cellFrom)))
          endRecord(out)
          break
        case CLOSED:
          finishCell(quotedText)
          endRecord(out)
          break
        default: // AFTER_CR
          endRecord(out)
      }
      s = ''
      sBase = 0
      i = 0
      end = 0
      cellFrom = 0
    },
    get rowCount() {
      return rowCount
    },
    issues,
  }
}

/** Index of the first delimiter, CR or LF in `text` from `from`, or `to` when there is none before it. */
function scanUnquoted(text: string, from: number, to: number, delim: number): number {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c === delim || c === LF || c === CR) return k
  }
  return to
}
