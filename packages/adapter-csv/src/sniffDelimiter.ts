import { createCsvParser } from './createCsvParser'

/** Delimiters Excel and SharePoint write: comma (UK/US), semicolon (European list separator), tab ("Unicode Text"). */
export const CSV_DELIMITERS = [',', ';', '\t'] as const

const SAMPLE_ROWS = 50

/**
 * Guess the delimiter from a sample of the text. Each candidate the sample holds parses its first 50 rows with
 * full quote handling (so commas inside quoted cells do not count); the winner gives the most rows of one
 * consistent width greater than one. Falls back to `fallback` when no candidate splits the rows, and returns it
 * at once when it is the only candidate the sample holds.
 *
 * @example
 * sniffDelimiter('Title;Progress\r\nA;0,5\r\n') // ";"
 * sniffDelimiter('"a,b"\tc\r\nd\te\r\n')       // "\t"
 */
export function sniffDelimiter(sample: string, final = true, fallback = ','): string {
  // A delimiter the sample never holds splits no row; when the fallback is the only one it holds, it is the
  // answer whatever its rows look like.
  const present = CSV_DELIMITERS.filter((delimiter) => sample.includes(delimiter))
  if (present.length === 0 || (present.length === 1 && present[0] === fallback)) return fallback
  let best = fallback
  let bestScore = 0
  // Only the first rows are scored, so each candidate first reads the text up to the 60th line break: the
  // complete records of a prefix are the file's own. Failing 50 rows there (blank lines, long quoted cells), the
  // whole sample.
  const cut = lineBreakAfter(sample, SAMPLE_ROWS + 10)
  for (const delimiter of present) {
    let rows = cut < sample.length ? parseSample(sample.slice(0, cut), delimiter, false) : []
    if (rows.length < SAMPLE_ROWS) rows = parseSample(sample, delimiter, final)
    const widths = new Map<number, number>()
    for (const row of rows.slice(0, SAMPLE_ROWS)) widths.set(row.length, (widths.get(row.length) ?? 0) + 1)
    let modeWidth = 1
    let modeCount = 0
    for (const [width, count] of widths) {
      if (count > modeCount || (count === modeCount && width > modeWidth)) {
        modeWidth = width
        modeCount = count
      }
    }
    if (modeWidth < 2) continue
    // Rows of the modal width count fully; title rows of another width cost a little.
    const considered = Math.min(rows.length, SAMPLE_ROWS)
    const score = modeCount - (considered - modeCount) * 0.5 + modeWidth * 0.001
    if (score > bestScore) {
      best = delimiter
      bestScore = score
    }
  }
  return best
}

function parseSample(text: string, delimiter: string, final: boolean): string[][] {
  const parser = createCsvParser({
    delimiter,
    maxRecordChars: Number.POSITIVE_INFINITY,
    maxColumns: Number.POSITIVE_INFINITY,
    maxRows: Number.POSITIVE_INFINITY,
    unescapeFormulas: false,
    skipBlankRows: true,
  })
  const rows: string[][] = []
  parser.push(text, rows)
  if (final) parser.end(rows)
  return rows
}

/** The index just past the `count`-th line feed of `text`, or its length when it has fewer. */
function lineBreakAfter(text: string, count: number): number {
  let at = -1
  for (let n = 0; n < count; n++) {
    at = text.indexOf('\n', at + 1)
    if (at === -1) return text.length
  }
  return at + 1
}
