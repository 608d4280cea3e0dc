import type { ImportIssue } from '@techcommit/core'
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

/** An incremental RFC 4180 parser that is lenient the way Excel is. */
export interface CsvParser {
  /** Parse what can be parsed; an unfinished record waits for more text. Completed rows go to `out`. */
  push(text: string, out: string[][]): void
  /** No more text: finish the last record and report unclosed quotes. */
  end(out: string[][]): void
  /** Records read so far (blank ones included), i.e. the row number of the last record. */
  readonly rowCount: number
  readonly issues: IssueLog
}

const INCOMPLETE = -1

/**
 * Create the parser behind every reader in this package. Rows are arrays of strings; nothing is keyed by a
 * header, so no cell can reach an object prototype.
 */
export function createCsvParser(settings: CsvParserSettings): CsvParser {
  const delim = settings.delimiter.charCodeAt(0)
  const { maxRecordChars, maxColumns, maxRows, unescapeFormulas, skipBlankRows } = settings
  const issues = settings.issues ?? createIssueLog()
  let buf = ''
  let pos = 0
  let rowCount = 0
  /** 1-based line of the file where the current record starts (quoted newlines make lines ≠ rows). */
  let line = 1
  let expectedWidth = -1
  /** Unparsed text needed before an unfinished record is parsed again. */
  let retryAt = 0

  function tooLong(): never {
    // An unclosed quote never gets here (it is read as a literal character, with an issue), so the row is
    // genuinely this long.
    throw new CsvLimitError(
      'maxRecordChars',
      maxRecordChars,
      rowCount + 1,
      null,
      `Row ${rowCount + 1} (line ${line} of the file) is longer than ${maxRecordChars} characters. Split the long cell, or raise the maxRecordChars option.`,
    )
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

  /** Index just past an unquoted run starting at i (stops at delimiter, CR, LF or the end). */
  function scanUnquoted(s: string, i: number, n: number): number {
    while (i < n) {
      const c = s.charCodeAt(i)
      if (c === delim || c === LF || c === CR) return i
      i++
    }
    return i
  }

  /**
   * Parse one record starting at `start`. Returns the index after it, or INCOMPLETE when more text is needed.
   */
  function parseRecord(s: string, start: number, final: boolean, out: string[][]): number {
    const n = s.length
    const row: string[] = []
    // Issues wait for the record to complete: an unfinished record is parsed again when more text arrives.
    // Made only when a record has an issue (rarely): not an array per record.
    let found: ImportIssue[] | null = null
    let i = start
    let extraLines = 0
    for (;;) {
      let value: string
      if (i < n && s.charCodeAt(i) === QUOTE) {
        let j = i + 1
        // Whether the cell has `""` pairs to unescape: one flat `replaceAll` at the end rather than a string
        // joined from pieces, which the first reader of the cell would have to flatten again.
        let escaped = false
        let closed = -1
        for (;;) {
          const q = s.indexOf('"', j)
          if (q === -1) break
          if (q + 1 >= n && !final) return INCOMPLETE
          if (s.charCodeAt(q + 1) === QUOTE) {
            escaped = true
            j = q + 2
            continue
          }
          closed = q
          break
        }
        if (closed === -1) {
          // Still open after more than a record's worth of text: the quote is never closed. Read it as a
          // literal character and go on, as at the end of the file, so the rest of the file is not lost.
          if (!final && n - start <= maxRecordChars) return INCOMPLETE
          found ??= []
          found.push({
            code: 'unterminated-quote',
            severity: 'error',
            row: rowCount + 1,
            column: row.length + 1,
            columnName: null,
            message: `Row ${rowCount + 1}, column ${row.length + 1} (line ${line + extraLines} of the file): a quoted cell opens here and is never closed. The quote was read as a literal character and the rest of the file was read normally; add the missing closing quote (") and import again.`,
          })
          const k = scanUnquoted(s, i + 1, n)
          value = s.slice(i, k)
          i = k
        } else {
          value = escaped ? s.slice(i + 1, closed).replaceAll('""', '"') : s.slice(i + 1, closed)
          i = closed + 1
          if (i < n) {
            const c = s.charCodeAt(i)
            if (c !== delim && c !== LF && c !== CR) {
              // Excel writes `"ab"c` for some pasted text; keep the tail rather than lose it.
              const k = scanUnquoted(s, i, n)
              if (k >= n && !final) return INCOMPLETE
              found ??= []
              found.push({
                code: 'text-after-quote',
                severity: 'warning',
                row: rowCount + 1,
                column: row.length + 1,
                columnName: null,
                message: `Row ${rowCount + 1}, column ${row.length + 1}: text follows the closing quote of a quoted cell; it was kept as part of the cell. Check the cell reads as intended.`,
              })
              value += s.slice(i, k)
              i = k
            }
          }
          if (value.length > 0 && (value.indexOf('\n') !== -1 || value.indexOf('\r') !== -1)) {
            extraLines += countLines(value)
          }
        }
      } else {
        const k = scanUnquoted(s, i, n)
        value = s.slice(i, k)
        i = k
      }
      if (unescapeFormulas && value.charCodeAt(0) === APOSTROPHE) value = unescapeFormula(value)
      row.push(value)
      if (row.length > maxColumns) {
        throw new CsvLimitError(
          'maxColumns',
          maxColumns,
          rowCount + 1,
          row.length,
          `Row ${rowCount + 1} has more than ${maxColumns} columns (column ${row.length} is over the limit). Check the delimiter is right, or raise the maxColumns option.`,
        )
      }
      // What ends the field: delimiter, line break or end of text.
      if (i >= n) {
        if (!final) return INCOMPLETE
        break
      }
      const c = s.charCodeAt(i)
      if (c === delim) {
        i++
        if (i >= n) {
          if (!final) return INCOMPLETE
          row.push('')
          break
        }
        continue
      }
      if (c === CR) {
        if (i + 1 >= n && !final) return INCOMPLETE
        i += s.charCodeAt(i + 1) === LF ? 2 : 1
        break
      }
      i++ // LF
      break
    }
    if (i - start > maxRecordChars) tooLong()
    if (found !== null) for (const issue of found) issues.add(issue)
    finishRow(row, out)
    line += 1 + extraLines
    return i
  }

  function finishRow(row: string[], out: string[][]): void {
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
    for (let k = 0; k < row.length; k++) {
      if (row[k] !== '') {
        blank = false
        break
      }
    }
    if (blank) {
      if (!skipBlankRows) out.push(row)
      return
    }
    if (expectedWidth === -1) expectedWidth = row.length
    else if (row.length !== expectedWidth) {
      issues.add({
        code: 'ragged-row',
        severity: 'warning',
        row: rowCount,
        column: null,
        columnName: null,
        message: `Row ${rowCount} has ${row.length} cells where the first row has ${expectedWidth}; its cells may sit under the wrong headings. Look for a missing or extra delimiter in that row.`,
      })
    }
    out.push(row)
  }

  function run(final: boolean, out: string[][]): void {
    const s = buf
    let p = pos
    while (p < s.length) {
      const next = parseRecord(s, p, final, out)
      if (next === INCOMPLETE) {
        // An unfinished record must not grow without bound while a stream keeps feeding it.
        if (s.length - p > maxRecordChars) tooLong()
        // Try again only once the unfinished text has doubled: a record arriving in many small chunks is
        // parsed a logarithmic number of times, not once per chunk.
        retryAt = 2 * (s.length - p)
        break
      }
      retryAt = 0
      p = next
    }
    if (p >= s.length) {
      buf = ''
      pos = 0
    } else {
      pos = p
    }
  }

  return {
    push(text, out) {
      if (text.length === 0) return
      buf = pos > 0 ? buf.slice(pos) + text : buf + text
      pos = 0
      if (buf.length < retryAt && buf.length <= maxRecordChars) return
      run(false, out)
    },
    end(out) {
      run(true, out)
      buf = ''
      pos = 0
    },
    get rowCount() {
      return rowCount
    },
    issues,
  }
}
