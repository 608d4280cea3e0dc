import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { imperativeWithTo } from './ownerAtStart'
import { readAsComplete } from './statusFromPastTense'

/** Irregular participles; a regular one ends in "-ed". */
const participle =
  '([a-z]{3,20}ed|made|held|built|run|begun|won|set up|taken place|taken|written|brought|given|spent|put in place|fed back|fed into|sent|met|taught|drawn up)\\b(\\s{1,3}to\\b)?'

/**
 * "We have established a task group", "We've invested in support services", "We introduced the technician prize":
 * the organisation reports the work as done, at the start of the title.
 */
const reported = new RegExp(
  `^(?:we|the (?:university|school|college|trust|council|faculty|department))\\s{1,3}(?:(?:have|has|'ve)\\s{1,3})?(?:now\\s{1,3}|already\\s{1,3}|recently\\s{1,3}|also\\s{1,3})?${participle}`,
  'i',
)

/**
 * "An audit of training needs has taken place", "At least 2 new placements have been created": any subject, the
 * present perfect (active or passive) in the title's first clause.
 */
const reportedAnySubject = new RegExp(
  `^[^.;:]{0,200}?\\b(?:has|have)\\s{1,3}(?:now\\s{1,3}|already\\s{1,3}|recently\\s{1,3}|also\\s{1,3})?(?:been\\s{1,3})?${participle}`,
  'i',
)

/**
 * "Data collection: new wording was drafted", "Two posts were created": the simple past passive with any subject,
 * after an optional short label and colon.
 */
const reportedPastPassive = new RegExp(
  `^(?:[^.;:]{1,40}:\\s{1,3})?[^.;:]{0,200}?\\b(?:was|were)\\s{1,3}(?:now\\s{1,3}|recently\\s{1,3}|also\\s{1,3})?${participle}`,
  'i',
)

/**
 * "School staff received training on …", "Bias training now offered to all staff", "Recruitment: Nurole – platform
 * used for the search": a short subject (one to four words, after an optional label and colon), then a verb in the
 * simple past or a participle. Read only in a list that reports its work as done (see {@link statusFromPresentPerfect}).
 * Anchored, each quantifier bounded.
 */
const reportedSimplePast = new RegExp(
  `^(?:[^.;:]{1,40}:\\s{1,3})?(?:[A-Za-z][\\w’'&-]{0,30}\\s{1,3}(?:[-–—]\\s{1,3})?){1,4}(?:now\\s{1,3}|recently\\s{1,3}|also\\s{1,3})?${participle.replace('[a-z]{3,20}ed', '[a-z]{2,20}ed')}`,
)

/** Brackets inside a title ("(attended by 100% of staff)"), left out before its verb is looked for. */
const bracketed = /\s{0,3}\([^()]{0,200}\)/g

/** Verbs that open an instruction over a participle ("Ensure staff trained …", "Keep records updated"): no report. */
const instructionOverParticiple: ReadonlySet<string> = new Set([
  'ensure',
  'make',
  'keep',
  'get',
  'have',
  'help',
  'support',
  'encourage',
  'enable',
  'allow',
  'review',
  'monitor',
  'consider',
  'see',
])

/** Verbs whose "to" opens work still to do ("started to map", "asked to review", "used to"), not a purpose. */
const beforeInfinitive: ReadonlySet<string> = new Set([
  'started',
  'begun',
  'continued',
  'used',
  'going',
  'moved',
])

/**
 * Events that take no infinitive: "to" after them opens a purpose ("An audit has taken place to ensure …"), where after
 * "started" or "begun" it opens the work still to do ("We have started to map …").
 */
const eventsWithPurpose: ReadonlySet<string> = new Set(['taken place', 'put in place', 'set up'])

/** Passives whose "to" opens what someone must still do ("has been asked to review …"), not a purpose. */
const passivesOfAsking: ReadonlySet<string> = new Set([
  'asked',
  'required',
  'expected',
  'invited',
  'encouraged',
  'urged',
  'requested',
  'advised',
  'instructed',
  'obliged',
  'told',
  'tasked',
  'scheduled',
  'planned',
  'due',
])

/** "… has been created to support …", "… was drafted to encourage …": a passive, whose "to" is a purpose. */
const passive =
  /\b(?:been|was|were)\s{1,3}(?:now\s{1,3}|already\s{1,3}|recently\s{1,3}|also\s{1,3})?\S+(?:\s{1,3}to)?$/i

