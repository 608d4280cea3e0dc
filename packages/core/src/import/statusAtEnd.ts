import { lookupMonth, WEEKDAYS } from '../dates/lexicon'
import { parseTargetDate } from '../dates/parseTargetDate'
import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import type { Status, StatusState } from '../model/status'
import { parseStatus, TICKS } from '../status/parseStatus'
import { bracketAtEnd } from './bracketAtEnd'
import { createImportIssue } from './createImportIssue'
import { statusAtStart, statusPhrases } from './statusAtStart'
import { lastSpacedDash } from './lastSpacedDash'
import { isNamedOwner } from './ownerAtStart'
import { splitJoinedNames } from './ownersInBrackets'
import { roadmapStageWording } from './statusFromRoadmapStage'

/** A status read at the end of a line: the text before it, the status as written, the shape it was written in and,
 * for a marker, the state it reports. */
export interface StatusAtEnd {
  readonly text: string
  readonly status: string
  readonly shape: TailShapeName
  readonly state?: StatusState
  /** Who the tail names after its status word ("– ongoing KT"), when it names anyone. */
  readonly owners?: readonly string[]
}

/** Where a tail begins: the text before it (as the reading keeps it) and the tail. */
interface Cut {
  readonly head: string
  readonly tail: string
}

/** One way a line ends in its status. */
interface TailShape {
  /** The line's text and its tail in this shape, or null when the line has no such tail. */
  readonly cut: (line: string) => Cut | null
  /** The status the tail says, and its state when the shape knows it; null when it says none. */
  readonly read: (
    tail: string,
    head: string,
  ) => { status: string; state?: StatusState; owners?: readonly string[] } | null
  /** A line with this tail ends there: when the tail says no status, no later shape is tried. */
  readonly final?: true
}

// ---- After an item: a spaced dash or a colon ("Contact the supplier - open", "Update the website: done") ----

/** A status after an item's dash is a few words ("open", "in progress for website", "Réalisé"). */
const maxDashTailWords = 5

/** A colon's tail that is a status and nothing else has at most this many words ("done", "in progress"). */
const maxColonTailWords = 3

/** Tracker words for an item not yet done that the status parser leaves alone, since titles use them too. */
const openWords: ReadonlySet<string> = new Set(['open', 'opened', 'ouvert'])

/** The text before the last spaced dash and the tail after it, both trimmed and neither empty. */
function afterLastDash(line: string): Cut | null {
  const dash = lastSpacedDash(line)
  if (dash <= 0) return null
  const tail = line.slice(dash + 3).trim()
  const head = line.slice(0, dash).trim()
  return tail === '' || head === '' ? null : { head, tail }
}

/** A status and the reason after it run on with a comma or a word giving the reason ("Not done, too busy",
 * "Not done as the shop was shut"): group 1 the status, at most three words. Bounded. */
const statusThenReason = /^((?:\S{1,20}\s){0,2}\S{1,20}?)(?:,\s|\s(?:as|because|since|due to|but)\s)(?=\S)/i

/** Statuses that are also an instruction's verb ("Complete, sign and return the form"): never read before a reason. */
const imperativeStatus = /^(?:complete|close|finish)$/i

/** "Not done, too busy at the show", "Done, but the receipt is missing": the status opening a tail, with its reason
 * after it; null when the tail opens with no status of its own. */
function statusBeforeReason(tail: string): { status: string } | null {
  const lead = statusThenReason.exec(tail)?.[1]
  if (lead === undefined || imperativeStatus.test(lead)) return null
  return statusAtStart(lead) === lead ? { status: tail } : null
}

/** "open", "done. Not possible under the current hosting.", "contact made, waiting for feedback". */
function dashStatus(tail: string): { status: string } | null {
  const reasoned = statusBeforeReason(tail)
  if (reasoned !== null) return reasoned
  // "done. Not possible under the current hosting.": the status is the first sentence, the rest its note.
  const firstSentence = tail.split('. ', 1)[0]!
  if (firstSentence.split(' ').length > maxDashTailWords) return null
  if (openWords.has(tail.toLowerCase())) return { status: 'Not started' }
  // "contact made, waiting for feedback": a status may open any of the tail's comma-separated phrases.
  return firstSentence.split(',').some((phrase) => statusAtStart(phrase) !== null) ? { status: tail } : null
}

/** The text before the last colon and the tail after it, both trimmed and neither empty. */
function afterLastColon(line: string): Cut | null {
  const colon = line.lastIndexOf(': ')
  if (colon < 0) return null
  const tail = line.slice(colon + 2).trim()
  const head = line.slice(0, colon).trim()
  return head === '' || tail === '' ? null : { head, tail }
}

/** "done", "in progress": a colon's tail that is all a status. */
function colonStatus(tail: string): { status: string } | null {
  const reasoned = statusBeforeReason(tail)
  if (reasoned !== null) return reasoned
  if (tail.split(' ').length > maxColonTailWords) return null
  return statusAtStart(tail) === tail.replace(/[.!]$/, '') ? { status: tail } : null
}

