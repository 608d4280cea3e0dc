import type { Status } from '../model/status'

// "cannot be carried forward", "will not be taken forward", "not going ahead": the work will not happen. Bounded
// gaps only, so it cannot backtrack without bound.
const wontGoAhead =
  /\b(?:(?:cannot|can\s?not|will\s{1,3}not|won['’]t)\s{1,3}be\s{1,3}(?:carried|taken)\s{1,3}forward|not\s{1,3}(?:being\s{1,3})?(?:carried|taken)\s{1,3}forward|(?:not|no\s{1,3}longer)\s{1,3}going\s{1,3}ahead)\b/i
// "The awards event was held on 7th October", "took place in May": a report that the event happened.
const heldInPast =
  /\b(?:(?:was|were)\s{1,3}(?:held|launched|published|delivered|completed|introduced)|took\s{1,3}place)\b/i
const negated =
  /\b(?:not|never|no)\s{1,3}(?:(?:was|were)\s{1,3})?(?:held|launched|published|delivered|completed|introduced|took)\b/i
// "Neither fair was held", "nor was the report published": negated by a "neither" or "nor" earlier in the clause.
// The gap is bounded and stops at a clause break, so it cannot backtrack without bound.
const negatedByNeither =
  /\b(?:neither|nor)\b[^.;:,!?()]{0,60}\b(?:held|launched|published|delivered|completed|introduced|took)\b/i

/**
 * Reads what a progress report in the status column says happened, where its words say more than its status
 * word: a report that the work will not go ahead ("Incomplete/cannot be carried forward", "Project not going
 * ahead") is `cancelled` whatever state word opens it; a report, with no state word, that the event was held
 * ("The awards evening was held on 7 October") is `complete`, and so is one that opens with what was done
 * ("Recruited a project manager.", "Published the report in May"); one that opens with "Started" or "Began" is
 * `in-progress`, as is a report in the first person of work done that says some is left ("We have added support for
 * labels, but editing them still needs work", "We've run the survey and will now be working on its findings").
 * Returns the status unchanged otherwise.
 *
 * @example
 * statusFromReport('Incomplete/cannot be carried forward', parseStatus('Incomplete/cannot be carried forward')).state // 'cancelled'
 */
export function statusFromReport(text: string, status: Status): Status {
  if (wontGoAhead.test(text)) return { ...status, state: 'cancelled' }
  if (
    status.state === 'unknown' &&
    heldInPast.test(text) &&
    !negated.test(text) &&
    !negatedByNeither.test(text)
  )
    return { ...status, state: 'complete' }
  // "Recruited an APP Project Manager.", "Started working with Faculties …": the report opens with what was done.
  if (status.state === 'unknown') {
    const opening = /^[A-Za-z]+/.exec(text.trim())?.[0].toLowerCase() ?? ''
    if (doneOpenings.has(opening)) return { ...status, state: 'complete' }
    if (startedOpenings.has(opening) || startingTo.test(text)) return { ...status, state: 'in-progress' }
    // "We have added support for labels, but editing them still needs work": done in part, more to come.
    if (reportsDone.test(text) && reportsRemaining.test(text.slice(0, 2_000)))
      return { ...status, state: 'in-progress' }
  }
  return status
}

/** "We have added …", "We've improved …": the report opens with what its authors have done. */
const reportsDone =
  /^\s{0,3}we(?:\s{1,3}have|['’]ve)\s{1,3}(?:now\s{1,3}|also\s{1,3})?(?:[a-z]{2,20}ed|made|built|run|written)\b/i
/** "still", "remains limited", "more to do", "will now be working on": work the report says is left. */
const reportsRemaining =
  /\b(?:still|remains?|more\s{1,3}to\s{1,3}(?:do|go)|will\s{1,3}(?:now\s{1,3})?(?:be\s{1,3}working|continue))\b/i

/** A report opening with one of these past tenses says the work was done. */
const doneOpenings: ReadonlySet<string> = new Set([
  'recruited',
  'appointed',
  'launched',
  'published',
  'held',
  'hosted',
  'delivered',
  'introduced',
  'established',
  'created',
  'implemented',
  'installed',
  'secured',
  'submitted',
  'signed',
  'confirmed',
  'issued',
  'ran',
  'organised',
  'organized',
])

/** "we are starting to get the right people in place", "has begun to": the work is under way. */
const startingTo =
  /\b(?:are|is|have|has)\s{1,3}(?:now\s{1,3})?(?:starting|started|beginning|begun)\s{1,3}to\b/i

/** A report opening with one of these says the work has begun. */
const startedOpenings: ReadonlySet<string> = new Set(['started', 'began', 'begun', 'commenced', 'initiated'])
