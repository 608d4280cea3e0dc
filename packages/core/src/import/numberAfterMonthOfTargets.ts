import { inferDateContext } from '../dates/inferDateContext'

/** Target cells read: a plan's target column, from its top. */
const maxCells = 400

/**
 * How a plan's target column means the number after a month's short name, once the plan has a year to read its
 * year-less targets in (`referenceDate`): `'day'` when the numbers spread over the days of a month, as a release
 * schedule writes its milestones ("Jun-2", "Jun-16", "Jun-23", "Sep-30": 2, 16, 23 and 30 June), so that "Jun-16" is
 * 16 June of the plan's year and not June 2016. Null when the numbers cluster as two-digit years do ("Aug-18",
 * "Sep-19": the default reading), when the column writes no such number, or without a reference date (a day with
 * no year is no date).
 *
 * @example
 * numberAfterMonthOfTargets(['2031 Mar-31', 'Jun-16', 'Sep-30'], '2031-01-01') // 'day'
 * numberAfterMonthOfTargets(['Aug-18', 'Sep-19', 'Jan-20'], '2018-01-01') // null
 */
export function numberAfterMonthOfTargets(
  cells: readonly string[],
  referenceDate: string | undefined,
): 'day' | null {
  if (referenceDate === undefined) return null
  const texts = cells.slice(0, maxCells).map((cell) => cell.slice(0, 400))
  return inferDateContext(texts, { referenceDate }).context.numberAfterMonth === 'day' ? 'day' : null
}
