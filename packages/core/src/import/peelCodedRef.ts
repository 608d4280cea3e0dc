import type { PeeledRef } from './peelRef'

// "AFI 1 - ", "REC 12: ", "KLOE 3 – ": a code of two to five capitals, a space, the item's number, then a dash or a
// colon before the text. The space may be left out, as councils' operational plans code their projects by focus
// area ("MS1.1.1 - ", "HC2.4.1 - "). Every part is bounded and anchored at the start, so a long cell fails fast.
const codedRef =
  /^([A-Z]{2,5}\s{0,3}\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)(?:\s{1,4}[–—-]\s{1,4}|\s{0,3}:\s{1,4})(?=\S)/

/**
 * Peels a coded ref typed at the start of a cell: an inspection's "AFI 1 - The service should …" (Area For
 * Improvement 1) or "REC 4: …" keeps its code in the ref ("AFI 1"). Only a dash or a colon after the number
 * ends such a ref, so a name with a number in it ("NHS 111 service") is left whole. A council's operational-plan
 * project code written against its number ("PC2.1.1 - City rebrand": focus area PC, item 2.1.1) is one too.
 * Null when the cell does not open with one.
 *
 * @example
 * peelCodedRef('AFI 2 - Quality assure prevention work') // { ref: 'AFI 2', rest: 'Quality assure prevention work' }
 * peelCodedRef('NHS 111 service review') // null
 */
export function peelCodedRef(text: string): PeeledRef | null {
  const match = codedRef.exec(text)
  if (match === null) return null
  const rest = text.slice(match[0].length).trim()
  return rest === '' ? null : { ref: match[1]!.replace(/\s+/, ' '), rest }
}