// ---- Closing a reviewed action's update ("… at this stage. Closed", "… Ongoing Need a new action.") ----

/** A state flagged in one capitalised word, as a minute-taker closes an action's update: "Closed", "Done". */
const stateWord = /^(?:Closed|Done|Complete|Completed|Ongoing|On-going)$/

/** A closing sentence that is all a status has at most this many words ("Closed", "Done", "Still in progress"). */
const maxStatusSentenceWords = 3

/** A state word glued to the end closes an update of at least this many words, never a short item ("Mark it Done"). */
const minGluedWords = 6

/** "Done. Closed": at most this many status sentences close an update. */
const maxStatusSentences = 3

/** Words before a closing state: an item is at least an owner, a verb and what is to be done. */
const minItemWords = 3

/** Whether the text has at least `count` space-separated words, counting no further than that. */
function hasWords(text: string, count: number): boolean {
  let at = -1
  for (let word = 1; word < count; word++) {
    at = text.indexOf(' ', at + 1)
    if (at < 0) return false
  }
  return true
}

/** The text before an item's last sentence (its full stop kept) and that sentence; null when the head would be
 * shorter than an item. */
function closingSentence(text: string): Cut | null {
  const stop = text.lastIndexOf('. ')
  if (stop < 0) return null
  const head = text.slice(0, stop + 1)
  const tail = text.slice(stop + 2).trim()
  return tail === '' || !hasWords(head, minItemWords) ? null : { head, tail }
}

/** "… re GC5 tuning. Done. Closed": the closing sentences that are each all a status, at most three of them. */
function closingStatusSentences(line: string): Cut | null {
  const text = line.trimEnd()
  let head = text
  for (let count = 0; count < maxStatusSentences; count++) {
    const sentence = closingSentence(head)
    if (sentence === null) break
    const bare = sentence.tail.replace(/\.$/, '')
    if (hasWords(bare, maxStatusSentenceWords + 1) || statusAtStart(bare) !== bare) break
    head = sentence.head
  }
  return head === text ? null : { head, tail: text.slice(head.length).trim() }
}

/** "Ongoing Need a reformulated action.": a state word, then its note as a new sentence, its full stop lost. */
function stateThenNote(tail: string): { status: string } | null {
  const words = tail.split(' ', 2)
  return words.length === 2 && stateWord.test(words[0]!) && /^\p{Lu}\p{Ll}/u.test(words[1]!)
    ? { status: tail }
    : null
}

/** A bracket closing an update may hold a note of up to this many characters after its state (a link and all). */
const maxClosingBracket = 300

/**
 * "(Done - the projects can set the bot up now)", "(Done, in the charter repo)", "(done)": the text before a round
 * bracket closing an update, after a space, and what the bracket holds (no bracket inside it).
 */
function closingBracket(line: string): Cut | null {
  const text = line.trim()
  if (!text.endsWith(')')) return null
  const open = text.lastIndexOf('(')
  // "… truck access.(Done)": after a full stop the bracket may follow with no space, its space lost in the copy.
  if (open < 1 || text.length - open > maxClosingBracket || !/[\s.]/.test(text[open - 1]!)) return null
  const inner = text.slice(open + 1, -1)
  return inner.includes(')') ? null : { head: text.slice(0, open).trim(), tail: inner.trim() }
}

/** "Done - note", "Done, note", "On-going": the words a bracket opens with, up to a comma, a stop, a colon or a
 * spaced dash, or the whole bracket. Group 1 is the lead. Anchored and bounded. */
const bracketLead = /^([^,;:.()]{2,30}?)\s{0,2}(?:[,;:.]|\s[-–—]\s|$)/

/**
 * The state a closing bracket opens with ("Done - the projects can …" → "Done"), for an item long enough: the lead is
 * one of the {@link statusWords} whole, never a sentence that opens with one ("completed venues first").
 */
function stateOpeningBracket(tail: string, head: string): { status: string } | null {
  const lead = bracketLead.exec(tail)?.[1]?.trim()
  if (lead === undefined || !enoughTitle(head)) return null
  if (statusPhrase.test(lead)) return { status: lead }
  // "(Done Priya/Tom)": the state, then who saw it done.
  const doneBy = stateThenNames.exec(lead)
  return doneBy !== null && statusPhrase.test(doneBy[1]!) ? { status: doneBy[1]! } : null
}

/** "Done Priya/Tom", "Completed Ana & Tom": a state word, then one to four capitalised names joined by "/", "&" or
 * "and". Group 1 is the state word. Anchored and bounded. */
const stateThenNames =
  /^(\p{L}{4,12})\s{1,2}\p{Lu}\p{Ll}{1,20}(?:\s{0,2}(?:\/|&|and)\s{0,2}\p{Lu}\p{Ll}{1,20}){0,3}$/u

