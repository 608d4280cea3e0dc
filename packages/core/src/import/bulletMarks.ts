/**
 * The marks a list item starts with, as a regular-expression character class body: the bullets Word, web pages
 * and PDFs use ("•", "·", "▪", "◦", "‣", "○"), and "*", "–", "-" typed by hand. One list for every reader of
 * bulleted cells, so a mark added for one is read by all.
 *
 * @example
 * new RegExp(`^[${BULLET_MARKS}]\\s`).test('◦ Hold a forum') // true
 */
export const BULLET_MARKS = '•·▪◦‣○*–-'
