/** The earliest and latest years a column heading may name on its own (the parser's calendar years). */
const FIRST_YEAR = 1990
const LAST_YEAR = 2099

/** Column headings longer than this are prose, not a heading: only their start is looked at. */
const MAX_HEADING = 60

/**
 * The one calendar year a column heading names on its own — "2023 Milestones", "2006", "Due 2025" — or null
 * when it names none, or more than one number ("2019/20", "Year 1 (2019)", "2023-2025"): a quarter or a month
 * without a year under that heading is read in that year, as under a `yearLabels` column. Reads the heading
 * character by character (no regex), so a long or hostile heading costs at most `MAX_HEADING` steps.
 *
 * @example
 * ```ts
 * readColumnYear('2023 Milestones') // 2023
 * readColumnYear('Year 1') // null
 * readColumnYear('2019/20') // null
 * ```
 */
export function readColumnYear(column: string): number | null {
  let year: number | null = null
  let run = 0
  let value = 0
  const end = Math.min(column.length, MAX_HEADING)
  for (let k = 0; k <= end; k++) {
    const code = k < end ? column.charCodeAt(k) : -1
    if (code >= 48 && code <= 57) {
      run++
      value = value * 10 + (code - 48)
      continue
    }
    if (run > 0) {
      // A second number, or one that is not a four-digit year: the heading names no single year.
      if (year !== null || run !== 4 || value < FIRST_YEAR || value > LAST_YEAR) return null
      year = value
    }
    run = 0
    value = 0
  }
  return year
}
