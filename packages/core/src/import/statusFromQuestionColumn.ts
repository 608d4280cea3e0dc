import { parseTargetDate } from '../dates/parseTargetDate'
import type { Status } from '../model/status'
import { doneParticiples } from './statusFromPerfectPassive'

/**
 * A header that records when the work was done: "Completed", "Date completed", "Completed on", "Done?". Its cells
 * are the actions' status, not their target.
 */
export const completedHeader = /^(?:date\s)?(?:completed|achieved|done)(?:\s(?:on|date))?\s?\??$/

/**
 * A header asking with yes or no whether the action was done: "Delivered Yes/No", "Delivered? Yes/No",
 * "Completed (Y/N)", "Implemented Y/N", or the question alone ("Achieved?", "Done?"). Tested on the header in lower
 * case with "/" and "_" as spaces, as column headers are scored. Anchored, each part a literal: linear.
 */
export const yesNoDoneHeader =
  /^(?:delivered|completed?|done|achieved|met|implemented)\s?(?:\?|\??\s?\(?\s?(?:yes no|y n)\s?\)?)$/

/**
 * A header that asks whether the action is done, with no other word: "Complete", "Completed", "Done", "Complete?",
 * "is_complete". Tested in lower case with "_", "-" and "?" as spaces. Anchored, each part a literal: linear.
 */
const flagHeader = /^(?:is |has )?(?:complete|completed|done|finished)$/

/**
 * A header that asks whether the deliverable was accepted, as a reviewer's sign-off table heads its checkbox column:
 * "Accepted", "Accepted?", "Signed off" (never "Approved", whose cells may say by whom). Tested in lower case with "_", "-" and "?" as spaces, as
 * column headers are scored. Anchored, each part a literal: linear.
 */
export const acceptedHeader = /^(?:accepted|signed off)\s?\??$/

/**
 * A header that asks whether the item is still open, in lower case with "/" as a space: "open or closed", "open
 * closed", "open or closedb" (a footnote letter printed as a superscript, flattened onto the word). Anchored: linear.
 */
export const openClosedHeader = /^open (?:or )?closed[a-f]?$/

/** "true", "TRUE", "yes", "y", "✓", "✔", "☑", "[x]": a set flag or a ticked box. */
const setFlag = /^(?:true|yes|y|✓|✔|☑|\[x\])$/i

// A record that opens with what was done: "Presented and approved by …", "Approved in January 2015".
const firstWords = /^([a-z]{2,20})(?:\s{1,3}and\s{1,3}([a-z]{2,20}))?\b/i
const presented = new Set(['presented', 'reported', 'submitted'])

/** A header as each question is tested: in lower case, its separators as spaces, collapsed. */
function headerKey(header: string, length: number, separators: RegExp): string {
  return header.slice(0, length).toLowerCase().replace(separators, ' ').replace(/\s+/g, ' ').trim()
}

/**
 * The questions a status column's header may ask, one a row, tried in this order: the header (as `key` puts it),
 * the answer in the cell that settles it, and the state that answer gives. Every other answer says nothing of how
 * far the work got ("No", "false", "Closed" is read by the status words already), so any other reading stands.
 */
