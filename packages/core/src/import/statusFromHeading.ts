import type { Status } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace } from '../text/cleanCellText'

/** A heading longer than this many words is a paragraph, not a heading that reports a state. */
const headingWords = 16

/** Words of a plan for the future ("Actions to be completed by 2026"): such a heading reports nothing done. */
const future = /\b(?:to|will|by|until|must|should|shall|aims?|planned|plans?|next|future)\b/i

/** "Complete the skills audit", "Complete list of actions": a verb or an adjective, not a state. */
const imperative = /^complete\s/i

/** "What are we doing?", "What we are doing now", "What we're working on": the work under way, asked or stated. */
const doingNow = /^what\s(?:are\swe|we\sare|we['’]re)\s(?:doing|working\son)(?:\snow|\sright\snow)?\s?[?:]?$/i

/** "Current projects", "Live programmes", "Active workstreams": the projects under way now, as a dashboard heads them. */
const currentWork =
  /^(?:current|live|active)\s(?:projects?|programmes?|programs?|initiatives?|workstreams?|work\sstreams?)$/i

/** "New actions", "Open and new actions:", "New action items": minutes listing the actions agreed at this meeting, none yet
 * begun. */
const newActions = /^(?:open\s(?:and|&)\s)?new\s(?:actions?|action\sitems?)\s?[:.]?$/i

/** The states a heading reports for a whole list: done, dropped, paused, or under way ("In-progress tasks"). */
const headingStates: ReadonlySet<Status['state']> = new Set([
  'complete',
  'cancelled',
  'on-hold',
  'in-progress',
  // "Ongoing": work that goes on, as a department's page heads its running initiatives.
  'ongoing',
])

/**
 * Reads the status a heading reports for every action under it ("Year 1 Goals Complete", "Completed actions",
 * "Actions on hold", "Major in-progress tasks and goals", "Current projects" over the projects under way, minutes'
 * "New actions" over the actions just agreed, not started): only the states a heading can report of a whole list —
 * complete, cancelled, on hold, in progress — and never
 * from a heading about the future ("Actions to be completed by 2026"). Returns null when the heading reports
 * none.
 *
 * @example
 * statusFromHeading('Year 1 Goals Complete')?.state // 'complete'
 * statusFromHeading('Actions to be completed in year 2') // null
 */
export function statusFromHeading(heading: string): Status | null {
  const text = collapseWhitespace(heading)
  // "What are we doing?", "What we're working on": a tracker asking what is under way now, over the current work.
  if (doingNow.test(text) || currentWork.test(text)) return { ...parseStatus('In progress'), text }
  // "New actions": agreed at the meeting the minutes record, so not started yet.
  if (newActions.test(text)) return { ...parseStatus('Not started'), text }
  if (text === '' || text.split(' ').length > headingWords || future.test(text) || imperative.test(text))
    return null
  const status = parseStatus(text)
  return headingStates.has(status.state) ? status : null
}
