import type { ColumnProfile } from './assignColumns'
import type { ColumnField } from './columnSynonyms'
import type { ExtraColumn } from './mapColumns'

/** The target column holds prose: fewer than this share of its cells read as dates. */
const maxProseDates = 0.2
/** The column that takes its place: at least this share of its cells read as dates. */
const minDates = 0.8

/**
 * Two columns a header calls the target ("Target / Measure" beside "Timescale / Deadline"): when the one mapped
 * to the target holds prose (goals, not dates) and a column kept in extra, whose own header words name the
 * target, holds dates, the dated column is the target, as a careful reader sees at a glance. Returns the dated
 * column's 0-based index, else null.
 *
 * @example
 * datedTargetColumn(fields, extra, profileOf, nameTarget) // 3 when column 4 ("Timescale / Deadline") holds "Spring 2012"
 */
export function datedTargetColumn(
  fields: ReadonlyMap<ColumnField, number>,
  extra: readonly ExtraColumn[],
  profileOf: (index: number) => ColumnProfile,
  namesTarget: (index: number) => boolean,
): number | null {
  const target = fields.get('target')
  if (target === undefined) return null
  const current = profileOf(target)
  if (current.filled < 2 || current.dates >= maxProseDates) return null
  const dated = extra.find((column) => {
    if (!namesTarget(column.index)) return false
    const profile = profileOf(column.index)
    return profile.filled >= 2 && profile.dates >= minDates
  })
  return dated?.index ?? null
}
