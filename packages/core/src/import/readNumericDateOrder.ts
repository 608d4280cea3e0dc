/** "9/25/2017", "25.09.17", "9-25-2017": two numbers of one or two digits, then a year; the separators alike.
 * Bounded and anchored on digits: linear on any cell. */
const numericDate = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)/g
/** At least this many dates that only read month first, and none that only reads day first, settle the order. */
const minMonthFirst = 2

/** The order a column's numeric dates are written in, and the dates that show it. */
export interface NumericDateOrder {
  readonly order: 'month-first'
  /** How many dates can only be read month first ("9/25/2017": there is no 25th month). */
  readonly onlyMonthFirst: number
  /** The first of them, as written. */
  readonly example: string
}

/**
 * Whether the numeric dates of a plan's date column are written month first, as US plans write them: at least two
 * of them can only be read that way ("9/25/2017", "11/13/2017"), or every one of them can (a task's one due date,
 * "12-31-2024"), and none can only be read day first ("25/9/2017").
 * A careful reader then reads every numeric date of the plan month first, the ambiguous ones too ("5/1/2017" is
 * May 1). Null when the column shows no such order (UK day-first, the default, stands).
 *
 * @example
 * readNumericDateOrder(['5/1/2017', '9/25/2017', '11/13/2017'])?.onlyMonthFirst // 2
 * readNumericDateOrder(['5/1/2017', '25/9/2017', '11/13/2017']) // null
 */
export function readNumericDateOrder(cells: readonly string[]): NumericDateOrder | null {
  let onlyMonthFirst = 0
  let numeric = 0
  let example = ''
  for (const cell of cells) {
    for (const match of cell.slice(0, 1_000).matchAll(numericDate)) {
      const first = Number(match[1])
      const second = Number(match[3])
      numeric++
      if (first > 12 && second <= 12) return null
      if (second > 12 && second <= 31 && first >= 1 && first <= 12) {
        onlyMonthFirst++
        if (example === '') example = match[0]
      }
    }
  }
  // One date alone that can only be read month first ("12-31-2024", a task's one due date) shows the order too.
  const settled = onlyMonthFirst >= minMonthFirst || (onlyMonthFirst > 0 && onlyMonthFirst === numeric)
  return settled ? { order: 'month-first', onlyMonthFirst, example } : null
}

/** "5/23", "5/23/08", "25/5": a day and a month joined by a slash, a year after them or not. Bounded, anchored on
 * digits and slashes: linear on any cell. */
const slashDate = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(?:\d{4}|\d{2}))?(?![\d/])/g

/**
 * Whether a date column whose numeric dates read either way ("5/7/08": May 7 or 5 July) is written month first, as
 * the page's other cells show: the column holds at least one numeric date and none that only reads one way, and the
 * other cells (notes, comments, the lines above the table) hold at least two slashed dates, a year after them or not,
 * that can only be read month first ("kept to 3/20", "moved to 3/18") and none that can only be read day
 * first ("30/5"). Null otherwise: UK day-first, the default, stands.
 *
 * @example
 * monthFirstFromOtherCells(['5/6/08', '5/7/08'], ['Ready by 5/21', 'Done, 5/16']) // { order: 'month-first', onlyMonthFirst: 2, example: '5/21' }
 * monthFirstFromOtherCells(['5/6/08', '5/7/08'], ['Ready by 5/21', 'Budget 14/15']) // null
 */
export function monthFirstFromOtherCells(
  column: readonly string[],
  others: readonly string[],
): NumericDateOrder | null {
  let numeric = 0
  for (const cell of column) {
    for (const match of cell.slice(0, 1_000).matchAll(numericDate)) {
      numeric++
      if (Number(match[1]) > 12 || Number(match[3]) > 12) return null
    }
  }
  if (numeric === 0) return null
  let onlyMonthFirst = 0
  let example = ''
  for (const cell of others) {
    for (const match of cell.slice(0, 1_000).matchAll(slashDate)) {
      const first = Number(match[1])
      const second = Number(match[2])
      if (first > 12 && second >= 1 && second <= 12) return null
      if (first >= 1 && first <= 12 && second > 12 && second <= 31) {
        onlyMonthFirst++
        if (example === '') example = match[0]
      }
    }
  }
  return onlyMonthFirst >= minMonthFirst ? { order: 'month-first', onlyMonthFirst, example } : null
}
