/** The part of a column's profile this rule reads (shares of the column's filled cells). */
interface Profile {
  readonly filled: number
  readonly refs: number
  readonly dates: number
  readonly statuses: number
  readonly averageWords: number
}

/** At least this share of the numbered column's cells are bare refs ("1", "2.", "a"). */
const minRefShare = 0.8
/** The items beside them are names of the work: at least this many words a cell on average. */
const minItemWords = 2
/** And not refs themselves: at most this share of bare refs. */
const maxRefShare = 0.2
/** Nor mostly dates or statuses (a name of the work may mention a month or read as a status now and then). */
const maxOtherShare = 0.5

/**
 * A header cell written over two columns (a merged cell in the source: "Milestones" above "1" and "Engage the
 * partners"), the first holding only the items' numbers and the second, with no header of its own, the items
 * themselves. A careful reader reads the header as naming the numbered items, whatever its word ("Milestones",
 * "Deliverables", "Stages"): the numbers are the refs and the items beside them are what the table tracks, its
 * actions, so an "Update" or "Comments" column of longer prose right of them is the progress made on each, not the
 * action. A header that names the refs, owners, dates or status itself (`namesOtherField`) is not spanning the items.
 * Returns the two 0-based columns, else null.
 *
 * @example
 * headerOverNumberedItems(['Milestones', '', 'Update'], profiles, () => false) // { numbers: 0, items: 1 }
 */
export function headerOverNumberedItems(
  headers: readonly string[],
  profiles: readonly Profile[],
  namesOtherField: (header: string) => boolean,
): { numbers: number; items: number } | null {
  for (let numbers = 0; numbers + 1 < headers.length; numbers++) {
    const header = headers[numbers] ?? ''
    if (header === '') continue
    const items = numbers + 1
    if (headers[items] !== '') continue
    const numbered = profiles[numbers]!
    const named = profiles[items]!
    if (numbered.filled < 2 || numbered.refs < minRefShare) continue
    if (named.filled < numbered.filled || named.averageWords < minItemWords) continue
    if (named.refs > maxRefShare || named.dates > maxOtherShare || named.statuses > maxOtherShare) continue
    if (namesOtherField(header)) continue
    return { numbers, items }
  }
  return null
}
