import { hasText } from '../text/cleanCellText'
import { readsAsOwnerList } from './readsAsOwnerList'

/** How many filled cells are read to judge a column: enough to tell lists of owners from prose, bounded. */
const columnSample = 40
/** A cell longer than this is prose or notes, never a list of who does the work. */
const maxCellLength = 400
/** A part longer than this many words is a clause, not a name or a role. */
const maxPartWords = 6
/** Share of a column's filled cells that must read as lists of owners. */
const listShare = 0.8

/** "/", ",", ";", a line break, a spaced "+": the joints between the owners of a list. Single characters: linear. */
const joint = /[/,;\n]| \+ /
/** "TBC", "N/A", "—", "As above": a cell that names no one of its own, counted neither way. Anchored. */
const placeholder = /^(?:tbc|tba|tbd|n\/?a|[-–—]|as above|ditto)$/i
/** A part that ends as a sentence or a lead-in does. */
const clauseEnd = /[!?:]$/

/**
 * Whether one cell is a list of owners read part by part: two or more parts between the joints ("," "/" ";" a line
 * break), each a few words at most, and at least half of them surely a role, a unit, initials or a person's name
 * ({@link readsAsOwnerList}). A list may mix in parts the reader does not know ("Head of Finance, co-opted members"),
 * as a list of tasks or topics never holds roles at all.
 */
function isOwnerParts(cell: string): boolean {
  if (cell.length > maxCellLength) return false
  const parts = cell
    .replace(/\.$/, '')
    .split(joint)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
  if (parts.length < 2) return false
  let sure = 0
  for (const part of parts) {
    if (part.split(' ').length > maxPartWords || clauseEnd.test(part)) return false
    const reading = readsAsOwnerList(part)
    if (reading === 'role' || reading === 'name') sure++
  }
  return sure * 2 >= parts.length
}

/**
 * Whether a column without a header holds the owners because its cells read as lists of owners, each cell whole
 * ({@link readsAsOwnerList}) or part by part (a long list of roles with a part the reader does not know): two or more
 * filled cells, at least 80% of them so. A column of sentences, of topics or of single capitalised words is not.
 * Returns the evidence, or null.
 *
 * @example
 * ownerPartsColumn(['Head of Estates, Chair of Governors, parish volunteers', 'Clerk', 'Finance Officer / events group'])
 * // '100% of cells list roles, units or people'
 * ownerPartsColumn(['Paths, verges and hedges', 'Bins, benches'])   // null
 */
export function ownerPartsColumn(cells: readonly string[]): string | null {
  const filled = cells
    .map((cell) => cell.trim())
    .filter((cell) => hasText(cell) && !placeholder.test(cell))
    .slice(0, columnSample)
  if (filled.length < 2) return null
  let lists = 0
  let parted = 0
  for (const cell of filled) {
    const whole = readsAsOwnerList(cell)
    if (whole === 'role' || whole === 'name') lists++
    else if (isOwnerParts(cell)) {
      lists++
      parted++
    }
  }
  if (parted === 0 || lists < listShare * filled.length) return null
  return `${Math.round((lists / filled.length) * 100)}% of cells list roles, units or people`
}

/** The score a column of owner lists read part by part gets as the owners: above any column of merely short cells
 * (at most 0.68), below one whose every cell reads whole as an owner list (0.75). */
export const ownerPartsScore = 0.7
