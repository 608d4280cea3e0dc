import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { ImportRowExplanation, ImportRowKind } from './explainImport'

/**
 * The rows that hold no action, in row order: above the table (the title, then preamble), the header, legends,
 * and the body's own structure rows. Rows are 1-based.
 *
 * @example
 * explainRows([['Plan 2020'], ['Action']], 2, 2, 'Plan 2020', new Set(), [])
 * // [{ row: 1, kind: 'title' }, { row: 2, kind: 'header' }]
 */
export function explainRows(
  table: readonly (readonly string[])[],
  headerRow: number | null,
  bodyStart: number,
  planTitle: string | null,
  legendRows: ReadonlySet<number>,
  structureRows: readonly { row: number; kind: ImportRowKind }[],
): ImportRowExplanation[] {
  const rows: ImportRowExplanation[] = []
  const above = headerRow === null ? bodyStart : headerRow - 1
  let titled = false
  for (let index = 0; index < above; index++) {
    if (legendRows.has(index) || !table[index]!.some(hasText)) continue
    const isTitle =
      !titled && planTitle !== null && table[index]!.some((c) => collapseWhitespace(c) === planTitle)
    if (isTitle) titled = true
    rows.push({ row: index + 1, kind: isTitle ? 'title' : 'preamble' })
  }
  if (headerRow !== null) rows.push({ row: headerRow, kind: 'header' })
  for (const index of legendRows) rows.push({ row: index + 1, kind: 'legend' })
  for (const item of structureRows) rows.push({ row: item.row, kind: item.kind })
  return rows.sort((a, b) => a.row - b.row)
}
