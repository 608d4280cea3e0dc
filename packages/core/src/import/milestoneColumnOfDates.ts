import type { ColumnProfile } from './assignColumns'
import type { ColumnField } from './columnSynonyms'

/** At least this share of the column's filled cells read as dates. */
const minDateShare = 0.8

/** "Milestone", "Key milestones": the header word that lists a due date as often as a deliverable. */
const milestoneHeader = /\bmilestones?\b/i

/**
 * The column a header word gave the success measures ("Milestone", "Milestones", "Key milestone") that holds
 * only dates ("March 2027", "Q2 2026"): a plan or tracker that lists each action's milestone as the date it is
 * due by, not as a deliverable. With no target column, two or more filled cells and at least 80% of them dates,
 * the column is the target. A "Success measures" column whose measures carry their dates ("All staff trained, end
 * 2025") stays the measures. Returns the column's 0-based index, else null.
 *
 * @example
 * milestoneColumnOfDates(new Map([['successMeasures', 2]]), profileOf, headers) // 2 when column 3 "Milestone" holds "Q2 2026", "March 2027"
 */
export function milestoneColumnOfDates(
  fields: ReadonlyMap<ColumnField, number>,
  profileOf: (index: number) => ColumnProfile,
  headers: readonly string[],
): number | null {
  const column = fields.get('successMeasures')
  if (column === undefined || fields.has('target') || !milestoneHeader.test(headers[column] ?? ''))
    return null
  const profile = profileOf(column)
  return profile.filled >= 2 && profile.dates >= minDateShare ? column : null
}
