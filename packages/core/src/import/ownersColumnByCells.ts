import type { ColumnField } from './columnSynonyms'
import { ownerColumnReadings } from './readsAsOwnerList'

/** A column left unmapped: its index and header. */
interface UnmappedColumn {
  readonly index: number
  readonly name: string
}

/** Headers that say a column of short capitalised words holds something other than people. Anchored, bounded. */
const notPeopleHeader =
  /\b(?:locations?|places?|venues?|sites?|campus(?:es)?|regions?|countries|country|cit(?:y|ies)|towns?|wards?|count(?:y|ies)|e-?mails?|phones?|tel|telephone|links?|urls?|websites?|sources?|funding|funders?|budgets?|costs?|types?|kinds?|categor(?:y|ies)|topics?|subjects?|themes?|pillars?|areas?|tags?|labels?|keywords?|programmes?|projects?|products?|systems?|tools?|platforms?|documents?|files?)\b/i

/**
 * The column to read as the owners when the header row named none: an unmapped column ("Contact", "Name",
 * "Staff", "Department", "Role", or a header the importer does not know) whose cells read as owner lists
 * ({@link ownerColumnReadings}). Project trackers, meeting action logs and departmental plans name the owners under
 * headers of their own. At least 80% of its filled cells (two or more) must read as names, roles, teams or
 * initials, and at least half as a role, a unit, initials or a person's name, not a lone capitalised word
 * ("Wellbeing", "Estates"), so a column of topics or places stays in `extra`; a header naming places, topics,
 * e-mail addresses or costs keeps it there too. A lone first name ("Jenny", "Taru and Natalie") is surely a person when
 * the minutes list it as present above the table. The leftmost such column wins. Null when the plan has an owners
 * column or no column fits.
 *
 * @example
 * ownersColumnByCells(new Map([['title', 0]]), [{ index: 1, name: 'Contact' }], (i) => i === 1 ? ['Jane Smith', 'HR Director'] : [])
 * // { index: 1, evidence: 'header "Contact" names no field, but 100% of cells read as names, roles or teams' }
 */
export function ownersColumnByCells(
  fields: ReadonlyMap<ColumnField, number>,
  unmapped: readonly UnmappedColumn[],
  cellsOf: (index: number) => readonly string[],
  /** The first names the minutes list as present ({@link namesPresent}), lower-cased. */
  present: ReadonlySet<string> = new Set(),
): { readonly index: number; readonly evidence: string } | null {
  if (fields.has('owners')) return null
  for (const column of unmapped) {
    if (notPeopleHeader.test(column.name.slice(0, 80))) continue
    const { cells, names, sure } = ownerColumnReadings(cellsOf(column.index))
    if (cells < 2) continue
    const named = sure >= 0.5 * cells ? sure : sure + namedPresent(cellsOf(column.index), present)
    if (names < 0.8 * cells || named < 0.5 * cells) continue
    const share = `${Math.round((names / cells) * 100)}%`
    const header = column.name === '' ? 'no header' : `header "${column.name}" names no field`
    return { index: column.index, evidence: `${header}, but ${share} of cells read as names, roles or teams` }
  }
  return null
}

/**
 * How many cells of lone capitalised words name only people the minutes list as present (or "All"); names in one
 * cell may be split by "/", ",", "&", "and" or a line break.
 *
 * @example
 * namedPresent(['Mina\nTomas', 'Olu / Tomas', 'Estates'], new Set(['mina', 'tomas', 'olu'])) // 2
 */
export function namedPresent(cells: readonly string[], present: ReadonlySet<string>): number {
  if (present.size === 0) return 0
  let count = 0
  for (const cell of cells) {
    const parts = cell.trim().split(/\s{0,2}[/,&\n]\s{0,2}| and /)
    if (
      cell.trim() !== '' &&
      parts.every((part) => present.has(part.trim().toLowerCase()) || /^all$/i.test(part.trim()))
    )
      count++
  }
  return count
}
