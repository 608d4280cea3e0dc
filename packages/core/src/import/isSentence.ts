/**
 * A web address in brackets closing a line ("… build pods. (https://example.org/pull/12)"): the link a note adds
 * after its sentence, not part of it. Anchored at the end, with no space or bracket inside, so it cannot backtrack.
 */
const closingLink = /\s\((?:https?:\/\/|www\.)[^\s()]{1,2000}\)$/i

/**
 * True when a cell reads as a sentence rather than a label or heading: six words or more ending in `.`, `!` or
 * `?`, or twelve words or more. A web address in brackets after the sentence is left out, so "Cap the memory of
 * the build pods. (https://…)" still ends in its full stop. In a one-column list without numbers or bullets, sentences are the actions and
 * the short lines between them are headings ("KE Policy and Processes").
 *
 * @example
 * isSentence('To review existing policies and develop guidance.') // true
 * isSentence('KE Policy and Processes') // false
 */
export function isSentence(text: string): boolean {
  const trimmed = text.trim().replace(closingLink, '')
  if (trimmed === '' || trimmed.endsWith(':')) return false
  const words = trimmed.split(/\s+/).length
  return words >= 12 || (words >= 6 && /[.!?]["'”’]?$/.test(trimmed))
}
