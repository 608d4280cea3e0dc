import type { Status } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace } from '../text/cleanCellText'

/** "we have seen", "has already introduced", "we've made", "we’ve fixed": the list below reports what is done. */
const done =
  /\b(?:have|has|['’]ve)\s{1,3}(?:already\s{1,3})?(?:seen|made|introduced|completed|achieved|delivered|implemented|done|taken|launched|carried out|put in place|fixed|resolved)\b/i

/** "The issues have been reviewed, prioritised and fixed", "have all been resolved": work reported done, in the
 * passive, after up to four other past participles. Bounded: each word at most 20 letters. */
const doneInPassive =
  /\b(?:have|has)\s{1,3}(?:all\s{1,3})?been\s{1,3}(?:[a-z]{2,20},?\s{1,3}){0,4}(?:fixed|resolved|completed|addressed|implemented|delivered)\b/i

/** "… the University has:", "Since 2022 we have already:": the items below finish the sentence with what was done. */
const doneAuxiliary = /\b(?:has|have|['’]ve)(?:\s{1,3}(?:already|so far|to date))?$/i

/** "Key achievements include", "Our accomplishments so far": a short closing clause naming work done. */
const doneWords = /\b(?:achievements|accomplishments|successes)\b/i

/** "This work has already started and includes", "Work is under way on", "Initiatives already in progress
 * include": the items below are in progress. */
const underWay =
  /\b(?:(?:has|have|is|are)\s{1,3}(?:already\s{1,3})?|already\s{1,3})(?:started|begun|under\s?way|in progress)\b/i

/** A closing clause longer than this many words is prose, not a label for the list below. */
const labelWords = 8

/** Words of what is still to come: such a lead-in introduces plans, whatever it says was done before. */
const future =
  /\b(?:now|will|must|should|next|plans?|planned|aims?|going to|looking|intends?|propose[sd]?|continue|to be|hope|future|expected|targets?)\b/i

/**
 * Reads the state a lead-in above a list reports for its items. Only its last sentence counts (the one that
 * introduces the list), and never one about what comes next ("Building on what has been achieved, we are now
 * looking at:" introduces plans):
 * - a sentence that says what has been done ("In the last year we have seen these changes:"), or that ends on
 *   "has" / "have" for the items to finish ("Since 2022, the University has:" over "Established a team …"),
 *   makes each item complete;
 * - a short closing clause naming achievements ("… Key achievements include:"), or a sentence naming them in
 *   its opening words ("Outlined below are our key achievements to the end of January"), does too, keeping its
 *   own words as the status text;
 * - a sentence that says the work has started ("This work has already started and includes:") makes each item in
 *   progress.
 * Returns null otherwise.
 *
 * @example
 * statusFromLeadIn('This year we have made these changes')?.state // 'complete'
 * statusFromLeadIn('Progress has been made with partners. Key achievements include')?.state // 'complete'
 * statusFromLeadIn('This work has already started and includes')?.state // 'in-progress'
 * statusFromLeadIn('Projects already under way this year include')?.state // 'in-progress'
 * statusFromLeadIn('We are now looking at the following areas') // null
 */
export function statusFromLeadIn(leadIn: string): Status | null {
  const text = collapseWhitespace(leadIn).replace(/:$/, '')
  const last = (text.split(/[.!?]\s/).at(-1) ?? '').trim().slice(0, 400)
  if (last === '' || future.test(last)) return null
  if (done.test(last) || doneAuxiliary.test(last) || doneInPassive.test(last)) return parseStatus('Complete')
  // "Outlined below are our key achievements (to the end of January 2023) following …": the achievements named
  // in the sentence's opening words, whatever follows.
  const opening = last.split(' ').slice(0, labelWords).join(' ')
  if (doneWords.test(opening)) return { ...parseStatus('Achieved'), text: last }
  if (underWay.test(last)) return parseStatus('In progress')
  return null
}