/** Verbs whose present perfect is a promise, not a report: "We have committed to …", "We have agreed to …". */
const promises: ReadonlySet<string> = new Set([
  'committed',
  'pledged',
  'agreed',
  'decided',
  'aimed',
  'planned',
  'intended',
  'proposed',
  'resolved',
  'promised',
  'identified',
  'recognised',
  'recognized',
  'noted',
  'learned',
  'learnt',
  'heard',
  'needed',
  'wanted',
  'hoped',
  'expected',
  'requested',
  'asked',
  'expressed',
  'raised',
  'highlighted',
  'reported',
  'told',
  'shown',
  'showed',
  'suggested',
  'indicated',
  'underrepresented',
  'experienced',
])

/**
 * An action whose title reports the work as done in the present perfect ("We have established a multi-disciplinary
 * task group", "The University has invested in …") is complete, when it has no status and no target date of its own. A promise in
 * the same tense ("We have committed to …") or a participle followed by "to" ("We have started to …") is not, unless
 * the participle is an event that takes no infinitive ("A review has taken place to ensure …": the "to" is a purpose).
 * Each action read is an info issue `status-from-tense` on its row. Returns the issues; statuses are set in place.
 *
 * @example
 * statusFromPresentPerfect(plan.actions, [4, 5]) // an issue for "We have reviewed key policies …"
 */
export function statusFromPresentPerfect(actions: Action[], rows: readonly number[]): ImportIssue[] {
  const issues: ImportIssue[] = []
  actions.forEach((action, i) => {
    // A dated action ("We have reviewed role profiles" beside "Dec 2019") states where the work stands before
    // its deadline, not that it is done.
    if (action.status.state !== 'unknown' || action.status.text !== '' || action.target.due !== null) return
    const title = action.title.trim()
    const verb = doneVerb(
      reported.exec(title) ?? reportedAnySubject.exec(title) ?? reportedPastPassive.exec(title),
    )
    if (verb === null) return
    issues.push(readAsComplete(action, rows[i] ?? null, `reports the work as done ("${verb}")`))
  })
  // A progress report: when most of the list (three items or more) already reads as done, an item that names what
  // was done in the simple past ("School staff received training …") reports its work done too.
  const done = actions.filter((action) => action.status.state === 'complete').length
  if (done < minReportedDone || done * 2 < actions.length) return issues
  actions.forEach((action, i) => {
    if (action.status.state !== 'unknown' || action.status.text !== '' || action.target.due !== null) return
    const verb = simplePastVerb(action.title)
    if (verb === null) return
    issues.push(
      readAsComplete(action, rows[i] ?? null, `reports the work as done ("${verb}") in a list of work done`),
    )
  })
  return issues
}

/** At least this many items of a list read as done make it a report of work done. */
const minReportedDone = 3

/** The subject and verb of a title reporting its work in the simple past, or null (see `reportedSimplePast`). */
function simplePastVerb(title: string): string | null {
  const text = title.replace(bracketed, '').trim()
  const first = /^[A-Za-z]{2,20}/.exec(text)?.[0].toLowerCase() ?? ''
  if (first === 'to' || imperativeWithTo.has(first) || instructionOverParticiple.has(first)) return null
  const match = reportedSimplePast.exec(text)
  if (match === null) return null
  const verb = match[1]!.toLowerCase()
  if (promises.has(verb) || passivesOfAsking.has(verb)) return null
  if (match[2] !== undefined && beforeInfinitive.has(verb)) return null
  // "Staff affected by the change": a participle with its agent describes the subject, not work done.
  if (/^\s{1,3}by\b/.test(text.slice(match[0].length))) return null
  return match[0].trim().split(/\s+/).slice(-3).join(' ')
}

/**
 * The words that report a sentence's work as done by its writers, when it opens so: "We have overhauled the
 * workload model" → "We have overhauled", "We recently secured the regrading …" → "We recently secured". Null for
 * a promise in the same tense ("We have committed to …"), work still to do ("We have started to map …") or a
 * sentence that opens any other way.
 *
 * @example
 * reportsOwnWorkDone('We have reviewed staff contract types.') // 'We have reviewed'
 * reportsOwnWorkDone('We have agreed to review the forms.') // null
 */
export function reportsOwnWorkDone(sentence: string): string | null {
  return doneVerb(reported.exec(sentence.trim()))
}

/** The last words of a report's verb (up to four), or null when the match is a promise or work still to do. */
function doneVerb(match: RegExpExecArray | null): string | null {
  if (match === null) return null
  const verbRead = match[1]!.toLowerCase().replace(/\s+/g, ' ')
  const purpose =
    eventsWithPurpose.has(verbRead) || (passive.test(match[0]) && !passivesOfAsking.has(verbRead))
  if (promises.has(verbRead) || (match[2] !== undefined && !purpose)) return null
  // Quote the verb and the words just before it, not the whole clause.
  return match[0].trim().split(/\s+/).slice(-4).join(' ')
}
