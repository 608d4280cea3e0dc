import type { StatusState } from '../model/status'
import { parseTargetDate } from '../dates/parseTargetDate'

/** What an action's closing status marker says: the title without it, the marker as written and its state. */
export interface MarkedStatus {
  readonly title: string
  readonly status: string
  readonly state: StatusState
}

/** A marker is a few words ("DONE in PR #5126", "completed March 2021", "PR exists"); a longer tail is prose. */
const maxMarkerWords = 6
const maxMarkerLength = 60

/**
 * A status word opening a marker, with the words it may follow ("now done", "all complete"). The words that also
 * say what to do next ("Complete the survey") are told apart by what may follow them, below.
 */
const statusLead =
  /^(?:(?:now|all|fully|already)\s)?(completed?|done|finished|fixed|resolved|closed|merged|implemented|delivered|achieved|in[ -]progress|under ?way|ongoing|on-?going|started|not (?:yet )?started|on hold|paused|deferred|postponed|cancell?ed|dropped|withdrawn)\b/i

/** The state of a lead word the status parser leaves alone, since titles use it as a verb ("Fix the form"). */
const doneWords: ReadonlySet<string> = new Set(['fixed', 'merged', 'resolved', 'closed'])

/**
 * What may follow the status word: where the work landed ("in PR #5126", "via commit 3fa2c1", "in #812", "in
 * release 2.4"). Bounded words only, so it runs in linear time.
 */
