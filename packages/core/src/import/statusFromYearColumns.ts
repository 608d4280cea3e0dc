import type { Status } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace } from '../text/cleanCellText'
import { isDateAlone } from './isDateAlone'

/** "2024", "2023-24", "2023/2024", "2024–25": a header that is a year or an academic or financial year alone. */
export const yearHeader = /^(?:19|20)\d{2}(?:\s?[-–/]\s?(?:(?:19|20)\d{2}|\d{2}))?$/

/** A four-digit year somewhere in a header. */
const namesYear = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/

/**
 * A header that is a reporting period alone: a year ("2024", "2023-24") or a dated review ("31/1/2015", "30 June
 * 2015", "March 2015"), as a tracker heads one status column per review. A date without its year ("31/1") is not one.
 *
 * @example
 * isPeriodHeader('30/9/2014') // true
 * isPeriodHeader('Target date') // false
 */
export function isPeriodHeader(header: string): boolean {
  const text = collapseWhitespace(header)
  if (text.length > 40) return false
  return yearHeader.test(text) || (namesYear.test(text) && isDateAlone(text))
}

/** A cell longer than this many words is a progress note, not a status written for the year. */
const maxWords = 6

/** A status word has letters: a tick or a cross under a year marks when the work is planned, not its state. */
const hasWord = /[A-Za-z]{4}/

/** One cell of the action's row under a header, as {@link statusFromYearColumns} reads it. */
export interface HeadedCell {
  readonly header: string
  readonly text: string
  /** 0-based column, for the order of the years. */
  readonly column: number
}

/**
 * Reads the status of an action from the year columns of a plan updated once a year, each holding that year's
 * state ("Completed" under "2023-24", "On track" under "2024-25"), as net zero and climate action plans kept as
 * spreadsheets, charter action plans with a progress column per reporting year and annual EDI plan reviews write
 * it, and trackers with a status column per review date ("Completed" under "30/9/2014", "Closed" under "31/12/2015"): the
 * right-most column headed by a year or a dated review alone whose cell is a short status ("Completed", "On track", "Not
 * started") gives the status, the latest year being the current state. A tick, a cross, a date or a note under a
 * year is not read. Returns null when no year column holds a status.
 *
 * @example
 * statusFromYearColumns([
 *   { header: '2023-24', text: 'Not started', column: 4 },
 *   { header: '2024-25', text: 'On track', column: 5 },
 * ])?.state // 'in-progress'
 */
export function statusFromYearColumns(cells: readonly HeadedCell[]): Status | null {
  let best: { status: Status; column: number } | null = null
  for (const cell of cells) {
    if (best !== null && cell.column < best.column) continue
    if (!isPeriodHeader(cell.header)) continue
    const text = collapseWhitespace(cell.text.slice(0, 200))
    if (text === '' || text.split(' ').length > maxWords || !hasWord.test(text)) continue
    const status = parseStatus(text)
    if (status.state !== 'unknown') best = { status, column: cell.column }
  }
  return best?.status ?? null
}
