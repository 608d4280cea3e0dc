import type { PeeledRef } from './peelRef'

// "2.14The Board will …", "4.3Ensure …": an outline number of two to four parts run into a capitalised word of
// lowercase letters, as a report's numbered paragraphs lose the space after their number when copied out of a
// page. Bounded and anchored at the start, so a long cell fails fast.
const gluedNumber = /^(\d{1,3}(?:\.\d{1,3}){1,3})(?=[A-Z][a-z]{1,30}[\s,;:])/

/**
 * Peels a paragraph number glued to its first word from the start of a cell ("3.12The Council should …"): the
 * ref is the number, the rest the paragraph. The number needs a dotted part (a bare "3Ways" is a name) and the
 * rest at least four words, so a figure run into its unit ("2.5Mbps") before a short label is left whole.
 * Null when the cell does not open with one.
 *
 * @example
 * peelGluedParagraphNumber('3.12The Council should publish its register') // { ref: '3.12', rest: 'The Council should publish its register' }
 * peelGluedParagraphNumber('2.5Mbps lines') // null
 */
export function peelGluedParagraphNumber(text: string): PeeledRef | null {
  const match = gluedNumber.exec(text)
  if (match === null) return null
  const rest = text.slice(match[0].length).trim()
  return wordCountAtLeast(rest, 4) ? { ref: match[1]!, rest } : null
}

/** Whether `text` holds at least `count` space-separated words, reading no further than needed. */
function wordCountAtLeast(text: string, count: number): boolean {
  let words = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32
    if (!space && !inWord && ++words >= count) return true
    inWord = !space
  }
  return false
}
