import type { ColumnProfile } from './assignColumns'
import type { ColumnField } from './columnSynonyms'

/** Fewer than this share of the column's cells may be bare refs ("1.2", "a"). */
const maxRefShare = 0.2
/** Its cells read as prose: at least this many words a cell on average. */
const minProseWords = 4
/** Beside an action column found by its cells alone (headed "What", "Details"), the items may be short names of the
 * work ("Venue", "Confirm tellers"): at least this many words a cell on average. */
const minNameWords = 2

/**
 * A column the header reads as the ref ("Item", "No.", or a first column with no header at all) whose cells are
 * prose, left of the action column: each cell names the item the row is about ("Induction loop", "1.1.2.
 * Effective consultation and reporting mechanisms"), and the action column beside it says how it will be done.
 * A careful reader lists the plan by its items, so the item column is the action's title (its refs, if it opens
 * with them, peeled into `ref`) and the named action column its description. A to-do table headed "Item | What |
 * By whom" names no action column at all: its items are short names of the work ("Venue", "Confirm tellers") and
 * "What" says what doing it takes, so there two words a cell suffice. Returns the item column's 0-based index,
 * else null.
 *
 * @example
 * itemColumnUnderRefHeader(fields, profileOf) // 0 when "Item" (column 1) holds "Induction loop" beside "Action"
 */
export function itemColumnUnderRefHeader(
  fields: ReadonlyMap<ColumnField, number>,
  profileOf: (index: number) => ColumnProfile,
  /** False when no header names the action column (it was found by its cells): short item names then suffice. */
  titleNamedByHeader = true,
): number | null {
  const ref = fields.get('ref')
  const title = fields.get('title')
  if (ref === undefined || title === undefined || ref > title) return null
  const item = profileOf(ref)
  const minWords = titleNamedByHeader ? minProseWords : minNameWords
  if (item.filled < 2 || item.refs >= maxRefShare || item.averageWords < minWords) return null
  return profileOf(title).filled >= 2 ? ref : null
}
