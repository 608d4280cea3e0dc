import type { ColumnProfile } from './assignColumns'
import { type ColumnField, matchColumnHeader } from './columnSynonyms'

/** At least this share of the named column's cells must be bare refs ("13.", "2.1"). */
const minRefShare = 0.8
/** The column beside it must read as prose: at least this many words a cell on average. */
const minProseWords = 4
/** A column headed as the action ("Title") may hold short names of the work: this many words a cell on average. */
const minTitledWords = 2
/** Headerless columns of short cells (a status word, a date) that may stand between the numbers and the text. */
const maxShortColumns = 2

/**
 * An action header written over two columns (a merged header cell in the source: "Action" above a number
 * column and the action text beside it), so the named column holds only numbers ("13.", "14.") and the column
 * right of it, with no header of its own, holds the action text. A meeting's action table written "Action Item |
 * Description", its first column only item numbers ("36.1", "36.2") and its second the action, is the same
 * layout: the description column holds the action text. A lone heading over a tracker whose other columns have
 * no header ("Recommendations" above "1 | Completed | The force should … | Police"), as recommendation trackers
 * and inspection follow-up pages print their cards, is the same layout with short cells (a status word, a date)
 * between the numbers and the text: the first headerless prose column right of the numbers, past at most
 * {@link maxShortColumns} headerless columns of short cells, holds the action text. Returns the action column's
 * 0-based index (the named column is then the ref column), else null.
 *
 * @example
 * actionBesideNumberColumn(fields, headers, profileOf) // 1 when "Action" (column 1) is over "13.", "14." and column 2 holds the prose
 */
export function actionBesideNumberColumn(
  fields: ReadonlyMap<ColumnField, number>,
  headers: readonly string[],
  profileOf: (index: number) => ColumnProfile,
): number | null {
  const title = fields.get('title')
  if (title === undefined) return null
  if (fields.has('ref')) return titledColumnBesideNumbers(fields, headers, profileOf, title)
  const beside = title + 1
  if (beside >= headers.length) return null
  // "Action Item | Description": the description column beside the numbers is the action's text.
  const described = fields.get('description') === beside
  const named = profileOf(title)
  if (named.filled < 2 || named.refs < minRefShare) return null
  if (!described && headers[beside] !== '')
    return titledColumnBesideNumbers(fields, headers, profileOf, title)
  const prose = profileOf(beside)
  if (prose.averageWords >= minProseWords) {
    const free = described || !taken(fields, beside)
    return free && prose.filled >= named.filled ? beside : null
  }
  return described ? null : proseAfterShortColumns(fields, headers, profileOf, beside + 1, named.filled)
}

/**
 * "Activity | Work package | Title | Lead": the column headed as the action holds only row numbers (1, 2, 3 …) and
 * another column, left unmapped, is headed as the action too ("Title", "Task") over text of two words or more on
 * average. Research projects and programme boards list their work packages so: the numbered column counts the rows,
 * the titled column names the work. Returns that column, else null.
 */
function titledColumnBesideNumbers(
  fields: ReadonlyMap<ColumnField, number>,
  headers: readonly string[],
  profileOf: (index: number) => ColumnProfile,
  title: number,
): number | null {
  const named = profileOf(title)
  if (named.filled < 2 || named.refs < minRefShare || named.averageWords > 1) return null
  for (let column = 0; column < headers.length; column++) {
    if (column === title || taken(fields, column)) continue
    if (matchColumnHeader(headers[column] ?? '')?.field !== 'title') continue
    const cells = profileOf(column)
    if (cells.filled >= named.filled && cells.refs < minRefShare && cells.averageWords >= minTitledWords)
      return column
  }
  return null
}

/** The first headerless, unmapped prose column after headerless columns of short cells from `from`, else null. */
function proseAfterShortColumns(
  fields: ReadonlyMap<ColumnField, number>,
  headers: readonly string[],
  profileOf: (index: number) => ColumnProfile,
  from: number,
  filled: number,
): number | null {
  for (let column = from; column < headers.length && column < from + maxShortColumns; column++) {
    if (headers[column] !== '') return null
    const cells = profileOf(column)
    if (cells.averageWords < minProseWords) continue
    return cells.filled >= filled && !taken(fields, column) ? column : null
  }
  return null
}

function taken(fields: ReadonlyMap<ColumnField, number>, column: number): boolean {
  return [...fields.values()].includes(column)
}
