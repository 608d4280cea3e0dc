/** Leading spaces and tabs of a cell, counted up to a bound (indentation deeper than this is all the same). */
const maxIndent = 64

function indentOf(cell: string): number {
  let n = 0
  while (n < cell.length && n < maxIndent && (cell[n] === ' ' || cell[n] === '\t')) n++
  return n
}

/**
 * The indentation every filled cell of the table shares is no indentation: a sheet or text export that pads each
 * cell with a leading space or two reads as the same table without it. The shared part is taken off the start of
 * each filled cell; what is left tells nested lines from their parents as before ("  Lead" under "Goal" is still
 * indented once the shared space is gone). A table in which any filled cell starts flush is returned as it is.
 *
 * @example
 * dropSharedIndent([['  Goal'], ['    Lead the review']]) // [['Goal'], ['  Lead the review']]
 */
export function dropSharedIndent(table: string[][]): string[][] {
  let shared = maxIndent
  let filled = false
  for (const row of table) {
    for (const cell of row) {
      if (cell.length === 0) continue
      const indent = indentOf(cell)
      // A blank cell holds no text to be indented.
      if (indent === cell.length) continue
      filled = true
      if (indent < shared) shared = indent
      if (shared === 0) return table
    }
  }
  if (!filled) return table
  return table.map((row) =>
    row.map((cell) => (cell.length === 0 || indentOf(cell) === cell.length ? cell : cell.slice(shared))),
  )
}
