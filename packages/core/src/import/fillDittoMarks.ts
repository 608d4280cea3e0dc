/** A cell that only repeats the one above it: a ditto mark ('"', '〃', "''", a curly quote). The word "Ditto" is left
 * to the readers that know what it means where it stands (a grid's "no work of its own"). */
const dittoMark = /^\s{0,3}(?:["〃“”]|'')\s{0,3}$/

/**
 * Ditto marks under a value ("June 2031" then '"' on the rows below it) read as that value again, as a careful
 * reader takes them: each cell holding only a ditto mark gets the text of the nearest cell above it in its column
 * that holds text of its own. A ditto with no text above it in its column, or whose text above is the column's
 * first filled cell (the header, a title), is left as it is. Returns the table itself when it holds no ditto.
 *
 * @example
 * fillDittoMarks([['Task', 'By'], ['Paint the hall', 'May 2031'], ['Mend the gate', '"']])[2] // ['Mend the gate', 'May 2031']
 */
export function fillDittoMarks(table: readonly (readonly string[])[]): readonly (readonly string[])[] {
  let found = false
  for (const row of table) {
    for (const cell of row) {
      if (cell.length <= 12 && dittoMark.test(cell)) {
        found = true
        break
      }
    }
    if (found) break
  }
  if (!found) return table
  // Per column: the last text of its own, and whether a filled cell came before it (so it is not the header).
  const last = new Map<number, string>()
  const seen = new Set<number>()
  return table.map((row) => {
    let copy: string[] | null = null
    row.forEach((cell, column) => {
      if (cell.trim() === '') return
      if (cell.length <= 12 && dittoMark.test(cell)) {
        const above = last.get(column)
        if (above === undefined) return
        copy ??= [...row]
        copy[column] = above
        return
      }
      if (seen.has(column)) last.set(column, cell)
      else seen.add(column)
    })
    return copy ?? row
  })
}
