import { readOwnerCell } from './readOwnerCell'

/** "Agency", "Lead agency", "Responsible department", "Departments": a column naming the body that delivers. */
const agencyHeader =
  /^\s{0,3}(?:(?:lead|responsible|delivering|accountable|implementing)\s{1,3})?(?:agency|agencies|department|departments|ministry|ministries)\s{0,3}$/i

/**
 * The owners a column naming the delivering body adds beside the owners column: a government actions table
 * that names "Responsible Ministers" and then the "Agency" or "Department" that delivers (Australian and
 * Canadian implementation plans, UK cross-government action plans) makes both owners of the measure, the
 * ministers first. Only an unmapped column whose whole header is such a word (with "lead", "responsible" and
 * the like); its cell is split as an owners cell is. Returns [] when there is no such column.
 *
 * @example
 * agencyColumnOwners([{ name: 'Agency', value: 'Department of Education', column: 5 }]) // ['Department of Education']
 * agencyColumnOwners([{ name: 'Budget', value: '$2m', column: 5 }]) // []
 */
export function agencyColumnOwners(
  extra: readonly { readonly name: string; readonly value: string }[],
): string[] {
  const owners: string[] = []
  for (const cell of extra) {
    if (!agencyHeader.test(cell.name) || cell.value.trim() === '') continue
    owners.push(...readOwnerCell(cell.value))
  }
  return owners
}
