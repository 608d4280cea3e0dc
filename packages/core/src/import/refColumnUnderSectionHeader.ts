import { holdsRefs } from './actionColumnChoice'
import type { ColumnProfile } from './assignColumns'
import type { ColumnField } from './columnSynonyms'

/**
 * A column whose header reads as a group label ("Section/Aim/Target Reference", "Area") but whose cells are
 * all refs ({@link holdsRefs}: "AP1", "AP2", "AP3"), left of the action column, in a table with no ref column: the column holds
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
  return holdsRefs(profileOf(section)) ? section : null
}
