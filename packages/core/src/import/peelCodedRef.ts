import { peelJoinedCodeRef } from './peelJoinedCodeRef'
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
  const fromMeeting = peelMeetingCode(text)
  if (fromMeeting !== null) return fromMeeting
  const slashed = slashedCode.exec(text)
  if (slashed !== null) {
    const rest = text.slice(slashed[0].length).trim()
    return rest === '' ? null : { ref: slashed[1]!, rest }
  }
  const match = codedRef.exec(text)
  if (match === null) return peelLabelledCode(text) ?? peelJoinedCodeRef(text)
  const rest = text.slice(match[0].length).trim()
  return rest === '' ? null : { ref: match[1]!.replace(/\s+/, ' '), rest }
}

// "C/14/2031: ask …", "AP/3/2031 - …": a senate's resolution or a board's minute numbered by its body's letters, its
// number and its year, joined by slashes, then a colon or a dash. Bounded and anchored.
const slashedCode = /^([A-Z]{1,4}\/\d{1,4}\/\d{2,4})(?:\s{1,4}[–—-]\s{1,4}|\s{0,3}:\s{1,4})(?=\S)/

// "AC2 – Meeting 3: …": a coded action point, a dash, then the meeting that set it, before a colon. Bounded and
// anchored, so a long cell fails fast.
const meetingCode =
  /^([A-Z]{1,5}\s{0,3}\d{1,3}[a-z]?\s{1,3}[–—-]\s{1,3}(?:[Mm]eeting|MEETING|[Mm]tg)\.?\s{1,3}\d{1,4})\s{0,3}:\s{1,4}(?=\S)/

/**
 * A committee's update on carried action points, each named by its code and the meeting that set it ("AP4 – Meeting
 * 7: the quotes are still awaited"): the code alone repeats from meeting to meeting, so the ref keeps both, up to the
 * colon.
 */
function peelMeetingCode(text: string): PeeledRef | null {
  const match = meetingCode.exec(text)
  if (match === null) return null
  const rest = text.slice(match[0].length).trim()
  return rest === '' ? null : { ref: match[1]!.replace(/\s+/g, ' '), rest }
}

// "Action HB1.1 (by Housing Group): …", "Aim HB1 : …", "Objective EQ2.3: …": an item word, then a code of two or three
// capitals run into its number. Bounded and anchored, so a long cell fails fast.
const labelledCode =
  /^([A-Za-z]{3,10})\s{1,3}([A-Z]{2,3}\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)(?:\s{0,3}[.:)]\s{1,4}|\s{1,4}[–—-]\s{1,4}|\s{1,4})(?=\S)/

/** The item words that may stand before a code: those {@link peelRef} reads before a plain number. */
const itemWords: ReadonlySet<string> = new Set([
  'action',
  'objective',
  'priority',
  'project',
  'principle',
  'item',
  'goal',
  'aim',
  'commitment',
])

/**
 * A parish or neighbourhood plan's "Action HB1.1 (by Housing Group): begin …" under "Aim HB1 : To conserve …": an
 * item word before a code whose letters name the plan's theme (HB: Housing/Building), as "Action P1.1" names it with
 * one letter. The ref is the code; the text after it, owner bracket and all, is the rest.
 */
function peelLabelledCode(text: string): PeeledRef | null {
  const match = labelledCode.exec(text)
  if (match === null || !itemWords.has(match[1]!.toLowerCase())) return null
  const rest = text.slice(match[0].length).trim()
  return rest === '' ? null : { ref: match[2]!, rest }
}
