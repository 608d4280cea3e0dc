import type { ColumnField } from './columnSynonyms'
import { isPeriodHeader } from './statusFromYearColumns'

/** A column left unmapped: its index and header. */
interface UnmappedColumn {
  readonly index: number
  readonly name: string
}

/**
 * The column to read as the status when the header row named none: an unmapped column whose filled cells (two
 * or more) nearly all read as statuses ("Complete", "In progress", "Not started", "On track"), under a header of
 * the tracker's own ("Stage", "Position", "Rating", "Phase", an incident review's "Bug" beside each action item) or
 * none. Placeholders ("n/a", "TBC": no bug filed, nothing to say yet) are left out of the count, as long as most
 * cells say something. Trackers and progress reports name the
 * status column in many ways; the words in it are few. The leftmost such column wins. Null when the plan has a
 * status column or no column fits. A column headed by a year or a review date alone ("2024-25", "30/9/2014") is left to
 * `statusFromYearColumns`, which reads the latest year's state.
 *
 * @example
 * statusColumnByCells(new Map([['title', 0]]), [{ index: 2, name: 'Stage' }], () => ({ filled: 3, statuses: 1 }))
 * // { index: 2, evidence: 'header "Stage" names no field, but 100% of cells read as statuses' }
 */
export function statusColumnByCells(
  fields: ReadonlyMap<ColumnField, number>,
  unmapped: readonly UnmappedColumn[],
  profileOf: (index: number) => {
    readonly filled: number
    readonly statuses: number
    readonly placeholders?: number
  },
): { readonly index: number; readonly evidence: string } | null {
  if (fields.has('status')) return null
  for (const column of unmapped) {
    if (isPeriodHeader(column.name)) continue
    const profile = profileOf(column.index)
    // "n/a", "TBC": a placeholder says nothing, so the share is of the cells that say something (most must).
    const saying = 1 - (profile.placeholders ?? 0)
    if (saying < minSaying || profile.filled * saying < 2) continue
    const statuses = Math.min(1, profile.statuses / saying)
    if (statuses < 0.8) continue
    const header = column.name === '' ? 'no header' : `header "${column.name}" names no field`
    const share = `${Math.round(statuses * 100)}%`
    const of = saying < 1 ? 'of cells other than "n/a"' : 'of cells'
    return { index: column.index, evidence: `${header}, but ${share} ${of} read as statuses` }
  }
  return null
}

/** At least this share of a status column's filled cells say something, placeholders aside. */
const minSaying = 0.5
