import { parseTargetDate } from '../dates/parseTargetDate'
import { hasText } from '../text/cleanCellText'

/** Rows on which both columns must hold a date before one is judged the later. */
const minRows = 2

/**
 * Of two columns of dates in a table without a header ("29/09/10 | … | 01/11/10": the date an action was raised or
 * started, and the date it is due), the target is the one whose date falls later on the same row: a deadline comes
 * after the meeting that set it, an end after its start. Among `candidates` (columns holding no field, most of their
 * cells dates), returns the one whose date is later than the `target` column's on at least two thirds of the rows
 * where both hold a date (two rows at least), and earlier on fewer; the one later on most rows wins. Null when none
 * is.
 *
 * @example
 * laterDateColumn([['1 May 2031', 'Paint the hall', '30 June 2031'], ['3 May 2031', 'Fix the gate', '31 July 2031']], 0, [2]) // 2
 */
export function laterDateColumn(
  rows: readonly (readonly string[])[],
  target: number,
  candidates: readonly number[],
): number | null {
  const dueOf = (cell: string | undefined): string | null =>
    cell === undefined || !hasText(cell) ? null : parseTargetDate(cell).due
  const targetDue = rows.map((row) => dueOf(row[target]))
  let best: { column: number; later: number } | null = null
  for (const column of candidates) {
    let later = 0
    let earlier = 0
    let compared = 0
    rows.forEach((row, i) => {
      const own = targetDue[i]
      if (own === null || own === undefined) return
      const other = dueOf(row[column])
      if (other === null) return
      compared++
      if (other > own) later++
      else if (other < own) earlier++
    })
    if (compared < minRows || later * 3 < compared * 2 || earlier >= later) continue
    if (best === null || later > best.later) best = { column, later }
  }
  return best?.column ?? null
}
