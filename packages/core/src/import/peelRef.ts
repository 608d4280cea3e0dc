import { peelLetteredRef } from './peelLetteredRef'
import { peelMinuteRef } from './peelMinuteRef'
import { peelRomanSubRef } from './peelRomanSubRef'
import { peelCodedRef } from './peelCodedRef'
import { peelGluedParagraphNumber } from './peelGluedParagraphNumber'
import { ITEM_GAP, ITEM_NUMBER } from './itemMark'

/** A ref peeled from the start of a cell, and the text after it. */
export interface PeeledRef {
  readonly ref: string
  readonly rest: string
}

/** Words that may qualify an item's label ("Proposed Action 1b:"). */
const QUALIFIER = '(?:proposed|new|draft)'

/**
 * Words that name an item of a plan but are also verbs or counted nouns ("Target 3 schools", "Measure 2 outcomes",
 * "Strategy 1 Bold"): a ref after one of them is peeled only with a colon, dot, bracket or dash after it
 * ("Milestone 2 – …", "Recommendation 4: …", "Strategy #1: …"), as progress reports, scrutiny reviews and
 * strategic plans number their items.
 */
const ITEM_NOUN =
  '(?:recommendation|milestone|strategy|outcome|target|measure|initiative|deliverable|task|activity)'

/** The word naming an item before its number ("Goal 2 ", "Action # 4 ", "Proposed Action no. 3 "). */
const ITEM_LABEL = String.raw`(?:${QUALIFIER}\s{1,3})?(?:action|objective|priority|project|principle|item|goal|aim|commitment|${ITEM_NOUN})\s{1,3}(?:#\s{0,2}|no\.\s{0,2})?`

// "1. ", "2.3 ", "1.1.2. ", "V3 ", "2      " (a number tabbed off its text: ITEM_GAP), "Action 4b: ", "Action 1.1;- ", "Action 2:- ", "Objective 1: ", "Milestone 2 – ", "Strategy #3: ", "1 – ", "1.3(b) " (a lettered part in brackets), "1.a. " (a lettered part after a dot), "D1.2.1-2 " (a lettered outline code and the number of its instalment, the hyphen's digits checked against the code's start by a bounded look back). A ref ending in a dot is not cut before
// a digit ("1.1." is the ref 1.1, not 1 and "1."). Bounded quantifiers only, anchored at the start, so it cannot
// backtrack on long cells.
const leadingRef = new RegExp(
  String.raw`^(?:${ITEM_LABEL})?([A-Za-z]?${ITEM_NUMBER}(?:\.\d{1,3}){0,3}(?:[a-z]|\.[a-z](?=[.)\s])|\([a-z]{1,4}\)|(?<=^[A-Za-z]\d{1,3}(?:\.\d{1,3}){1,3})-\d{1,2}(?=\s))?)(?:\.?\s{1,4}[–—-]\s{1,4}|[.:;]\s{0,2}[–—-]\s{0,4}|[.:)]${ITEM_GAP}|[.:)](?=[^\s\d])|${ITEM_GAP})(?=\S)`,
  'i',
)

/** "Goal 1- Review …": a labelled item whose dash is typed against its number. Only after an item word: a bare
 * number glued to a dash ("34- Finance") numbers an agenda item, not an action. */
const labelledGluedDash = new RegExp(
  String.raw`^${ITEM_LABEL}(${ITEM_NUMBER}(?:\.\d{1,3}){0,3}[a-z]?)[–—-]\s{1,4}(?=\S)`,
  'i',
)

/** An item noun ({@link ITEM_NOUN}) opening the cell, with the qualifiers `leadingRef` allows before it. */
const itemNounLead = new RegExp(String.raw`^(?:${QUALIFIER}\s{1,3})?${ITEM_NOUN}\s`, 'i')

/** "Equality Objective 1: ", "Strategic Priority 2.1: ": a label naming its theme in capitalised words before the
 * item word, then a colon (case-sensitive, so "deliver action 3 of the plan" is not one). Bounded runs only. */
