/**
 * The marks a list item starts with, as a regular-expression character class body: the bullets Word, web pages
 * and PDFs use ("•", "·", "▪", "◦", "‣", "○"), and "*", "–", "-" typed by hand. One list for every reader of
 * bulleted cells, so a mark added for one is read by all.
 *
 * @example
 * new RegExp(`^[${BULLET_MARKS}]\\s`).test('◦ Hold a forum') // true
 */
export const BULLET_MARKS = '•·▪◦‣○*–-'

/**
 * A list item's bullet and the spaces after it, at the very start of a line's text: what the readers of bulleted
 * pages strip before reading the item.
 *
 * @example
 * BULLET_LEAD.exec('- Book the room')?.[0] // '- '
 */
export const BULLET_LEAD = new RegExp(`^[${BULLET_MARKS}]\\s{1,4}`)

/**
 * Leading spaces and tabs of a raw cell: how deep a Markdown bullet sits under the one above it.
 *
 * @example
 * indentOf('    - a note on the item above') // 4
 */
export function indentOf(cell: string): number {
  let n = 0
  while (n < cell.length && (cell[n] === ' ' || cell[n] === '\t')) n++
  return n
}
