import { hasText } from '../text/cleanCellText'
import { BULLET_MARK, NUMBER_MARK } from './itemMark'

/** "  • ", "    · ", "2. ": a list item's indent and mark, at the start of its line. Anchored, bounded. */
const listItem = new RegExp(`^([ \\t]{0,24})(?:${BULLET_MARK}|${NUMBER_MARK})[ \\t]{1,12}(\\S.*)$`, 's')
/** At least this many parts: one line under an item is a note, not a list. */
const minParts = 2
/** Parts average fewer words than this: longer lines are the items' own work ("sourcing produce from local suppliers"). */
const maxAverageWords = 4
/** No part is longer than this. */
const maxPartWords = 6

/** A list item's indent and its text, or null for a line that is no list item or not alone on its row. */
function itemOf(row: readonly string[]): { indent: number; text: string } | null {
  let cell: string | null = null
  for (const value of row) {
    if (!hasText(value)) continue
    if (cell !== null) return null
    cell = value
  }
  if (cell === null) return null
  const match = listItem.exec(cell.replace(/\s+$/, ''))
  if (match === null) return null
  return { indent: match[1]!.replace(/\t/g, '    ').length, text: match[2]! }
}

/**
 * The rows of short lists nested under a list item that ends in a colon ("• The log should hold the following:"
 * over "    · Date added", "    · Lead officer", "    · Expected completion date"): the indented lines name the parts
 * of the item above them (the fields of a record it asks for, the topics it covers), not actions of their own, as a
 * careful reader sees from their indent and their few words. Each part must be a list item indented deeper than the
 * item, alone on its row, of at most six words and not a sentence; there must be two or more, averaging under four
 * words. The list ends at the first other line. Returns 0-based rows, in order.
 *
 * @example
 * partListsUnderItems([['• Keep a log with:'], ['    · Date added'], ['    · Lead officer'], ['• Review the log']], 0)
 * // [1, 2]
 */
export function partListsUnderItems(table: readonly (readonly string[])[], bodyStart: number): number[] {
  const rows: number[] = []
  for (let index = Math.max(0, bodyStart); index < table.length; index++) {
    const item = itemOf(table[index]!)
    if (item === null || !item.text.trimEnd().endsWith(':')) continue
    const parts: number[] = []
    let words = 0
    let next = index + 1
    for (; next < table.length; next++) {
      const part = itemOf(table[next]!)
      if (part === null || part.indent <= item.indent) break
      const text = part.text.trim()
      const count = text.split(/\s+/).length
      if (count > maxPartWords || /[.!?;:]$/.test(text)) {
        parts.length = 0
        break
      }
      words += count
      parts.push(next)
    }
    if (parts.length >= minParts && words / parts.length < maxAverageWords) rows.push(...parts)
    // The lines read are not read again: each row is looked at once or twice.
    index = Math.max(index, next - 1)
  }
  return rows
}