const landedIn =
  /^(?:in|via|with|through|see|as of|per)\s(?:(?:the\s)?(?:pr|pull request|mr|merge request|commit|ticket|issue|release|version|build)\b|#\d|v\d)[^\s]{0,40}(?:\s[^\s]{1,40}){0,2}$/i

/** A pull request's state written after the work: "PR exists", "PR #88 open", "Pull request merged". */
const pullRequestState =
  /^(?:the\s|a\s)?(?:pr|pull request|mr|merge request)(?:\s#?\d{1,7})?\s(?:is\s|now\s)?(exists|open|opened|raised|submitted|created|in review|under review|pending|awaiting review|merged)$/i

/** A tick closing or opening the action ("Train the desk staff ✅"): done, as a lone tick in a status cell is. */
const ticks: ReadonlySet<string> = new Set(['✅', '✔', '✓', '☑'])

/** "(completed March 2021)", "(done)": a bracket closing the action. */
const closingBracket = /\s\(([^()]{2,60})\)\.?$/

/** A word in capitals: how minute-takers flag a state at the end of an item ("… if it goes down DONE"). */
const capitalWord = /^[A-Z]{2,12}$/

/**
 * The state a short marker reports, or null when it is not a marker: a status word followed by nothing, a date
 * ("completed March 2021", "done 4/30", "started in May 2024") or where the work landed ("DONE in PR #5126", "fixed
 * in #812"); or a pull request's state ("PR exists" is in progress, "PR merged" complete). A status word followed
 * by anything else is a sentence that uses it ("Complete the survey by May" asks for work; "Done by HR" names who
 * does it).
 */
function markerState(marker: string): StatusState | null {
  const text = marker.trim().replace(/[.!]$/, '')
  if (text.length > maxMarkerLength || text.split(' ').length > maxMarkerWords) return null
  const pr = pullRequestState.exec(text)
  if (pr !== null) return pr[1]!.toLowerCase() === 'merged' ? 'complete' : 'in-progress'
  const lead = statusLead.exec(text)
  if (lead === null) return null
  const rest = text.slice(lead[0].length).trim()
  if (rest !== '' && !landedIn.test(rest) && !isDate(rest)) return null
  return leadState(lead[1]!.toLowerCase())
}

/** A word of a date: a number, a month, a season, a quarter or a word placing a day in its period. */
const dateWord =
  /^(?:[\d/.,–-]{1,10}(?:st|nd|rd|th)?,?|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]{0,6}\.?,?|spring|summer|autumn|fall|winter|q[1-4]|end|early|mid|late|of|the)$/i

/** "March 2021", "on 3 June 2024", "4/30", "by Q2 2025": a date and nothing else. */
function isDate(text: string): boolean {
  const date = text.replace(/^(?:on|in|by|since|as of)\s/i, '')
  if (!/\d/.test(date) || !date.split(' ').every((word) => dateWord.test(word))) return false
  const kind = parseTargetDate(date).kind
  return kind !== 'unknown' && kind !== 'ongoing'
}

function leadState(word: string): StatusState {
  if (doneWords.has(word)) return 'complete'
  if (/^(?:completed?|done|finished|implemented|delivered|achieved)$/.test(word)) return 'complete'
  if (/^not /.test(word)) return 'not-started'
  if (/^(?:ongoing|on-?going)$/.test(word)) return 'ongoing'
  if (/^(?:on hold|paused|deferred|postponed)$/.test(word)) return 'on-hold'
  if (/^(?:cancell?ed|dropped|withdrawn)$/.test(word)) return 'cancelled'
  return 'in-progress'
}

/** The title left before a marker must still say something: at least two words. */
function enoughTitle(title: string): boolean {
  return title.split(' ').filter((word) => /\p{L}/u.test(word)).length >= 2
}

/**
 * The status an action writes at its own end, marked off from the action so that it cannot be part of what is
 * asked, as incident reviews, team wikis, minutes and progress lists write an item's state when it has no status
 * column: a last sentence ("Add an alert for the canary app. DONE in PR #5126", "… Completed March 2021.", "… PR
 * exists"), a spaced dash ("Update the signage – done"), a closing bracket ("Run the audit (completed March
 * 2021)"), a status in capitals ("… DONE") or a tick ("Train the desk staff ✅", "✅ Train the desk staff"). The marker
 * is a status word followed by nothing, a date or where the work landed ("in PR #5126"), or a pull request's state
 * ("PR exists" is in progress, "PR merged" complete); "Complete the survey by May" and "– done by HR" are not
 * markers. Returns the title without the marker, the marker and its state, or null.
 *
 * @example
 * statusMarkedAtEnd('Add an alert for the canary app. DONE in PR #5126')
 * // { title: 'Add an alert for the canary app.', status: 'DONE in PR #5126', state: 'complete' }
 * statusMarkedAtEnd('Complete the survey by May') // null
 */
export function statusMarkedAtEnd(title: string): MarkedStatus | null {
  const text = title.trim()
  if (text === '') return null
  const tick = tickAtEdge(text)
  if (tick !== null) return tick
  const bracket = closingBracket.exec(text)
  if (bracket !== null) return marked(text.slice(0, bracket.index), bracket[1]!)
  const sentence = Math.max(text.lastIndexOf('. '), text.lastIndexOf('! '))
  const dash = Math.max(text.lastIndexOf(' - '), text.lastIndexOf(' – '), text.lastIndexOf(' — '))
  if (sentence > 0 && sentence + 2 > dash)
    return marked(text.slice(0, sentence + 1), text.slice(sentence + 2)) ?? capitalsAtEnd(text)
  if (dash > 0) return marked(text.slice(0, dash), text.slice(dash + 3)) ?? capitalsAtEnd(text)
  return capitalsAtEnd(text)
}

function marked(title: string, marker: string): MarkedStatus | null {
  const state = markerState(marker)
  const kept = title.trim()
  if (state === null || !enoughTitle(kept)) return null
  return { title: kept, status: marker.trim(), state }
}

/** "… if it goes down DONE": a last word in capitals that is a status, after words that are not all capitals. */
function capitalsAtEnd(text: string): MarkedStatus | null {
  const words = text.split(' ')
  const last = words[words.length - 1]!.replace(/[.!]$/, '')
  if (!capitalWord.test(last) || words.length < 3 || capitalWord.test(words[words.length - 2]!)) return null
  return marked(words.slice(0, -1).join(' '), last)
}

function tickAtEdge(text: string): MarkedStatus | null {
  const plain = text.replace(/\uFE0F/g, '')
  const first = plain[0]!
  const last = plain[plain.length - 1]!
  const title = ticks.has(last) ? plain.slice(0, -1) : ticks.has(first) ? plain.slice(1) : null
  if (title === null || !enoughTitle(title.trim())) return null
  return { title: title.trim(), status: ticks.has(last) ? last : first, state: 'complete' }
}
