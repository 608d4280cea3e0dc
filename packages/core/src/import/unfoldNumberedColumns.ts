import { hasText } from '../text/cleanCellText'
import { filledCellCount } from './filledCellCount'

/** An item's number and full stop or bracket, then its words: "3. Hold a …", "12) Review …". */
const numbered = /^(\d{1,5})[.)]\s+\p{L}/u
/** Fewer words than this make a cell a label, not an item. */
const minItemWords = 3
/** More columns than this make a grid of figures, not a list printed in columns. */
const maxColumns = 4

/** The item's number when the cell is a numbered item of a few words, else null. */
function itemNumber(cell: string): number | null {
  const text = cell.trim()
  const match = numbered.exec(text)
  if (match === null || text.split(/\s+/).length < minItemWords) return null
  return Number(match[1])
}

/** True when the row has a filled cell and every filled cell is a numbered item. */
function isItemRow(row: readonly string[]): boolean {
  let filled = 0
  for (const cell of row) {
    if (!hasText(cell)) continue
    if (itemNumber(cell) === null) return false
    filled++
  }
  return filled > 0
}

/** The numbers make a run 1, 2, 3 … (or k, k + 1, …): each one more than the last. */
function runsOn(numbers: readonly number[]): boolean {
  for (let i = 1; i < numbers.length; i++) if (numbers[i] !== numbers[i - 1]! + 1) return false
  return numbers.length > 0
}

/**
 * A numbered list printed in two or more columns and numbered down them, as a web page lays out a short list of
 * objectives side by side: "1. Partner with … | 3. Uphold …" over "2. Ensure … | 4. Continue …". Read across, the
 * numbers jump (1, 3, 2, 4); read down each column, then the next, they run on (1, 2, 3, 4), which is the order the
 * author numbered them in. A careful reader takes each numbered cell as one item: the block's rows are unfolded into
 * one row an item, in number order, the item in the first column. A block is two rows or more of numbered cells of
 * three words or more and nothing else, with two to four columns filled on its first row; a block that already
 * reads in order across its rows, or whose numbers do not run on down the columns, is kept as it is, as is every
 * other row.
 *
 * @example
 * unfoldNumberedColumns([
 *   ['1. Agree the garden rota', '3. Fix the shed door'],
 *   ['2. Buy new seed trays', '4. Paint the fence posts'],
 * ]) // [['1. Agree the garden rota', ''], ['2. Buy new seed trays', ''], ['3. Fix the shed door', ''], ['4. Paint the fence posts', '']]
 */
export function unfoldNumberedColumns(table: readonly (readonly string[])[]): (readonly string[])[] {
  const out: (readonly string[])[] = []
  let index = 0
  while (index < table.length) {
    let end = index
    while (end < table.length && isItemRow(table[end]!)) end++
    const block = table.slice(index, end)
    const unfolded = block.length >= 2 ? unfoldBlock(block) : null
    if (end === index) {
      out.push(table[index]!)
      index++
      continue
    }
    for (const row of unfolded ?? block) out.push(row)
    index = end
  }
  return out
}

/** The block's items one a row, read down each column in turn, or null when the block is not numbered that way. */
function unfoldBlock(block: readonly (readonly string[])[]): (readonly string[])[] | null {
  let width = 0
  for (const row of block) width = Math.max(width, row.length)
  const firstFilled = filledCellCount(block[0]!)
  if (firstFilled < 2 || firstFilled > maxColumns) return null
  const across: number[] = []
  const down: string[] = []
  const downNumbers: number[] = []
  for (const row of block) for (const cell of row) if (hasText(cell)) across.push(itemNumber(cell)!)
  for (let column = 0; column < width; column++) {
    for (const row of block) {
      const cell = row[column] ?? ''
      if (!hasText(cell)) continue
      down.push(cell.trim())
      downNumbers.push(itemNumber(cell)!)
    }
  }
  if (runsOn(across) || !runsOn(downNumbers)) return null
  return down.map((item) => [item])
}
