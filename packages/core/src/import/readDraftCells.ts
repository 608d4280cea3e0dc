import type { ColumnField } from './columnSynonyms'

/** One mapped cell of a draft: its text, 0-based column and header. */
export interface DraftCell {
  readonly text: string
  readonly column: number
  readonly header: string
}

/** A draft's mapped cells by field, in the header's order; continuation rows and fill-down replace a text. */
export type DraftCells = Map<ColumnField, DraftCell>

/** Where a header puts a field: `[field, 0-based column, header]`. */
export type MappedColumn = readonly [field: ColumnField, column: number, header: string]

/**
 * Reads the mapped cells of one row: for each mapped column, its text ('' past the row's end) and position.
 *
 * @example
 * readDraftCells(['1', 'Launch a webpage'], [['title', 1, 'Action']]).get('title')?.text // 'Launch a webpage'
 */
export function readDraftCells(row: readonly string[], columns: readonly MappedColumn[]): DraftCells {
  const cells: DraftCells = new Map()
  for (const [field, column, header] of columns) cells.set(field, { text: row[column] ?? '', column, header })
  return cells
}

/**
 * The text of a draft's field, '' when the field has no column.
 *
 * @example
 * cellText(readDraftCells(['Launch a webpage'], [['title', 0, 'Action']]), 'owners') // ''
 */
export function cellText(cells: DraftCells, field: ColumnField): string {
  return cells.get(field)?.text ?? ''
}
