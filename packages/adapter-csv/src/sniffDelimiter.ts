import { createCsvParser } from './createCsvParser'

/** Delimiters Excel and SharePoint write: comma (UK/US), semicolon (European list separator), tab ("Unicode Text"). */
export const CSV_DELIMITERS = [',', ';', '\t'] as const

const SAMPLE_ROWS = 50

/**
 * Guess the delimiter from a sample of the text. Each candidate parses the sample with full quote handling
 * (so commas inside quoted cells do not count); the winner gives the most rows of one consistent width
 * greater than one. Falls back to `fallback` when no candidate splits the rows.
 *
 * @example
 * sniffDelimiter('Title;Progress\r\nA;0,5\r\n') // ";"
 * sniffDelimiter('"a,b"\tc\r\nd\te\r\n')       // "\t"
 */
export function sniffDelimiter(sample: string, final = true, fallback = ','): string {
  let best = fallback
  let bestScore = 0
  for (const delimiter of CSV_DELIMITERS) {
    const parser = createCsvParser({
      delimiter,
      maxRecordChars: Number.POSITIVE_INFINITY,
      maxColumns: Number.POSITIVE_INFINITY,
      maxRows: Number.POSITIVE_INFINITY,
      unescapeFormulas: false,
      skipBlankRows: true,
    })
    const rows: string[][] = []
    parser.push(sample, rows)
    if (final) parser.end(rows)
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
