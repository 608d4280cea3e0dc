/**
 * True when a cell reads as a sentence rather than a label or heading: six words or more ending in `.`, `!` or
 * `?`, or twelve words or more. In a one-column list without numbers or bullets, sentences are the actions and
 * the short lines between them are headings ("KE Policy and Processes").
 *
 * @example
 * isSentence('To review existing policies and develop guidance.') // true
 * isSentence('KE Policy and Processes') // false
 */
export function isSentence(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed === '' || trimmed.endsWith(':')) return false
  const words = trimmed.split(/\s+/).length
  return words >= 12 || (words >= 6 && /[.!?]["'”’]?$/.test(trimmed))
}
