import type { ListUnderLeadIn } from './listsUnderLeadIns'
import { statusFromLeadIn } from './statusFromLeadIn'

/** A lead-in longer than this is a paragraph, not read here. */
const maxLeadLength = 300

/**
 * "Our success measures by 2026 are:", "The key performance indicators will be:", "There are many reasons staff
 * stay, including:": a lead-in naming its list as measures, outcomes, indicators, reasons or benefits. The noun is
 * followed, within a clause, by the verb that opens the list. Bounded runs, anchored at the end.
 */
const namedAsMeasures =
  /\b(?:success\s+(?:measures?|criteria|indicators?)|measures?\s+of\s+success|kpis?|key\s+performance\s+indicators?|performance\s+indicators?|metrics?|outcomes?|reasons?|benefits?|principles|values)\b[^:.;]{0,160}?\b(?:are|include|includes|including|will\s+be)\s{0,3}:$/i

/**
 * "These priorities are:", "Those include:": a lead-in pointing back at something the page has already named, whose
 * list spells it out. Not when the noun is the work itself ("These actions are:").
 */
const pointsBack =
  /^(?:these|those|the\s+above|such)(?:\s+[a-z’'-]{1,30}){0,3}?\s+(?:are|include|includes)\s{0,3}:$/i
/** The work itself, named by a lead-in pointing back at it ("These actions are:"): a list of actions. */
const workNoun = /\b(?:actions?|steps?|tasks?|activities|commitments?|deliverables?|recommendations?)\b/i

/**
 * "… a curriculum which:", "… staff who:": a relative clause, whose items say what the thing named is like, not
 * what to do.
 */
const relativeClause = /\b(?:which|who|whose)\s{0,3}:$/i

/**
 * "These objectives were developed through activities including:", "The plan was informed by:": how the plan was
 * made (the evidence and the consultation behind it), not work it sets.
 */
const howPlanWasMade =
  /\b(?:was|were|has\s+been|have\s+been)\s+(?:developed|informed|shaped|derived|drawn\s+up|prepared|written|produced|identified)\s+(?:through|by|from|using|with|after|following|in\s+consultation|based\s+on)\b[^:]{0,120}:$/i

/**
 * "Among the duties of the steering group:", "The remit of the panel:": what a committee, group or task force is
 * charged with (its terms of reference), describing the body rather than setting the plan's work. Bounded, anchored at
 * the end.
 */
const namesRemit =
  /\b(?:duties|remit|charge|terms\s+of\s+reference)\s+of\s+(?:the|this|our|each)\s[^:.;]{0,80}:$/i

/** "… to address our main challenges:", "The survey showed these gaps:": the problems the plan addresses, not its work. */
const namesProblems = /\b(?:challenges|barriers|problems|gaps|issues)\s{0,3}:$/i

/**
 * True when a list's lead-in says the list describes the plan rather than sets its work: its success measures,
 * outcomes, KPIs, metrics, reasons or principles ("Our success measures by 2026 are:", "There are many reasons people stay,
 * including:"); something already named, spelled out ("These priorities are:"); the qualities of a thing, in a
 * relative clause ("… a curriculum which:"); the challenges or gaps it addresses ("… to address our main
 * challenges:"); how the plan was made ("These objectives were developed through:"); or the remit of a body
 * ("Among the duties of the steering group:").
 * Equality objectives pages, EDI strategy pages and people strategies set such lists between their objectives and
 * the work that serves them; a careful reader skips them. A lead-in promising work ("We will:", "by:") is none of
 * these, nor is a list of problems its lead-in says were fixed or are being worked on ("Since the audit we’ve fixed
 * these issues:").
 *
 * @example
 * isDescriptiveList({ leadRow: 0, lead: 'Our measures of success by 2027 are:', heading: null, rows: [1], items: ['More women in senior posts'] }) // true
 * isDescriptiveList({ leadRow: 0, lead: 'We will:', heading: null, rows: [1], items: ['Run a mentoring scheme'] }) // false
 */
export function isDescriptiveList(list: ListUnderLeadIn): boolean {
  const lead = list.lead.trim()
  if (lead.length > maxLeadLength || !lead.endsWith(':')) return false
  if (
    namedAsMeasures.test(lead) ||
    relativeClause.test(lead) ||
    howPlanWasMade.test(lead) ||
    namesRemit.test(lead)
  )
    return true
  // "… we’ve fixed several issues:", "These problems are being worked on:": problems the page reports as work.
  if (namesProblems.test(lead)) return statusFromLeadIn(lead) === null
  return pointsBack.test(lead) && !workNoun.test(lead)
}
