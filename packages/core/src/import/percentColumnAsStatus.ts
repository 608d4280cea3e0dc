import type { ColumnProfile } from './assignColumns'
import type { ColumnField } from './columnSynonyms'

/** "% Complete", "Percent complete", "% done", "Per cent progress": a header naming how much of the work is done. */
const percentHeader =
  /(?:%|\bper ?cent(?:age)?\b).{0,20}\b(?:complete[d]?|completion|done|progress)\b|\b(?:complete[d]?|completion|progress)\b.{0,6}%/i
/** "80%", "100 %", "0%": a percentage alone in its cell. */
const percentCell = /^\s{0,3}\d{1,3}(?:\.\d{1,2})?\s{0,2}%\s{0,3}$/
/** The status column is a progress comment when its cells average at least this many words. */
const minCommentWords = 10
/** At least this share of the percent column's filled cells must be bare percentages. */
const minPercentShare = 0.8

/**
 * A "% Complete" column beside a status column of progress comments, as council and programme implementation
 * reports print them ("Status" over "The program was delayed until 2017/18, with 3 Garden Guides …", "% Complete"
 * over "80%"): the percentage is the state a reader takes (0% not started, 100% complete, in between in
 * progress), and the comment is the note. Returns the percent column's 0-based index, else null: when the status
 * column's cells are short (a state word), when no unmapped column is headed by a percentage of completion, or when
 * its cells are not mostly bare percentages.
 *
 * @example
 * percentColumnAsStatus(fields, headers, profileOf, cellsOf, [5]) // 5 when "% Complete" holds "80%", "0%" beside a status column of comments
 */
export function percentColumnAsStatus(
  fields: ReadonlyMap<ColumnField, number>,
  headers: readonly string[],
  profileOf: (index: number) => ColumnProfile,
  cellsOf: (index: number) => readonly string[],
  unmapped: readonly number[],
): number | null {
  const status = fields.get('status')
  if (status === undefined || profileOf(status).averageWords < minCommentWords) return null
  for (const column of unmapped) {
    if (!percentHeader.test(headers[column] ?? '')) continue
    const filled = cellsOf(column).filter((cell) => cell.trim() !== '')
    if (filled.length === 0) continue
    const percentages = filled.filter((cell) => percentCell.test(cell)).length
    if (percentages / filled.length >= minPercentShare) return column
  }
  return null
}
