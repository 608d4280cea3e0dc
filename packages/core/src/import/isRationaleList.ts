import type { ListUnderLeadIn } from './listsUnderLeadIns'

/** "Why have we chosen this objective?", "Why this matters:", "Rationale", "Background", "The evidence". */
const reasonLabel =
  /^(?:why\b[^:?]{0,120}[:?]?|(?:the\s+)?(?:rationale|background|context|evidence|reasons?)(?:\s+for\s+[^:?]{0,80})?:?)$/i
/** Who judged the work: an award panel, assessors, reviewers or inspectors. */
const assessor = /\b(?:panel|assessors?|reviewers?|inspectors?|inspection|feedback)\b/i
/** What they found: strengths, or areas for development or improvement. */
const finding = /\b(?:strengths?|areas?\s+(?:for|of|needing)\s+(?:development|improvement)|weaknesses)\b/i

/**
 * True when a list gives reasons or findings rather than work to do: under a label asking or naming why ("Why
 * have we chosen this objective:", "Rationale", "Background", "Evidence"), as school equality objectives and
 * strategy pages set out the data behind each objective; or under a lead-in reporting what an award panel, assessors
 * or inspectors found ("The panel found these strengths:", "The reviewers named areas for development:"), as charter
 * award and inspection pages quote their feedback above the plan's own priorities.
 *
 * @example
 * isRationaleList({ leadRow: 0, lead: 'Why we chose this objective:', rows: [1], items: ['Few girls take physics'] }) // true
 * isRationaleList({ leadRow: 0, lead: 'We will:', rows: [1], items: ['Run a physics club'] }) // false
 */
export function isRationaleList(list: ListUnderLeadIn): boolean {
  const lead = list.lead
  if (lead.length <= 160 && reasonLabel.test(lead.trim())) return true
  return lead.length <= 300 && assessor.test(lead) && finding.test(lead)
}

/**
 * True when a lone line asks or names why ("Why have we chosen this objective?", "Rationale:", "Background"): the
 * label of the reasons below it, which a careful reader skips with them.
 *
 * @example
 * isReasonLabel('Why did we pick this objective?') // true
 * isReasonLabel('Why not run a forum each term, as staff asked, and report to the board') // false
 */
export function isReasonLabel(line: string): boolean {
  const text = line.trim()
  return text.length <= 160 && reasonLabel.test(text)
}
