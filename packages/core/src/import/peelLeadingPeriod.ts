import { parseTargetDate } from '../dates/parseTargetDate'

/** "June 2020: ", "Q3 2024: ", "By March 2031: ": a short lead of at most four words before a colon. */
const lead = /^((?:[^\s:]{1,15} ){0,3}[^\s:]{1,15}):\s{1,3}(?=\S)/
/** The work after the period has at least this many words: "June 2020: Launch" is a dated label, not an action. */
const minWords = 3

/**
 * The period an action cell opens with before a colon, and the work after it: "June 2020: Cabinet paper -
 * Framework to accelerate progress" is the work "Cabinet paper - Framework …" due in June 2020, as government
 * progress reports and project plans write planned milestones ("Q3 2024: Launch the mentoring scheme", "By March
 * 2031: Publish the review"). The lead must read wholly as a date (a due date or a range the date parser reads
 * with confidence), name its year, and be followed by three words or more. Returns null for any other text, so a
 * label ("Action 2: …", "Phase 1: …") or a sentence keeps its words.
 *
 * @example
 * peelLeadingPeriod('June 2020: Cabinet paper - Framework for accessibility') // { period: 'June 2020', rest: 'Cabinet paper - Framework for accessibility' }
 * peelLeadingPeriod('Phase 1: Map the training needs') // null
 */
export function peelLeadingPeriod(text: string): { period: string; rest: string } | null {
  const match = lead.exec(text)
  if (match === null || !/\b(?:19|20)\d{2}\b/.test(match[1]!)) return null
  const rest = text.slice(match[0].length)
  if (rest.split(/\s+/, minWords).length < minWords) return null
  const date = parseTargetDate(match[1]!, { referenceDate: '2000-01-01' })
  const dated = (date.kind === 'due' || date.kind === 'range') && date.due !== null && date.confidence >= 0.5
  return dated ? { period: match[1]!, rest } : null
}