/** The text before the last word and that word. */
function lastWord(line: string): Cut | null {
  const text = line.trimEnd()
  const space = text.lastIndexOf(' ')
  return space < 0 ? null : { head: text.slice(0, space), tail: text.slice(space + 1) }
}

/** "… https://example.org/issues/3 Closed": a state word glued to the end of a long update. */
function gluedState(tail: string, head: string): { status: string } | null {
  return stateWord.test(tail) && hasWords(head, minGluedWords) && !/[.:;,]$/.test(head)
    ? { status: tail }
    : null
}

// ---- A marker ending one action ("… DONE in PR #5126", "(completed March 2021)", "… DONE", "✅") ----

/** A marker is a few words ("DONE in PR #5126", "completed March 2021", "PR exists"); a longer tail is prose. */
const maxMarkerWords = 6
const maxMarkerLength = 60

/**
 * A status word opening a marker, with the words it may follow ("now done", "all complete"). The words that also
 * say what to do next ("Complete the survey") are told apart by what may follow them, below.
 */
const statusLead =
  /^(?:(?:now|all|fully|already|action|item|task)\s)?(completed?|done|continu(?:es|ing)|finished|fixed|resolved|closed|merged|implemented|delivered|achieved|shipped|released|launched|in[ -]progress|wip|under ?way|ongoing|on[- ]?going|started|not (?:yet )?started|on hold|paused|deferred|postponed|cancell?ed|dropped|withdrawn)\b/i

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

/** A word in capitals: how minute-takers flag a state at the end of an item ("… if it goes down DONE"). */
const capitalWord = /^[A-Z]{2,12}$/

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
  if (/^(?:completed?|done|finished|implemented|delivered|achieved|shipped|released|launched)$/.test(word))
    return 'complete'
  if (/^not /.test(word)) return 'not-started'
  if (/^on[- ]?going$/.test(word)) return 'ongoing'
  if (/^(?:on hold|paused|deferred|postponed)$/.test(word)) return 'on-hold'
  if (/^(?:cancell?ed|dropped|withdrawn)$/.test(word)) return 'cancelled'
  return 'in-progress'
}

/**
 * The state a short marker reports, or null when it is not a marker: a status word followed by nothing, a date
 * ("completed March 2021", "done 4/30", "started in May 2024") or where the work landed ("DONE in PR #5126", "fixed
 * in #812"); or a pull request's state ("PR exists" is in progress, "PR merged" complete). A status word followed
 * by anything else is a sentence that uses it ("Complete the survey by May" asks for work; "Done by HR" names who
 * does it).
 */
function markerState(marker: string): StatusState | null {
  const trimmed = marker.trim().replace(/[.!]$/, '')
  // "Completed see website https://…": where the finished work can be seen is no part of the marker.
  const text = trimmed.length <= maxLinkedMarker ? trimmed.replace(seeLink, '') : trimmed
  if (text.length > maxMarkerLength || text.split(' ').length > maxMarkerWords) return null
  // "Agreed and done", "Approved and closed": what was decided, then done.
  if (decidedThenDone.test(text)) return 'complete'
  const pr = pullRequestState.exec(text)
  if (pr !== null) return pr[1]!.toLowerCase() === 'merged' ? 'complete' : 'in-progress'
  const lead = statusLead.exec(text)
  if (lead === null) return null
  const rest = text.slice(lead[0].length).trim()
  if (rest !== '' && !landedIn.test(rest) && !isDate(rest)) return null
  return leadState(lead[1]!.toLowerCase())
}

/** The longest marker read with a link after it. */
const maxLinkedMarker = 300

/** " see website https://…", " see https://…": a link to where the work can be seen, closing a marker. Bounded. */
const seeLink =
  /\ssee(?:\s(?:the\s)?(?:website|site|page|link|wiki|here))?:?\s(?:https?:\/\/|www\.)[^\s]{1,250}$/i

/** "Agreed and done", "Approved and closed": a decision and then the work done. Anchored and bounded. */
const decidedThenDone = /^[a-z]{2,20}ed\s(?:and|&)\s(?:completed|done|closed|finished|implemented|actioned)$/i

/** The title left before a marker must still say something: at least two words. */
function enoughTitle(title: string): boolean {
  return title.split(' ').filter((word) => /\p{L}/u.test(word)).length >= 2
}

/** A marker's status and state, when the title left before it still says something. */
function marker(
  tail: string,
  head: string,
): { status: string; state: StatusState; owners?: readonly string[] } | null {
  const state = markerState(tail)
  if (state !== null) return enoughTitle(head) ? { status: tail.trim(), state } : null
  // "Hedge trimming – ongoing KT": a status word, then who carries the item on or what it is about.
  const said = statusWordThenOwner(tail)
  return said === null || !namesSomething(head) ? null : { status: tail.trim(), ...said }
}

/** Initials of up to four capitals ("KT", "RB"), as minutes name members; two to four of them joined. Bounded. */
const initialsList =
  /^([A-Z]{2,4}(?:\s{0,2}(?:,|\/|&|\band\b)\s{0,2}[A-Z]{2,4}){0,3})(?:\s{1,3}to\s{1,3}(\S.*))?$/