const questions: readonly {
  /** What the header asks, as a reader would put it. */
  readonly asks: string
  readonly key: (header: string) => string
  readonly header: RegExp
  readonly answers: (text: string) => boolean
  readonly state: Status['state']
}[] = [
  {
    // "Achieved?" over "Yearly", "Date completed" over "Each May": the work is done again every period, so it goes on.
    asks: 'when was it done, every period',
    key: (header) => header.trim().toLowerCase(),
    header: completedHeader,
    answers: recursEachPeriod,
    state: 'ongoing',
  },
  {
    // "Completed" over "15/10/2015", "February 2015", "Presented and approved by Cabinet on 5/11/2015".
    asks: 'when was it done',
    key: (header) => header.trim().toLowerCase(),
    header: completedHeader,
    answers: (text) => text !== '' && text.length <= 200 && (datesWork(text) || opensWithDone(text)),
    state: 'complete',
  },
  {
    // "Delivered Yes/No" over "Yes", as The National Archives' assessment action plans record each action.
    asks: 'was it done, yes or no',
    key: (header) => headerKey(header, 80, /[_/]+/g),
    header: yesNoDoneHeader,
    answers: (text) => /^\s{0,3}(?:yes|y)\.?\s{0,3}$/i.test(text),
    state: 'complete',
  },
  {
    // "complete" over "true": a plan kept as data (YAML front matter, a spreadsheet's checkbox column).
    asks: 'is it done',
    key: (header) => headerKey(header, 40, /[_?-]+/g),
    header: flagHeader,
    answers: (text) => text.length <= 5 && setFlag.test(text.trim()),
    state: 'complete',
  },
  {
    // "Accepted" over "[x]": a reviewer ticked the deliverable off, so it was delivered.
    asks: 'was it accepted',
    key: (header) => headerKey(header, 40, /[_-]+/g),
    header: acceptedHeader,
    answers: (text) => text.length <= 5 && setFlag.test(text.trim()),
    state: 'complete',
  },
  {
    // "Accepted" over "[ ]": the deliverable was handed in and awaits the reviewer's sign-off, or needs more work.
    asks: 'was it accepted, not yet',
    key: (header) => headerKey(header, 40, /[_-]+/g),
    header: acceptedHeader,
    answers: (text) => /^\s{0,3}\[\s{0,3}\]\s{0,3}$/.test(text),
    state: 'in-progress',
  },
  {
    // "Open or Closed" over "Open", as an audit's follow-up table asks it: the agreed action is being carried out.
    asks: 'is it still open',
    key: (header) => headerKey(header, 40, /[\s/]+/g),
    header: openClosedHeader,
    answers: (text) => text.trim().toLowerCase() === 'open',
    state: 'in-progress',
  },
]

/**
 * A status column whose header asks a question about the work, its cells the answers: "Completed" over a date or
 * a line saying what was done (over "Yearly" or "Each May", done every period: ongoing), "Delivered Yes/No" over "Yes", "complete" over "true" or a ticked box, "Accepted"
 * over a ticked box (each complete), "Accepted" over an open box (handed in, not yet signed off: in progress), "Open or Closed" over "Open" (in progress). The first question the header asks (see the table above)
 * decides; a status already read, another header or another answer is left as it is, the cell's text kept as the
 * status note when it answers.
 *
 * @example
 * statusFromQuestionColumn('Date completed', '15/10/2015', parseStatus('15/10/2015')).state // 'complete'
 * statusFromQuestionColumn('Delivered Yes/No', 'Yes', parseStatus('Yes')).state // 'complete'
 * statusFromQuestionColumn('Open or Closed', 'Open', parseStatus('Open')).state // 'in-progress'
 */
export function statusFromQuestionColumn(header: string, text: string, status: Status): Status {
  if (status.state !== 'unknown') return status
  for (const question of questions)
    if (question.header.test(question.key(header)) && question.answers(text))
      return { ...status, state: question.state, text }
  return status
}

/** A recurrence of four words or fewer ("Yearly", "Each May", "Every term"): the work is done each period. */
function recursEachPeriod(text: string): boolean {
  return (
    text.length <= 40 && text.trim().split(/\s+/).length <= 4 && parseTargetDate(text).kind === 'recurring'
  )
}

/** A date of six words or fewer ("15/10/2015", "February 2015"): when the work was done. */
function datesWork(text: string): boolean {
  const date = parseTargetDate(text)
  return date.kind !== 'unknown' && date.confidence >= 0.5 && text.split(/\s+/).length <= 6
}

function opensWithDone(text: string): boolean {
  const match = firstWords.exec(text)
  if (match === null) return false
  return [match[1], match[2]].some((word) => {
    const lower = word?.toLowerCase() ?? ''
    return doneParticiples.has(lower) || presented.has(lower)
  })
}
