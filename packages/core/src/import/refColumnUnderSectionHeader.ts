import type { ColumnField } from './columnSynonyms'
import type { ColumnProfile } from './assignColumns'

/** At least this share of a column's cells must be refs ("AP1", "2.3") for it to be the ref column. */
const minRefShare = 0.8

/**
 * A column whose header reads as a group label ("Section/Aim/Target Reference", "Area") but whose cells are
 * all refs ("AP1", "AP2", "AP3"), left of the action column, in a table with no ref column: the column holds
 * the actions' refs. Returns its 0-based index, else null.
 *
 * @example
 * refColumnUnderSectionHeader(fields, profileOf) // 0 when column 1 is "Section" over AP1, AP2, AP3
 */
export function refColumnUnderSectionHeader(
  fields: ReadonlyMap<ColumnField, number>,
  profileOf: (index: number) => ColumnProfile,
): number | null {
  const section = fields.get('section')
  const title = fields.get('title')
  if (fields.has('ref') || section === undefined || title === undefined || section > title) return null
  const profile = profileOf(section)
  return profile.filled >= 2 && profile.refs >= minRefShare ? section : null
}
