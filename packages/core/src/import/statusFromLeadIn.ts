import type { Status } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace } from '../text/cleanCellText'

/** A lead-in clause longer than this many words is prose, not a label for the list below. */
const leadInWords = 8

/** "Key achievements include", "Our accomplishments so far": the list below reports work done. */
const doneWords = /\b(?:achievements|accomplishments|successes)\b/i

/** Words of a plan for the future ("Achievements we hope for", "Planned successes"). */
const future = /\b(?:will|to be|by|hope|aim|aims|planned|next|future|expected|targets?)\b/i

/**
 * Reads the status the last clause of a heading reports for the list below it ("Progress has been achieved …
 * Key achievements include:" → complete): a short closing clause that names achievements, accomplishments or
 * successes, never one about the future. Returns null when it reports none.
 *
 * @example
 * statusFromLeadIn('Progress has been made with partners. Key achievements include')?.state // 'complete'
 * statusFromLeadIn('Achievements we hope for next year include') // null
 */
export function statusFromLeadIn(heading: string): Status | null {
  const text = collapseWhitespace(heading).replace(/:$/, '')
  const sentences = text.split(/[.!?]\s/)
  const last = (sentences[sentences.length - 1] ?? '').trim()
  if (last === '' || last.split(' ').length > leadInWords || future.test(last)) return null
  // The heading's own words stay the status text: "Achieved" is only how the state is read.
  return doneWords.test(last) ? { ...parseStatus('Achieved'), text: last } : null
}
