import type { ListUnderLeadIn } from './listsUnderLeadIns'

/**
 * The three aims of the UK public sector equality duty, as every public body quotes them: "eliminate
 * (unlawful) discrimination …", "advance equality of opportunity …", "foster good relations …", sometimes after
 * "have due regard to the need to".
 */
const dutyAim =
  /^(?:(?:have\s+)?due\s+regard\s+to\s+(?:the\s+need\s+to\s+)?|to\s+)?(?:eliminat(?:e|ing)\s+(?:unlawful\s+)?discrimination|advanc(?:e|ing)\s+equality\s+of\s+opportunity|foster(?:ing)?\s+good\s+relations)/i

/** A law, a statutory duty or regulations named in the lead-in. */
const lawWords = /\b(?:act|duty|duties|regulations?|legislation|law|statute|statutory)\b/i
/** What the law asks of the bodies it binds: the list below is its requirements, not the plan's. */
const requireWords =
  /\b(?:requires?|required|requirements?|duty\s+to|duties\s+to|due\s+regard|obliged|obligations?)\b/i
/** The plan's own voice: a lead-in saying what "we" will do introduces the plan's own list. */
const firstPerson = /\b(?:we|our|us)\b/i

/**
 * True when a list quotes the duties a law sets rather than the plan's own actions: under a lead-in that says
 * what a law, a duty or regulations require of public bodies ("The Public Sector Equality Duty requires public
 * bodies to:", "The specific duty regulations require public bodies to:", "… have due regard to the need to:"),
 * or holding two or more of the general equality duty's three aims ("Eliminate unlawful discrimination …",
 * "Advance equality of opportunity …", "Foster good relations …"), as the equality objectives pages of
 * councils, schools, police forces, NHS trusts and universities quote them before their own objectives. A
 * lead-in in the plan's own voice ("In line with the Equality Act we will:") does not make its list quoted.
 *
 * @example
 * isQuotedDutyList({ leadRow: 0, lead: 'The Equality Act requires public bodies to:', rows: [1], items: ['Publish data yearly'] }) // true
 * isQuotedDutyList({ leadRow: 0, lead: 'Under the Equality Act we will:', rows: [1], items: ['Publish data yearly'] }) // false
 */
export function isQuotedDutyList(list: ListUnderLeadIn): boolean {
  if (list.items.filter((item) => dutyAim.test(item)).length >= 2) return true
  const lead = list.lead
  return /[:;]\s*-?$/.test(lead) && lawWords.test(lead) && requireWords.test(lead) && !firstPerson.test(lead)
}
