import type { Taxonomy } from '../model/taxonomySchema'
import { hasText } from '../text/cleanCellText'
import { profileColumn } from './assignColumns'
import { isSentence } from './isSentence'
import { countWords } from './countWords'
import { matchYearHeader } from './matchPillarHeader'
import { filledCellCount } from './filledCellCount'
import { matchColumnHeader } from './columnSynonyms'

/** Rows read on each side of the candidate for what each column holds: enough to know a column, bounded. */
const rowsRead = 40
/** A column holds a kind of value when at least this share of its filled cells below are of it. */
const holdsShare = 0.5
/** Cells of a header that read as values of their columns: one may be chance ("Complete" heading a tick column). */
const minLikeCells = 2
/** A cell of this many words is prose, a sentence or not: no header is so long. */
const proseWords = 8
/** "Action: Review the …": a cell opening with its own label names its field, as a header in the cells does. */
const labelledCell = /^\s{0,3}[A-Za-z][A-Za-z ]{0,30}:\s/

/** What a cell reads as, one kind each: a sentence or prose of eight words or more, a status ("Completed" reads as a date too), a date with a day
 * or a year (a month alone, "June", heads a column of a yearly grid), a ref or a numbered item; else null. */
type ValueKind = 'sentence' | 'status' | 'date' | 'ref'

function kindOf(cell: string, taxonomy: Taxonomy): ValueKind | null {
  if (isSentence(cell) || countWords(cell) >= proseWords) return 'sentence'
  const profile = profileColumn([cell], taxonomy)
  if (profile.statuses > 0) return 'status'
  if (profile.dates > 0 && /\d/.test(cell)) return 'date'
  if (profile.refs > 0 || profile.listed > 0) return 'ref'
  return null
}

/**
 * Whether a row that names two columns or more by header words is a row of the body all the same: two of its cells
 * or more read as the values their columns hold below it (a date over dates, a status over statuses, a ref or a
 * numbered item over refs, a sentence over sentences), as "01.05 | Action tracker | Train the ward staff … | MW |
 * 14 Aug" does above rows like it. A header names its columns; it does not fill them. A year alone ("2024") heads a
 * column of a grid, and a cell that opens with its own label ("Action: …") names its field: neither counts. The
 * rows above count too (the last row of a short table has none below it), but not lines alone on their rows (a
 * title, a date). With `repeatedValues`, as a header is looked for, a cell written again word for word further down
 * its column ("Board", "Done") counts as well: a header names its column, it is never one of its values. Reads at
 * most 40 rows on each side, so a search over the first rows stays linear.
 *
 * @example
 * readsAsBodyRow([
 *   ['1.1', 'Action plan launch event', 'HR lead', 'May 2025', 'Complete'],
 *   ['1.2', 'Run the staff survey', 'HR', 'June 2025', 'Complete'],
 *   ['1.3', 'Publish the results', 'Comms', 'July 2025', 'Not started'],
 * ], 0, technicianCommitment) // true
 */
export function readsAsBodyRow(
  table: readonly (readonly string[])[],
  index: number,
  taxonomy: Taxonomy,
  options: { readonly repeatedValues?: boolean } = {},
): boolean {
  const row = table[index]
  if (row === undefined) return false
  // The rows on both sides: a header has its body below it, and a last row read as one has its like above it. Lines
  // alone on their rows above it (the plan's title, a date, an intro) are no rows of its table.
  const below = [
    ...table.slice(Math.max(0, index - rowsRead), index).filter((above) => filledCellCount(above) >= 2),
    ...table.slice(index + 1, index + 1 + rowsRead),
  ]
  // A copy of the row further down (a header repeated after a page break) and another table's header, which repeats
  // some of its words ("Owner", "Interim milestones"), are no values written again.
  const copies = (other: readonly string[]) =>
    row.every((cell, column) => !hasText(cell) || cell.trim() === (other[column] ?? '').trim())
  let others: (readonly string[])[] | null = null
  const othersOf = () => {
    others ??= below.filter((other) => !copies(other) && !namesColumns(other))
    return others
  }
  let like = 0
  for (let column = 0; column < row.length; column++) {
    const cell = row[column]!
    if (!hasText(cell) || labelledCell.test(cell) || matchYearHeader(cell) !== null) continue
    if (options.repeatedValues === true && writtenAgain(cell, column, othersOf)) {
      if (++like >= minLikeCells) return true
      continue
    }
    const kind = kindOf(cell, taxonomy)
    if (kind === null) continue
    let filled = 0
    let same = 0
    for (const next of below) {
      const text = next[column]
      if (text === undefined || !hasText(text)) continue
      filled++
      if (kindOf(text, taxonomy) === kind) same++
    }
    if (filled >= 2 && same >= holdsShare * filled && ++like >= minLikeCells) return true
  }
  return false
}

/**
 * Whether a cell ("Board", "feature", "near-term") is written again, word for word, in its column on another row: a
 * value its column repeats (an owner, a kind, a stage), which a header never is. The rows given leave out copies of
 * the row and rows of header words (another table's header), which repeat a header's words without being values.
 */
function writtenAgain(cell: string, column: number, others: () => readonly (readonly string[])[]): boolean {
  const text = cell.trim()
  return others().some((other) => (other[column] ?? '').trim() === text)
}

/** Two cells or more of the row name a column by header words ("Project name | Target | Status"): a header's row. */
function namesColumns(row: readonly string[]): boolean {
  let named = 0
  for (const cell of row) if (hasText(cell) && matchColumnHeader(cell) !== null && ++named >= 2) return true
  return false
}
