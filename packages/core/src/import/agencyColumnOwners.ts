import { readOwnerCell } from './readOwnerCell'

/** "Agency", "Lead agency", "Responsible department", "Departments": a column naming the body that delivers. */
const agencyHeader =
  /^\s{0,3}(?:(?:lead|responsible|delivering|accountable|implementing)\s{1,3})?(?:agency|agencies|department|departments|ministry|ministries)\s{0,3}$/i

/** Words of a header naming who manages the work beside its lead: "Programme Manager", "Project Manager /
 * Sponsor", "Senior Responsible Owner" is an owners header already. At least one must be a manager's or sponsor's. */
const managerWords: ReadonlySet<string> = new Set([
  'programme',
  'program',
  'project',
  'projects',
  'delivery',
  'deputy',
  'senior',
  'manager',
  'managers',
  'sponsor',
  'sponsors',
])
const managerNouns: ReadonlySet<string> = new Set(['manager', 'managers', 'sponsor', 'sponsors'])

/** "Programme Manager / Project Manager", "Sponsor": a header of a few such words, split at spaces and slashes. */
function namesManager(header: string): boolean {
  if (header.length > 60) return false
  const words = header
    .toLowerCase()
    .split(/[\s/]+/)
    .filter((word) => word !== '')
  return words.every((word) => managerWords.has(word)) && words.some((word) => managerNouns.has(word))
}

/** A cell of names is short and no sentence: "Ian Smith", "Ana Ruiz / Bo Chen". */
function isNamesCell(value: string): boolean {
  return value.length <= 200 && !/[.!?]\s/.test(value) && value.split(/\s+/).length <= 16
}

/**
 * The owners a column naming the delivering body adds beside the owners column: a government actions table
 * that names "Responsible Ministers" and then the "Agency" or "Department" that delivers (Australian and
 * Canadian implementation plans, UK cross-government action plans) makes both owners of the measure, the
 * ministers first. A project register that names each project's "Director Lead" and then its "Programme Manager"
 * or "Project Manager" (or "Sponsor") makes both owners too, the lead first, when the manager's cell holds names. Only an unmapped column whose whole header is such a word (with "lead", "responsible" and
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
    if (cell.value.trim() === '') continue
    const manager = namesManager(cell.name)
    if (!manager && !agencyHeader.test(cell.name)) continue
    if (manager && !isNamesCell(cell.value)) continue
    owners.push(...readOwnerCell(cell.value))
  }
  return owners
}
