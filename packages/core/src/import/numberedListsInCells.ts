import { peelRef } from './peelRef'

/** Cells longer than this are not looked through line by line: no cell of numbered items is so long. */
const maxCellLength = 20_000

/**
 * True when every body row whose peeled ref is "1" holds, in the cell the ref was peeled from, the rest of its own
 * numbered list: a later line opening "2.", then "3." … in order. This is the grid small organisations, schools
 * and societies write their yearly plans in, one row per aspect or theme with its lead and a cell of numbered
 * objectives ("1. Extend committee leadership⏎2. Complete the independence⏎3. …"), often beside a cell of
 * criteria numbered the same way: each numbered item is an action, its number its ref, and the row's lead owns
 * them all. Such refs are not cleared as "a list numbered afresh in each cell", since the numbers go on within
 * the cell; a grid whose every cell is a single item "1." is still cleared. Needs two such rows or more.
 *
 * @example
 * numberedListsInCells([
 *   ['Strategy', 'Roles agreed\n2. Policies written', '1'],
 *   ['Finance', 'Funding reviewed\n2. Assets listed', '1'],
 * ], 0, 2, 1) // true
 */
export function numberedListsInCells(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  refColumn: number,
  peelFrom: number,
): boolean {
  let lists = 0
  for (let index = bodyStart; index < rows.length; index++) {
    const row = rows[index]!
    const ref = row[refColumn] ?? ''
    if (ref === '') continue
    if (ref !== '1' || !goesOnNumbering(row[peelFrom] ?? '')) return false
    lists++
  }
  return lists >= 2
}

/** The lines after the first open with "2", "3" … in order, each at the start of its own line. */
function goesOnNumbering(cell: string): boolean {
  if (cell.length > maxCellLength || !cell.includes('\n')) return false
  let expected = 2
  for (const line of cell.split('\n').slice(1)) {
    const peeled = peelRef(line.trim())
    if (peeled !== null && peeled.ref === String(expected)) expected++
  }
  return expected > 2
}