/** A status word's note on what the item is about: "re the parking on the green". */
const aboutNote = /^re\s{1,3}\S/i

/** The longest tail read as a status word and its owner or note. */
const maxOwnerTail = 160

/**
 * "ongoing KT", "ongoing RB to ask the county for a quote", "ongoing re the leaflet wording": a status word opening the tail
 * after an item's dash, then the initials of whoever carries it on (alone, or opening what they are to do next), or
 * "re" and what it is about, as minutes write the matters arising from their last meeting. The state is the status
 * word's; the initials are the item's owners. Anything else after the status word ("Complete the survey") is not a
 * status.
 */
function statusWordThenOwner(tail: string): { state: StatusState; owners?: readonly string[] } | null {
  const text = tail.trim().replace(/[.!…]$/, '')
  if (text.length > maxOwnerTail) return null
  const lead = statusLead.exec(text)
  if (lead === null) return null
  const rest = text.slice(lead[0].length).trim()
  const state = leadState(lead[1]!.toLowerCase())
  if (aboutNote.test(rest)) return { state }
  const initials = initialsList.exec(rest)
  if (initials === null) return null
  return { state, owners: initials[1]!.split(/\s{0,2}(?:,|\/|&|\band\b)\s{0,2}/) }
}

/**
 * A marker in a bracket, which may also give a note after a colon: "(WIP: the cluster is up)", "(done: see the
 * wiki)". The words before the colon must be a marker of their own; the note is kept with the status as written.
 */
function bracketMarker(tail: string, head: string): { status: string; state: StatusState } | null {
  const lead = statusThenNote.exec(tail)?.[1]
  const state = markerState(tail) ?? (lead === undefined ? null : markerState(lead)) ?? phraseThenNote(tail)
  return state === null || !namesSomething(head) ? null : { status: tail.trim(), state }
}

/** A status of two or three words that no title opens with: "not started", "in progress", "on hold". Bounded. */
const statusPhraseThenNote =
  /^(not\s(?:yet\s)?started|in\sprogress|on\shold|under\s?way|not\s(?:yet\s)?done)\s{1,3}(?=\p{L})/iu

/**
 * "(not started needs a lead)", "(in progress with the printers)": a bracket opening with a status of
 * two or three words, then a note run on without a mark. A status word of its own ("done", "started") may be the verb
 * of the note ("(done by Estates)"), so only these phrases are read so.
 */
function phraseThenNote(tail: string): StatusState | null {
  const phrase = statusPhraseThenNote.exec(tail.trim())
  return phrase === null ? null : leadState(phrase[1]!.toLowerCase().replace(/\s+/g, ' '))
}

/**
 * The title left before a bracketed marker may be one word, a roadmap item's name ("SLSA (shipped)"), as long as it
 * is a word of letters and no status itself ("Done (done)").
 */
