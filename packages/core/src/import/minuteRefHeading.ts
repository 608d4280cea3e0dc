import { peelRef } from './peelRef'

/**
 * "2031/04 – 12 Shed roof": a minute cited by the meeting it was raised at (year and meeting number) and its place
 * there, as clubs' and societies' minutes carry their open items forward. Anchored, bounded runs: linear.
 */
const minuteNumber = /^(\d{2,4}\/\d{1,3}\s{0,2}[–—-]\s{0,2}\d{1,3})\s{1,3}(?=\p{L})/u

/** "b) Fire Doors", "iv) Gate", "ii. Rollers": a sub-item's letter or roman numeral and its bracket or dot, then its
 * name (which may open with a digit). */
const letteredItem = /^([a-z]|[ivx]{2,4})[.)]\s{1,3}(?=[\p{Lu}\d])/u

/** A heading names its item in a few words; a longer line is the discussion. */
const maxHeadingWords = 10

/**
 * The ref of a short heading that opens with a minute's or a sub-item's number and names its item ("2031/04 – 12
 * Shed roof" → "2031/04 – 12", "b) Entrance gate" → "b"), as minutes head the items their action lines answer;
 * null for any other line: a sentence (a full stop at its end, or more than ten words after the number), or a
 * line that gives work to someone ("b) Sam to paint the gate").
 *
 * @example
 * minuteRefHeading('2031/04 – 12 Shed roof') // '2031/04 – 12'
 * minuteRefHeading('b) Entrance gate') // 'b'
 * minuteRefHeading('c) 2nd mower') // 'c'
 * minuteRefHeading('iv) Playing field') // 'iv'
 * minuteRefHeading('b) Sam to paint the gate.') // null
 */
export function minuteRefHeading(text: string): string | null {
  if (text.length > 120 || /[.!?:]$/.test(text)) return null
  const minute = minuteNumber.exec(text) ?? letteredItem.exec(text)
  const peeled = minute === null ? peelRef(text) : { ref: minute[1]!, rest: text.slice(minute[0].length) }
  if (peeled === null) return null
  const words = peeled.rest.split(/\s+/)
  if (words.length > maxHeadingWords || words.some((word) => /^(?:to|will)$/i.test(word))) return null
  return peeled.ref
}
