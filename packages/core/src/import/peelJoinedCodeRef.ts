import type { PeeledRef } from './peelRef'

// "OP3-01.01 ", "KPI-2.1 ", "ENV-03 – ", "A.1.2 ": a code whose letters are joined to its number by a hyphen or a
// dot, then the text, opening with a capital. A hyphened code needs a number before the hyphen ("OP3-01"), a dotted
// number after it ("KPI-2.1") or a leading zero ("ENV-03"), so a name such as "COVID-19 Recovery Group" is left
// whole; a dotted code takes one letter and a number of one or two digits ("A.1.2"), so "S.106 Agreements" is too.
// Every part is bounded and anchored at the start, so a long cell fails fast.
const joinedCode =
  /^([A-Z]{1,5}\d{1,3}-\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z]{1,5}-(?:\d{1,3}(?:\.\d{1,3}){1,3}|0\d{1,2})|[A-Z]\.\d{1,2}(?:\.\d{1,3}){0,3})(?:\s{1,4}[–—-]\s{1,4}|\s{0,3}:\s{1,4}|\s{1,4})(?=[A-Z])/

/**
 * Peels a code joined to its number by a hyphen or a dot from the start of a cell: a council's operational-plan
 * action coded under its delivery-programme strategy ("OP3-01.01 Work with event organisers …"), a strategy's
 * coded measures ("KPI-2.1 Raise …", "ENV-03 Plant …") and an outline's lettered items ("A.1.2 Deliver …"). The
 * ref keeps the code as printed; the rest is the action. Null when the cell does not open with one.
 *
 * @example
 * peelJoinedCodeRef('OP3-01.02 Implement the heritage trail') // { ref: 'OP3-01.02', rest: 'Implement the heritage trail' }
 * peelJoinedCodeRef('COVID-19 Recovery Group to meet monthly') // null
 */
export function peelJoinedCodeRef(text: string): PeeledRef | null {
  const match = joinedCode.exec(text)
  if (match === null) return null
  const rest = text.slice(match[0].length).trim()
  return rest === '' ? null : { ref: match[1]!, rest }
}
