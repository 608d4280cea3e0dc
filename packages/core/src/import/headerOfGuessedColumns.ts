import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { ColumnMap } from './mapColumns'

/** A header cell is a short label: more words than this, or a sentence end, is a row's content. */
const maxWords = 14

/**
 * Whether a row, before the first action of a table whose columns were read from their cells (no header row
 * was recognised), is the table's own header: its ref cell holds no number ("Recommendation/s", "Rec. no." are
 * headers, "4" is a ref), its status cell reads as no status ("Implementation Monitor's assessment of acquittal
 * as of 30 June 2022" above "Delivered"), and every cell is a short label, not a sentence. Such headers, too
 * long or too particular to name their fields ("Commentary from the Implementation Monitor"), are met in
 * government implementation trackers and monitors' appendices. Needs both a ref and a status column, so a
 * one-column page's first line is never taken for a header.
 *
 * @example
 * headerOfGuessedColumns(['Rec.', 'Monitor’s view at 30 June', 'Commentary'], map) // true when map reads ref, status, title
 */
export function headerOfGuessedColumns(row: readonly string[], map: ColumnMap): boolean {
  if (map.headers.some(hasText)) return false
  const ref = map.fields.get('ref')
  const status = map.fields.get('status')
  if (ref === undefined || status === undefined) return false
  const refCell = collapseWhitespace(row[ref] ?? '')
  const statusCell = collapseWhitespace(row[status] ?? '')
  if (refCell === '' || /\d/.test(refCell) || statusCell === '') return false
  if (parseStatus(statusCell).state !== 'unknown') return false
  return row.every((cell) => {
    const text = collapseWhitespace(cell.slice(0, 400))
    return text.split(' ').length <= maxWords && !/[.!?]$/.test(text)
  })
}