const themedLabel = new RegExp(
  String.raw`^[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})? (?:Objective|Priority|Goal|Aim|Action) (${ITEM_NUMBER}(?:\.\d{1,3}){0,2}):\s{1,4}(?=\S)`,
)

/**
 * "Action 52/2: …", "New action 57/1: …": an action numbered by the meeting that set it and its place there, as an
 * association's minutes review them; the ref is "52/2". The colon is required. Anchored, bounded.
 */
const meetingActionLabel = new RegExp(
  String.raw`^(?:${QUALIFIER}\s{1,3})?action\s{1,3}(\d{1,4}\/\d{1,3}):\s{1,4}(?=\S)`,
  'i',
)

/** "Action 1a:", "Proposed Action 1b:": an item that calls itself an action, with the qualifiers `leadingRef` peels. */
const namedAction = new RegExp(String.raw`^(?:${QUALIFIER}\s+)?action\s`, 'i')

/**
 * Whether a cell opens by calling itself an action ("Action 2: …", "Proposed Action 1b: …").
 *
 * @example
 * namesItselfAction('Proposed Action 1b: Name a champion') // true
 * namesItselfAction('Objective 1: Grow skills') // false
 */
export function namesItselfAction(text: string): boolean {
  return namedAction.test(text.trimStart())
}

/**
 * Peels a ref typed at the start of a cell ("2.3 Set up a forum", "Action 4b: Review…") into `ref` and the rest,
 * or returns null when the cell does not start with one. A bare year ("2019 review") is not a ref.
 *
 * @example
 * peelRef('1.2 Set up a forum') // { ref: '1.2', rest: 'Set up a forum' }
 */
export function peelRef(text: string): PeeledRef | null {
  const start = text.trimStart()
  const roman = peelRomanSubRef(start)
  if (roman !== null) return roman
  const meeting = meetingActionLabel.exec(start)
  if (meeting !== null) return { ref: meeting[1]!, rest: start.slice(meeting[0].length).trim() }
  const match = leadingRef.exec(start) ?? themedLabel.exec(start) ?? labelledGluedDash.exec(start)
  if (match === null)
    return (
      peelLetteredRef(start) ?? peelMinuteRef(start) ?? peelCodedRef(start) ?? peelGluedParagraphNumber(start)
    )
  const ref = match[1]!
  // A deliberate guard on the item number's digits: a bare number of four digits or more opening a cell ("2019.
  // Review", "1500 Homes") is a year or a count, and a year after an item noun other than "action" ("Goal 2030:")
  // names a period; an action's number of any length is its ref ("Action 1000: …").
  const bare = match[0].startsWith(ref)
  if ((bare && /^[A-Za-z]?\d{4}/.test(ref)) || (/^(?:19|20)\d{2}$/.test(ref) && !namedAction.test(start)))
    return peelLetteredRef(start) ?? peelCodedRef(start)
  const rest = start.slice(match[0].length).trim()
  // "Target 3 schools in the north": an item noun that is also a verb needs punctuation after its number, unless
  // the number has parts and a capital follows ("Activity 2.1 Mentoring for new staff"): nobody counts "2.1
  // schools", so the label numbers the item.
  const outlineNumber = /^\d{1,3}(?:\.\d{1,3}){1,3}$/.test(ref) && /^[A-Z]/.test(rest)
  if (
    !outlineNumber &&
    itemNounLead.test(start) &&
    /^\s+$/.test(match[0].slice(match[0].indexOf(ref) + ref.length))
  )
    return peelLetteredRef(start) ?? peelCodedRef(start)
  if (rest === '') return null
  // "16 objectives sit under four themes", "3 new apprenticeships": a count before a word, not a number before
  // an item (which is followed by a dot, a bracket, a dash or a capital: "1. ", "2) ", "3 Promote").
  const spaceAfterNumber = match[0].startsWith(ref) && /^\s+$/.test(match[0].slice(ref.length))
  if (spaceAfterNumber && /^\d{1,3}$/.test(ref) && /^[a-z]/.test(rest)) return null
  return { ref: ref.replace(/\.$/, ''), rest }
}
