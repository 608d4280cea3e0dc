import { hasText } from '../text/cleanCellText'
import { isInstruction } from './isInstruction'
import { BULLET_MARKS } from './bulletMarks'

const bulleted = new RegExp(`^\\s{0,8}[${BULLET_MARKS}]\\s`)

/**
 * Lines of a list that lost their bullet (a page copied from the web or a PDF): a line alone on its row, between
 * two bulleted items (as written in the source, `table`) with nothing else in between, that reads as an item itself — an instruction that ends in a full
 * stop ("Identify the next equity lead."). A sentence about the list ("All these actions are to be completed by
 * July 2026.") is a note on it, not an item. A heading between two lists ends without one, a
 * lead-in ends in a colon, and a note below a numbered item ("Action 2: …" then "See the briefing note.") sits
 * between numbered items, not bullets, so none is taken. Returns the 0-based rows to read as items.
 *
 * @example
 * const rows = [['- Map the roles.'], ['Publish the map.'], ['- Review it yearly.']]
 * lostBulletItems(rows, rows, 0, 0, new Set([0, 2])) // [1]
 */
export function lostBulletItems(
  table: readonly (readonly string[])[],
  rows: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
  listRows: ReadonlySet<number>,
): number[] {
  const filled: number[] = []
  for (let index = bodyStart; index < rows.length; index++) if (rows[index]!.some(hasText)) filled.push(index)
  const found: number[] = []
  for (let i = 1; i + 1 < filled.length; i++) {
    const index = filled[i]!
    const before = filled[i - 1]!
    const after = filled[i + 1]!
    if (listRows.has(index) || !listRows.has(before) || !listRows.has(after)) continue
    if (
      !bulleted.test(table[before]?.[titleColumn] ?? '') ||
      !bulleted.test(table[after]?.[titleColumn] ?? '')
    )
      continue
    const row = rows[index]!
    if (row.some((cell, c) => c !== titleColumn && hasText(cell))) continue
    const text = (row[titleColumn] ?? '').trim()
    if (!/[.!]$/.test(text) || text.split(/\s+/).length < 3) continue
    if (isInstruction(text)) found.push(index)
  }
  return found
}
