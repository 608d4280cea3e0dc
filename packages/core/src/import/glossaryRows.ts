import { collapseWhitespace, hasText } from '../text/cleanCellText'

/** A term of a glossary is a header's few words, not a sentence. */
const maxTermLength = 60
/** Fewer terms than this are a pair of labelled lines, not a glossary of the columns. */
const minTerms = 3

/** The text of the first of exactly two filled cells, folded for comparing, else null. */
function termOf(row: readonly string[]): string | null {
  let term: string | null = null
  let filled = 0
  for (const cell of row) {
    if (!hasText(cell)) continue
    if (++filled > 2) return null
    if (filled === 1) term = cell
  }
  if (filled !== 2 || term === null || term.length > maxTermLength) return null
  return collapseWhitespace(term).toLowerCase()
}

/**
 * The rows of a glossary of the table's own columns: three rows or more in a run, each a term and what it means
 * ("Action plan | Actions to be taken to address the finding", "Lead | Position responsible for each deliverable"),
 * whose terms come back later as the cells of the table's header ("Action plan | Deliverables | Completion date |
 * Lead"). Evaluation reports and audit responses define their columns so above the table. The terms are written
 * down the page, not across it: none of these rows is the header, and none an action. Returns 0-based rows among
 * the first `limit`, empty when there is no such glossary. One pass over the rows, one look-up a later cell.
 *
 * @example
 * glossaryRows([
 *   ['Action', 'What will be done'], ['Lead', 'Who is responsible'], ['Due', 'When it is due'],
 *   ['Action', 'Lead', 'Due'], ['Paint the hall', 'Jo', 'May'],
 * ], 50) // Set {0, 1, 2}
 */
export function glossaryRows(table: readonly (readonly string[])[], limit: number): Set<number> {
  const end = Math.min(table.length, limit)
  const rows = new Set<number>()
  let start = 0
  while (start < end) {
    if (termOf(table[start]!) === null) {
      start++
      continue
    }
    const terms = new Set<string>()
    let next = start
    for (; next < end; next++) {
      const term = termOf(table[next]!)
      if (term === null) break
      terms.add(term)
    }
    if (next - start >= minTerms && definesLaterHeader(table, next, end, terms))
      for (let row = start; row < next; row++) rows.add(row)
    start = next
  }
  return rows
}

/** A row after the run, within the rows searched, with two cells or more that are terms of the run. */
function definesLaterHeader(
  table: readonly (readonly string[])[],
  from: number,
  end: number,
  terms: ReadonlySet<string>,
): boolean {
  for (let index = from; index < end; index++) {
    let named = 0
    for (const cell of table[index]!) {
      if (cell.length <= maxTermLength && hasText(cell) && terms.has(collapseWhitespace(cell).toLowerCase()))
        named++
    }
    if (named >= 2) return true
  }
  return false
}
