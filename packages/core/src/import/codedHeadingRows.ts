import { hasText } from '../text/cleanCellText'

/** The letters a coded ref opens with, before its number ("DP" of "DP-01", "OP" of "OP3-01.01"); a plain number or
 * a lettered part ("1", "b") has none. */
const codeLetters = /^([A-Za-z]{1,6})[-.]?\d/

/**
 * Rows whose peeled ref is coded in a family of its own that is always alone on its row, over rows of another
 * family that fill the table's other columns: the headings of a two-level coded plan, not its actions. An
 * Australian council's progress report lists each Delivery Program strategy ("DP-01 Prepare strategies for town
 * centres") as a full-width row over the Operational Plan actions coded under it ("OP3-01.01 Work with event
 * organisers | Number of events | Achieved | …"); a strategy written the same way ("OBJ1 Grow skills" over "A1.1
 * Run a course | June | Lead") is the same layout. Only codes opening with letters are compared, so a numbered
 * outline ("1" over "1.1") is left to the readers of numbered headings. Returns the 0-based row indexes.
 *
 * @example
 * codedHeadingRows(rows, 1, 4, 0) // the rows of "DP-01 …" alone, when "OP3-01.01 …" rows fill their status cells
 */
export function codedHeadingRows(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  refColumn: number,
  titleColumn: number,
): ReadonlySet<number> {
  // Per family: its rows, and how many of them fill another cell.
  const families = new Map<string, { rows: number[]; filled: number }>()
  for (let index = bodyStart; index < rows.length; index++) {
    const row = rows[index]!
    const letters = codeLetters.exec((row[refColumn] ?? '').trim())
    if (letters === null) continue
    const family = letters[1]!.toUpperCase()
    let entry = families.get(family)
    if (entry === undefined) {
      entry = { rows: [], filled: 0 }
      families.set(family, entry)
    }
    entry.rows.push(index)
    if (row.some((cell, column) => column !== refColumn && column !== titleColumn && hasText(cell)))
      entry.filled++
  }
  if (families.size < 2) return new Set()
  const actionsBeside = [...families.values()].some((entry) => entry.filled * 2 >= entry.rows.length)
  if (!actionsBeside) return new Set()
  // Each heading stands right over a row of a family that fills the other columns: a family whose lone rows run on
  // together (actions not yet given a lead) is no heading.
  const familyOf = new Map<number, string>()
  for (const [family, entry] of families) for (const index of entry.rows) familyOf.set(index, family)
  const order = [...familyOf.keys()].sort((a, b) => a - b)
  const position = new Map(order.map((index, at) => [index, at] as const))
  const headings = new Set<number>()
  for (const [family, entry] of families) {
    if (entry.filled !== 0) continue
    const over = entry.rows.every((index) => {
      const next = order[position.get(index)! + 1]
      const below = next === undefined ? undefined : families.get(familyOf.get(next)!)
      return below !== undefined && familyOf.get(next!) !== family && below.filled > 0
    })
    if (over) for (const index of entry.rows) headings.add(index)
  }
  return headings
}
