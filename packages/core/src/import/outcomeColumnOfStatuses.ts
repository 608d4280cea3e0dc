import type { ColumnProfile } from './assignColumns'
import type { ColumnField } from './columnSynonyms'
import { normalizeHeader } from './columnSynonyms'

/** Headers that name what came of an action: its success measures in a plan, its state in a tracker. */
const outcomeHeader = /^(?:outcomes?|results?|outcome to date)$/
/** At least this share of the column's cells read as statuses ("Actioned.", "Pending", "Completed"). */
const minStatusShare = 0.5
/** Short cells only: a measure of success is a phrase or a sentence, a state a word or two. */
const maxAverageWords = 4

/**
 * The "Outcome" column of a tracker that holds each item's state, not its measure of success: a scrutiny
 * committee's recommendations tracker ("Recommendation | Made to | Action taken | Outcome" over "Actioned.",
 * "Pending", "To be renegotiated"), an audit follow-up log, an actions-arising list. A plan's "Outcome" column
 * holds phrases ("More women apply for technician posts"), so the column is read as the status only when the
 * table has no status column, half its cells or more read as statuses and they average four words or fewer.
 * Returns the column's 0-based index, else null.
 *
 * @example
 * outcomeColumnOfStatuses(new Map([['successMeasures', 4]]), headers, profileOf) // 4 when column 5 "Outcome" holds "Pending", "Actioned."
 */
export function outcomeColumnOfStatuses(
  fields: ReadonlyMap<ColumnField, number>,
  headers: readonly string[],
  profileOf: (index: number) => ColumnProfile,
): number | null {
  const column = fields.get('successMeasures')
  if (column === undefined || fields.has('status')) return null
  if (!outcomeHeader.test(normalizeHeader(headers[column] ?? ''))) return null
  const profile = profileOf(column)
  return profile.statuses >= minStatusShare && profile.averageWords <= maxAverageWords ? column : null
}
