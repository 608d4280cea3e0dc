import { collapseWhitespace, hasText } from '../text/cleanCellText'

/** "1", "12", "WP01", "A3", "R 4": an item's number, with at most three letters before it. Anchored. */
const numberedCell = /^([A-Za-z]{0,3}) ?0{0,3}(\d{1,4})$/
/** "2.1", "3.2.4": a numbered paragraph of a section, its section's numbers before the last. Anchored. */
const dottedCell = /^(\d{1,3}\.(?:\d{1,3}\.)?)(\d{1,3})$/
/** Numbered cells needed to say the numbers run in order. */
const minNumbered = 3
/** The share of steps from one numbered cell to the next that add one, under the same letters. */
const minRunningShare = 0.6

/**
 * Whether a column's numbered cells run in order down the rows ("1", "2", "3"; "WP01", "WP02", "WP03"), as the items
 * of a list are numbered: three such cells at least, and most steps from one to the next add one under the same
 * letters. Cells of other text between them (a group's label, "ADMIN") are passed over. A column of counts or
 * shares ("39", "7", "6"; "100", "10", "25") does not run so.
 *
 * With `dotted`, paragraph numbers under one section number ("4.1", "4.2", "4.3") run so too, as minutes number
 * their decisions; without it they are not read (a column of "1.5", "2.5" figures is not refs).
 *
 * @example
 * refsRunInOrder(['ADMIN', '1', '2', '3']) // true
 * refsRunInOrder(['100', '10', '25', '100']) // false
 * refsRunInOrder(['4.1', '4.2', '4.3'], { dotted: true }) // true
 */
export function refsRunInOrder(cells: readonly string[], options: { dotted?: boolean } = {}): boolean {
  const numbers: { letters: string; value: number }[] = []
  for (const cell of cells) {
    if (!hasText(cell)) continue
    const text = collapseWhitespace(cell)
    const match = numberedCell.exec(text) ?? (options.dotted === true ? dottedCell.exec(text) : null)
    if (match !== null) numbers.push({ letters: match[1]!.toUpperCase(), value: Number(match[2]) })
  }
  if (numbers.length < minNumbered) return false
  let running = 0
  for (let i = 1; i < numbers.length; i++) {
    const before = numbers[i - 1]!
    const after = numbers[i]!
    if (after.letters === before.letters && after.value === before.value + 1) running++
  }
  return running >= minRunningShare * (numbers.length - 1)
}
