import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { ColumnMap } from './mapColumns'
import { filledCellCount } from './filledCellCount'

/** A sentence or a clause is finished: the next row cannot be its rest. */
const finished = /[.!?:;)]$/

/**
 * Whether a row, after the running header or footer lines of a page break ("5", "KLAGENFURT", "Climate
 * Neutrality Action Plan"), is the rest of the last action cut by the break: its action cell opens in lower case
 * ("materials (wood) in building industry" after "Use of renewable raw"), the cut action's title does not end a
 * sentence, and the row has no ref, date or status of its own but holds another cell (the rest of the cut owner
 * cell): a lone lower-case line is a list item after its lead-in.
 * Tables of converted PDFs split this way: city climate contracts, council plans and funders' templates turned
 * into Markdown or CSV page by page.
 *
 * @example
 * continuesAfterPageBreak(['materials in building', 'City council', ''], map, 'Use of renewable raw') // true
 * continuesAfterPageBreak(['Energy storage', 'City council', ''], map, 'Use of renewable raw') // false
 */
export function continuesAfterPageBreak(row: readonly string[], map: ColumnMap, cutTitle: string): boolean {
  const title = map.fields.get('title')
  // A table's row, cut with its other cells ("… | City senate and municipal coun-cil"): a lone lower-case line
  // is a list's item after its lead-in ("We will:" / "develop strong collaborations"), not the rest of a row.
  if (title === undefined || filledCellCount(row) < 2) return false
  const text = collapseWhitespace(row[title] ?? '')
  if (!/^[a-z]/.test(text)) return false
  const before = collapseWhitespace(cutTitle)
  if (before === '' || finished.test(before)) return false
  return (['ref', 'target', 'status'] as const).every((field) => {
    const column = map.fields.get(field)
    return column === undefined || !hasText(row[column] ?? '')
  })
}
