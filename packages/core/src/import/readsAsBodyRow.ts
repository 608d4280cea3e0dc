import type { Taxonomy } from '../model/taxonomySchema'
import { hasText } from '../text/cleanCellText'
import { profileColumn } from './assignColumns'
import { isSentence } from './isSentence'
import { countWords } from './countWords'
import { matchYearHeader } from './matchPillarHeader'

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
 * rows above count too (the last row of a short table has none below it). Reads at most 40 rows on each side, so a
 * search over the first rows stays linear.
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
): boolean {
  const row = table[index]
  if (row === undefined) return false
  // The rows on both sides: a header has its body below it, and a last row read as one has its like above it.
  const below = [
    ...table.slice(Math.max(0, index - rowsRead), index),
    ...table.slice(index + 1, index + 1 + rowsRead),
  ]
  let like = 0
  for (let column = 0; column < row.length; column++) {
    const cell = row[column]!
    if (!hasText(cell) || labelledCell.test(cell) || matchYearHeader(cell) !== null) continue
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
