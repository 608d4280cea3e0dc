import type { ColumnField } from './columnSynonyms'

/** "D1.1", "WP2.3", "T-4.2", "MS12": letters, then a number, dotted or not. Bounded, no nested repeats. */
const codedRef = /^[A-Z]{1,4}[.-]?\d{1,3}(?:\.\d{1,3}){0,3}$/

/** "1", "2", "3": a cell that only counts the row. */
const countCell = /^\d{1,4}\.?$/

/**
 * A ref column that only counts the rows ("#" over 1, 2, 3, … in order, on every action row) beside a column kept
 * in extra whose cells are each a distinct printed code ("D1.1", "D1.2", "D2.1") on every action row: the codes are
 * the actions' refs, as deliverable and milestone lists of research projects number them, and the running count is
 * only the row's place in the list. The count must run without a gap, so a column of real numbers ("1.1", "3", "7")
 * keeps its place; a header row repeated by a page break is skipped. Returns the 0-based index of the code column, else null.
 *
 * @example
 * codedRefBesideRowCount(new Map([['ref', 0], ['title', 2]]), [1], [['1', 'D1.1', 'Report'], ['2', 'D1.2', 'Plan']]) // 1
 */
export function codedRefBesideRowCount(
  fields: ReadonlyMap<ColumnField, number>,
  extra: readonly number[],
  body: readonly (readonly string[])[],
  headers: readonly string[] = [],
): number | null {
  const ref = fields.get('ref')
  const title = fields.get('title')
  if (ref === undefined || title === undefined) return null
  // A page break repeats the header row in the body: it is no action row.
  const repeatsHeader = (row: readonly string[]): boolean =>
    headers.length > 0 &&
    (row[title] ?? '').trim() === (headers[title] ?? '').trim() &&
    (row[ref] ?? '').trim() === (headers[ref] ?? '').trim()
  const actionRows = body.filter((row) => (row[title] ?? '').trim() !== '' && !repeatsHeader(row))
  if (actionRows.length < 2) return null
  const counts = actionRows.map((row) => (row[ref] ?? '').trim())
  if (
    !counts.every(
      (cell, at) =>
        countCell.test(cell) && Number.parseInt(cell, 10) === Number.parseInt(counts[0]!, 10) + at,
    )
  )
    return null
  for (const column of extra) {
    const cells = actionRows.map((row) => (row[column] ?? '').trim())
    if (!cells.every((cell) => cell.length <= 12 && codedRef.test(cell))) continue
    if (new Set(cells).size === cells.length) return column
  }
  return null
}
