import { parseStatus } from '../status/parseStatus'

/** One to three words, then a colon: "In progress:", "Complete:", "Not yet started:". Bounded, so it cannot backtrack. */
const lead = /^([A-Z][a-z]{1,15}(?: [a-z]{1,15}){0,2}):\s/

/**
 * The status word a list item opens with in place of its date, in a timeline of dated items: a programme's
 * milestones ("- In progress: Consultation with stakeholders …" above "- 30 June 2023: Completion of …"), a
 * project page's phases ("Complete: Survey of members"). The lead is the item's status and, as a period
 * opening an item is, no part of its title. Returns the lead, or null when the item does not open with a
 * status word and a colon.
 *
 * @example
 * statusLead('In progress: Consultation with stakeholders') // 'In progress'
 * statusLead('Consultation: with stakeholders') // null
 */
export function statusLead(text: string): string | null {
  const match = lead.exec(text)
  if (match === null) return null
  return parseStatus(match[1]!).state === 'unknown' ? null : match[1]!
}