function namesSomething(title: string): boolean {
  if (enoughTitle(title)) return true
  return (
    /^\p{L}[\p{L}\p{N}+#./-]{1,40}$/u.test(title) &&
    /\p{L}{2}/u.test(title) &&
    parseStatus(title).state === 'unknown'
  )
}

/** "Train the desk staff ✅", "✅ Train the desk staff": a tick at either edge. */
function tickAtEdge(line: string): Cut | null {
  const plain = line.trim().replace(/\uFE0F/g, '')
  const first = plain[0] ?? ''
  const last = plain[plain.length - 1] ?? ''
  // A tick closing or opening the action ("Train the desk staff ✅"): done, as a lone tick in a status cell is.
  if (TICKS.has(last)) return { head: plain.slice(0, -1).trim(), tail: last }
  return TICKS.has(first) ? { head: plain.slice(1).trim(), tail: first } : null
}

/**
 * "(completed March 2021)", "(done)": the text before a round bracket closing the action, after a space, and what
 * the bracket holds, found by {@link bracketAtEnd}: a marker of two to {@link maxMarkerLength} characters.
 */
function markerBracketAtEnd(line: string): Cut | null {
  const text = line.trim()
  const bracket = bracketAtEnd(text)
  if (bracket === null || bracket.shape !== '(' || !/\s/.test(text[bracket.open - 1] ?? '')) return null
  if (bracket.inner.length < 2 || bracket.inner.length > maxMarkerLength) return null
  return { head: text.slice(0, bracket.open - 1).trim(), tail: bracket.inner.trim() }
}

/** "… canary app. DONE in PR #5126", "… signage – done": after the last sentence or spaced dash, the later one. */
function afterSentenceOrDash(line: string): Cut | null {
  const text = line.trim()
  const sentence = Math.max(text.lastIndexOf('. '), text.lastIndexOf('! '))
  const dash = lastSpacedDash(text)
  if (sentence > 0 && sentence + 2 > dash)
    return { head: text.slice(0, sentence + 1).trim(), tail: text.slice(sentence + 2).trim() }
  return dash > 0 ? { head: text.slice(0, dash).trim(), tail: text.slice(dash + 3).trim() } : null
}

/**
 * "… copy the files to the drive - done - the links are in the chat.": a status word between an item's last two
 * spaced dashes, a note after it. The text before the first of them is the item; the status and its note are the
 * tail.
 */
function betweenLastDashes(line: string): Cut | null {
  const text = line.trim()
  const last = lastSpacedDash(text)
  if (last <= 0) return null
  const before = lastSpacedDash(text.slice(0, last))
  if (before <= 0) return null
  const head = text.slice(0, before).trim()
  const tail = text.slice(before + 3).trim()
  return head === '' || tail === '' ? null : { head, tail }
}

/** The status word a tail opens with before its own spaced dash ("done - the links are in the chat"), as a marker. */
function statusThenDashedNote(tail: string, head: string): { status: string; state: StatusState } | null {
  const dash = lastSpacedDash(tail)
  if (dash <= 0) return null
  const state = markerState(tail.slice(0, dash))
  return state === null || !enoughTitle(head) ? null : { status: tail, state }
}

/** "Carried over to the next meeting", "To be carried forward to next meeting": an item left open for later. */
const carriedOver = /^(?:to be )?carried (?:over|forward) to (?:the )?next (?:meeting|month|agenda)\.?$/i

/**
 * "… Terms agreed.Carried over to the next meeting.": a last sentence (after a full stop, even with no space, or a
 * spaced dash) saying the item moves to the next meeting unfinished, as minutes close their carried-over items.
 */
function carriedOverAtEnd(line: string): Cut | null {
  const text = line.trim()
  // Most lines say nothing of being carried: ruled out before the line is lowered.
  if (!/carried /i.test(text)) return null
  const at = text.toLowerCase().lastIndexOf('carried ')
  if (at < 0) return null
  const start = /to be $/i.test(text.slice(Math.max(0, at - 6), at)) ? at - 6 : at
  const tail = text.slice(start)
  const head = text.slice(0, start).trim()
  if (!carriedOver.test(tail) || !/[.!?;–—-]$/.test(head)) return null
  return { head: head.replace(/\s?[–—-]$/, '').trim(), tail }
}

/**
 * "response awaited", "Further confirmation awaited.": the noun of an answer and "awaited", closing the line after a
 * full stop or a spaced dash. Bounded words only.
 */
const awaited =
  /^(?:further\s|a\s|the\s)?(?:response|reply|answer|confirmation|decision|feedback|approval)s?\sawaited[.;]?$/i

/**
 * "… raised as a complaint – response awaited;", "… will look at the signs. Further confirmation awaited.": a last
 * sentence or dash tail saying an answer is still awaited, as minutes close an item chased with someone else: the
 * item is under way.
 */
function awaitedAtEnd(line: string): Cut | null {
  const text = line.trim()
  // Most lines say nothing of waiting: ruled out before the line is cut.
  if (!/awaited[.;]?$/i.test(text)) return null
  const cut = afterSentenceOrDash(text.replace(/[.;]$/, ''))
  return cut === null || !awaited.test(cut.tail) ? null : cut
}

/** A line ending in two capitals, a full stop or an exclamation mark after them or not: all {@link capitalsAtEnd} can read. */
const endsInCapitals = /[A-Z]{2}[.!]?$/

/** "… if it goes down DONE": a last word in capitals, after a word that is not all capitals. */
function capitalsAtEnd(line: string): Cut | null {
  const text = line.trim()
  // Most lines end in a word in lower case: ruled out before the line is split into its words.
  if (!endsInCapitals.test(text)) return null
  const words = text.split(' ')
  const last = words[words.length - 1]!.replace(/[.!]$/, '')
  if (!capitalWord.test(last) || words.length < 3 || capitalWord.test(words[words.length - 2]!)) return null
  return { head: words.slice(0, -1).join(' ').trim(), tail: last }
}

// ---- The plan-wide habit: items ending in a bare status word or a bracketed one ("… completed", "… (done)") ----

/** The status words an item may end in, whole: "done", "completed", "ongoing", "in progress", "on hold". */
const statusWords = statusPhrases('item-end')
const statusPhrase = new RegExp(`^(?:${statusWords})$`, 'i')

/** "done: agreed to post the agenda in the channel": a status word, a colon and a note on how it went. */
const statusThenNote = /^([^:]{2,20}):\s/

/** "4/30", "30/04/2021": the day the status was reached, written after it ("completed 4/30"). */
const dayAfter = /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/

/**
 * "checked by Kofi", "done by Ana and Tom", "ticked off by KT": a tracker's mark that the item is done, then who did
 * it, as a task list closes each item it has ticked ("Pay the caterer [checked by Kofi]"). Group 1 is the names.
 * Anchored and bounded.
 */
const doneByWhom =
  /^(?:done|completed|checked|ticked|checked off|ticked off)\s{1,3}by\s{1,3}(\p{Lu}[^()[\]]{0,60})$/iu

/** The names a done mark gives ("Ana and Tom", "KT/RB"): each a person's name or initials, never a day ("Friday"). */
function doneByNames(tail: string): readonly string[] | null {
  const names = doneByWhom.exec(tail)?.[1]
  if (names === undefined) return null
  const owners = splitJoinedNames(names).map((name) => name.trim())
  if (owners.length > 3 || !owners.every((name) => isNamedOwner(name))) return null
  const day = (word: string) => WEEKDAYS.has(word.toLowerCase()) || lookupMonth(word, false) !== null
  return owners.some((name) => name.split(' ').some(day)) ? null : owners
}

/** "(done)", "(ongoing)", "(done: agreed in the call)", "[ONGOING]": a bracket closing the title, after a space or
 * glued to its last word ("… in the future(underway)", as a page copied from a document loses the space); a wiki's
 * task list tags the state in square brackets. */
const habitBracket = /\s?(?:\(([^()]{2,160})\)|\[([^[\]]{2,160})\])\.?$/

function bracketedPhrase(line: string): Cut | null {
  const bracket = habitBracket.exec(line)
  return bracket === null
    ? null
    : { head: line.slice(0, bracket.index).trim(), tail: (bracket[1] ?? bracket[2])!.trim() }
}

/** A line ending in one of the {@link statusWords}, with a day after it or not: a line ending otherwise ends in no
 * status word. Built from the same words, so the two cannot drift apart. */
const endsInStatusWord = new RegExp(`(?:${statusWords})(?: \\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)?$`, 'i')

/** "… templates completed", "… workshop - completed 4/30": a status word or two ending the title, with the day
 * after it and the dash before it. */
function bareStatusPhrase(line: string): Cut | null {
  const text = line.trim()
  // Most lines end in no status word: ruled out before the line is split into its words.
  if (!endsInStatusWord.test(text)) return null
  const words = text.split(' ')
  // "… completed 4/30": the day after the status word is kept with it.
  const dated = words.length >= 2 && dayAfter.test(words.at(-1)!) ? 1 : 0
  for (const size of [2, 1]) {
    const end = words.length - dated
    const start = end - size
    if (start < 2 || !statusPhrase.test(words.slice(start, end).join(' '))) continue
    // "… workshop - completed 4/30": the dash before the status goes with it.
    const head = words
      .slice(0, start)
      .join(' ')
      .replace(/\s[-–]$/, '')
    return { head, tail: words.slice(start).join(' ') }
  }
  return null
}

/**
 * A status as a tracker's status column writes it, capitalised, at the start of the text it opens: "Not done",
 * "Carried forward", "Cancelled", "Doing". Anchored, alternatives only.
 */
const columnStatusLead = new RegExp(`^(?:${statusPhrases('tracker-column')})(?=$|[\\s.,;:(])`)

/**
 * "MP volunteered to follow up the offer Cancelled passed back to Sam", "… by the board. Not done (carry over?)": a
 * row of a tracker whose Action, Status and Comments cells were run together into one line, the status capitalised
 * where its cell began, then the comment. The first such status after at least {@link minItemWords} words cuts the
 * line; the status and its comment are the tail.
 */
function statusBeforeComment(line: string): Cut | null {
  const text = line.trim()
  let space = text.indexOf(' ')
  for (let words = 1; space >= 0; words++) {
    const start = space + 1
    if (words >= minItemWords && columnStatusLead.test(text.slice(start, start + 20)))
      return { head: text.slice(0, space).trim(), tail: text.slice(start).trim() }
    space = text.indexOf(' ', start)
  }
  return null
}

/** A tail that is the status whole, once its cut has found it. */
const whole = (tail: string) => ({ status: tail })

/** Every shape a status takes at the end of a line. */
const tailShapes = {
  /** "Contact the supplier - open", "Publish the statement - Réalisé", "Ask for a quote - call made, waiting". */
  dash: { cut: afterLastDash, read: dashStatus },
  /** "Update the website: done". */
  colon: { cut: afterLastColon, read: colonStatus },
  /** "… not progress this at this stage. Closed", "… re GC5 tuning. Done. Closed", "… member. Ongoing.". */
  statusSentences: { cut: closingStatusSentences, read: whole },
  /** "… rivers runoff. Ongoing Need a reformulated action.". */
  stateThenNote: { cut: (line) => closingSentence(line.trimEnd()), read: stateThenNote },
  /** "… has updated the issue https://example.org/issues/3 Closed". */
  gluedState: { cut: lastWord, read: gluedState },
  /** "… installing the bot (Done - projects can set it up by following the guide)", "… charter (Done, in the repo)". */
  bracketState: { cut: closingBracket, read: stateOpeningBracket },
  /** "Train the desk staff ✅", "✅ Train the desk staff". */
  tick: {
    cut: tickAtEdge,
    read: (tail, head) => (enoughTitle(head) ? { status: tail, state: 'complete' } : null),
  },
  /** "Run the audit (completed March 2021)", "(WIP: the cluster is up)"; "(done by Estates)" ends the line with no status. */
  markerBracket: { cut: markerBracketAtEnd, read: bracketMarker, final: true },
  /** "Agree the hall hire. Carried over to the next meeting.", "… – to be carried forward to next meeting". */
  carriedOver: {
    cut: carriedOverAtEnd,
    read: (tail, head) => (enoughTitle(head) ? { status: tail, state: 'in-progress' } : null),
  },
  /** "… raised as a complaint – response awaited;", "… Further confirmation awaited.". */
  awaitedAnswer: {
    cut: awaitedAtEnd,
    read: (tail, head) => (enoughTitle(head) ? { status: tail, state: 'in-progress' } : null),
  },
  /** "Add an alert for the canary app. DONE in PR #5126", "… PR exists", "Update the signage – done". */
  markerSentence: { cut: afterSentenceOrDash, read: marker },
  /** "… if it goes down DONE". */
  capitals: { cut: capitalsAtEnd, read: marker },
  /** "… copy the files to the drive - done - the links are in the chat.". */
  betweenDashes: { cut: betweenLastDashes, read: statusThenDashedNote },
  /** "publish the roadmap (done)", "(todo)", "(done: agreed in the call)"; "(see notes)" ends the line with no status. */
  habitBracket: {
    cut: bracketedPhrase,
    read: (tail) => {
      if (statusPhrase.test(tail)) return { status: tail }
      // "[checked by Kofi]": done, and who did it.
      const doneBy = doneByNames(tail)
      if (doneBy !== null) return { status: tail, state: 'complete', owners: doneBy }
      // "(future)", "(next)", "(later)": a roadmap's stage word, as a list of key steps marks the steps ahead.
      const stage = roadmapStageWording(tail)
      if (stage !== null) return { status: stage }
      const noted = statusThenNote.exec(tail)?.[1]?.trim()
      return noted !== undefined && statusPhrase.test(noted) ? { status: noted } : null
    },
    final: true,
  },
  /** "Solidify QA workflow completed", "Run a team workshop - completed 4/30". */
  habitWord: { cut: bareStatusPhrase, read: whole },
  /** "Agree the venue Carried forward no quote yet", "Book the hall. Not done (ask again?)". */
  habitComment: {
    cut: statusBeforeComment,
    // "Doing": a task board's middle column, work under way; the status parser leaves the word alone, since
    // headings use it ("What we are doing").
    read: (tail) => (/^Doing\b/.test(tail) ? { status: tail, state: 'in-progress' } : { status: tail }),
  },
} satisfies Record<string, TailShape>

export type TailShapeName = keyof typeof tailShapes

/**
 * Which shapes each kind of list writes its status in, tried in order. `item`: an item's progress after its last
 * spaced dash or colon, as meeting notes and annual action lists write it. `itemWithNote`: those, or a status word
 * between the item's last two spaced dashes with a note after it ("… - done - the links are in the chat"), as
 * minutes reviewing their last actions write it. `update`: those, or the state closing a
 * reviewed action's update, or opening the bracket that closes it ("(Done - the bot is set up)"), as minutes
 * reviewing their action log write it. `marker`: a status one action marks
 * off from itself (a tick, a bracket, a last sentence or dash, a word in capitals), each marker a status word
 * followed by nothing, a date or where the work landed. `habit`: a bare status word or a bracketed one, which a plan
 * reads only when its other items end so (see {@link statusAtEndOfTitles}).
 */
const readings = {
  item: ['dash', 'colon'],
  itemWithNote: ['dash', 'colon', 'betweenDashes'],
  update: ['dash', 'colon', 'statusSentences', 'stateThenNote', 'gluedState', 'bracketState'],
  marker: [
    'tick',
    'markerBracket',
    'carriedOver',
    'awaitedAnswer',
    'markerSentence',
    'capitals',
    'betweenDashes',
  ],
  habit: ['habitComment', 'habitBracket', 'habitWord'],
} as const satisfies Record<string, readonly TailShapeName[]>

export type StatusAtEndReading = keyof typeof readings

/**
 * The status a line ends in, in the shapes the given kind of list writes it, or null: the text before the status
 * (trimmed), the status as written and the shape. A status after a spaced dash is at most five words (its first
 * sentence, when a note saying why follows: "- done. Not possible under the current hosting."), one of whose
 * comma-separated phrases opens with a status ("open" alone is not started); after a colon it is all a status in at
 * most three words. An update closes with at most three sentences that are each all a status ("… Done. Closed"), a
 * state word in capitals and its note ("… Ongoing Need a reformulated action."), or a state word glued to the end
 * of an update of six words or more. A marker is a status word followed by nothing, a date or where the work landed
 * ("DONE in PR #5126", "completed March 2021"), or a pull request's state ("PR exists" is in progress); "Complete
 * the survey by May" and "– done by HR" are not markers.
 *
 * @example
 * statusAtEnd('Write up the use case - open', 'item') // { text: 'Write up the use case', status: 'Not started', shape: 'dash' }
 * statusAtEnd('Launch actions - initial design', 'item') // null
 * statusAtEnd('Jo to ask for a quote. Quote received in March. Closed', 'update')
 * // { text: 'Jo to ask for a quote. Quote received in March.', status: 'Closed', shape: 'statusSentences' }
 * statusAtEnd('Add an alert for the canary app. DONE in PR #5126', 'marker')
 * // { text: 'Add an alert for the canary app.', status: 'DONE in PR #5126', shape: 'markerSentence', state: 'complete' }
 */
export function statusAtEnd(line: string, reading: StatusAtEndReading): StatusAtEnd | null {
  for (const shape of readings[reading]) {
    const { cut, read, ...rest } = tailShapes[shape] as TailShape
    const found = cut(line)
    if (found === null) continue
    const said = read(found.tail, found.head)
    if (said !== null) return { text: found.head, ...said, shape }
    if (rest.final === true) return null
  }
  return null
}

/** A plan writes the habit when at least this many of its items end in a bracketed status… */
const minBracketed = 2
/** …or, with no bracket, at least this many items (and half of all of them) end in a status word. */
const minBare = 3

/**
 * Items that end in their status, as retrospectives' action lists, team wikis and roadmaps write them: "Solidify QA
 * workflow completed", "Put the leads meeting back on the calendar in progress", "Run a team workshop - completed
 * 4/30", "publish the roadmap (done)", "publish 'Get started' guidance (ongoing)". The status is read from the end
 * of the title and leaves it, for actions with no status of their own. A bracketed status ("(done)") is read when at
 * least two of the plan's items end so; a bare status word ("completed", "ongoing", "in progress", "done", "on
 * hold") only when at least three items, and half of all the plan's actions, end in one, since an item may end in
 * such a word as part of what it asks ("Mark the task done"). Without the habit, an item may still mark its own
 * status off (the `marker` reading of {@link statusAtEnd}). Each action read is an info issue `status-at-end` on
 * its row. Returns the issues; the actions' titles and statuses are set in place.
 *
 * @example
 * statusAtEndOfTitles(plan.actions, [2, 3, 4]) // "Solidify QA workflow completed" → "Solidify QA workflow", complete
 */
export function statusAtEndOfTitles(actions: Action[], rows: readonly number[]): ImportIssue[] {
  const endings = actions.map((action) =>
    action.status.state === 'unknown' && action.status.text === ''
      ? statusAtEnd(action.title, 'habit')
      : null,
  )
  const bracketed = endings.filter((ending) => ending?.shape === 'habitBracket').length
  const bare = endings.filter(
    (ending) => ending?.shape === 'habitWord' || ending?.shape === 'habitComment',
  ).length
  const readBare = bare >= minBare && bare * 2 >= actions.length
  const issues: ImportIssue[] = []
  // A list repeats a few statuses ("completed", "ongoing"): each is parsed once.
  const parsed = new Map<string, Status>()
  endings.forEach((ending, i) => {
    const action = actions[i]!
    if (
      ending === null ||
      ending.text === '' ||
      (ending.shape === 'habitBracket' ? bracketed < minBracketed : !readBare)
    ) {
      // Without the plan's habit, an item may still mark its own status off ("… DONE in PR #5126", "– done").
      const marked =
        action.status.state === 'unknown' && action.status.text === ''
          ? statusAtEnd(action.title, 'marker')
          : null
      if (marked === null) return
      action.title = marked.text
      if (marked.owners !== undefined && action.owners.length === 0) {
        action.owners = [...marked.owners]
        action.ownersText = marked.owners.join(', ')
      }
      const status = parseStatus(marked.status)
      action.status = {
        ...status,
        state: status.state === 'unknown' && marked.state !== undefined ? marked.state : status.state,
      }
      issues.push(atEndIssue(rows[i] ?? null, marked.status, 'marked off from the action'))
      return
    }
    action.title = ending.text
    if (ending.owners !== undefined && action.owners.length === 0) {
      action.owners = [...ending.owners]
      action.ownersText = ending.owners.join(', ')
    }
    const status = parsed.get(ending.status) ?? parseStatus(ending.status)
    parsed.set(ending.status, status)
    action.status = {
      ...status,
      state: status.state === 'unknown' && ending.state !== undefined ? ending.state : status.state,
    }
    issues.push(atEndIssue(rows[i] ?? null, ending.status, "as the plan's other items do"))
  })
  return issues
}

function atEndIssue(row: number | null, status: string, why: string): ImportIssue {
  return createImportIssue(
    'status-at-end',
    'info',
    row,
    null,
    null,
    `The action on row ${row} ends in its status ("${status}"), ${why}, so it was read as its status and taken out of the title. If that is wrong, add a status column, or force one with options.columns.`,
  )
}
