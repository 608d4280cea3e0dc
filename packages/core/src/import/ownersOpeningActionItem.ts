import { BULLET_LEAD } from './bulletMarks'
import { FUNCTION_WORDS } from './functionWords'
import { isInstruction } from './isInstruction'
import { imperativeWithTo, ownerAtStart, workAfterOwnerColon } from './ownerAtStart'
import { ownersBeforeDash } from './ownersBeforeDash'
import { instructionVerbs } from './ownersNamedAsSubject'

/** A heading over a meeting's action items: "Action Items", "Action points", "Agreed actions". A plain "Actions"
 * heads a plan's steps as often as a meeting's, where "Each Governor to …" names no one person. */
export const actionItemsHeader =
  /^(?:actions?\s(?:items?|points?|agreed|arising)|agreed actions|actions?\sfrom\s(?:the\s)?(?:previous|last)\smeeting)\s{0,2}:?$/i

/** "Actions", "Action": a column of a meeting's actions beside its discussion. */
const plainActionsHeader = /^actions?\s{0,2}:?$/i
/** "SD", "AB/CY": a member's initials, or two joined by a slash. */
const initialsOnly = /^\p{Lu}{2,4}(?:\/\p{Lu}{2,4}){0,3}$/u

/** "OUTSTANDING TASKS", "Open actions", "Pending action items": a heading over a standing list of tasks still
 * to do, as a committee's agenda package lists them with each task's owner first. */
const outstandingTasksHeading =
  /^(?:outstanding|open|pending)\s{1,2}(?:tasks|actions|action\s{1,2}items)\s{0,2}:?$/i

/** One first name or a first name and surname, as minutes write them: "Meesh", "Chris Parsons". */
const name = "[A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20})?"

/** "Meesh and Joe to …", "Chris, Ana and Tom to …", "Ana/Tom to …", "Clare continuing to …": the names, then "to". */
const opening = new RegExp(
  `^(${name}(?:(?:, |/)${name}){0,3}(?: (?:and|&) ${name})?) (?:to|continuing to|continues to|is to|are to) ([a-z]+)\\b`,
)

/** After "to", a determiner or pronoun makes "to" a preposition ("Write to the Dean"), not an infinitive. */
const notVerb: ReadonlySet<string> = new Set([
  'a',
  'all',
  'an',
  'any',
  'each',
  'every',
  'her',
  'him',
  'his',
  'its',
  'me',
  'our',
  'the',
  'their',
  'them',
  'these',
  'this',
  'those',
  'us',
])

/** "Each Governor to …", "All staff to …": a group the item addresses, not a person owning it. */
const quantifiers: ReadonlySet<string> = new Set([
  'all',
  'any',
  'both',
  'each',
  'every',
  'some',
  'staff',
  'everyone',
])

/**
 * The people a meeting's action item names before "to" ("Meesh and Joe to be having a meeting on …", "Chris to
 * update the minutes", "Clare continuing to look into …"), under an "Action Items" / "Action points" / "Agreed
 * actions" header (in a table without a header row, under an "Outstanding tasks" heading), as the minutes of
 * companies' working groups, university committees and open-source teams list them: one or more first names (or
 * first name and surname) joined by commas and "and", then "to" and a verb. The title keeps the names as written. An imperative item ("Write to the Dean", "Report to Council") and any
 * item under another header name nobody. Returns [] when no one is named.
 *
 * @example
 * ownersOpeningActionItem('Priya and Tom to book the room for the away day', 'Action items') // ['Priya', 'Tom']
 * ownersOpeningActionItem('Write to the Dean about the budget', 'Action items') // []
 */
export function ownersOpeningActionItem(title: string, header: string): string[] {
  if (!actionItemsHeader.test(header.trim()) && !outstandingTasksHeading.test(header.trim())) {
    const labelled = ownersAfterActionLabel(title)
    return labelled.length > 0 ? labelled : namesListedInProse(title)
  }
  return namesOpening(title)
}

/** "Action item – ", "Action point: ", "Action: ": a minute's label before who takes the item on. Bounded. */
const actionLabel = /\baction(?:\s(?:item|point))?\s{0,2}[:–—-]\s{0,3}/gi

/** What may stand right before such a label: the item's start, a sentence's end or a dash. */
const beforeLabel = /(?:^|[.!?;:–—-])\s{0,3}$/

/**
 * The people an "Action item" label inside an item's prose names before "to", as minutes record a discussion and
 * then who takes it on: "Guest speaker for the spring meeting. Action item – Priya to write to the society." →
 * Priya; "Hall booking –Action point: Tom and Ana to check the dates" → Tom, Ana. The label must open the item,
 * follow a sentence's end or a dash; the names and "to" and a verb after it are read as under an "Action Items"
 * header. Returns [] when no label names anyone.
 */
function ownersAfterActionLabel(title: string): string[] {
  const text = title.slice(0, 1000)
  for (const label of text.matchAll(actionLabel)) {
    if (!beforeLabel.test(text.slice(Math.max(0, label.index - 4), label.index))) continue
    const names = namesOpening(text.slice(label.index + label[0].length))
    if (names.length > 0) return names
  }
  return []
}

/**
 * Where a clause of an item's prose starts: after a sentence's end, a dash or a topic's colon, before a capital.
 * Bounded.
 */
const clauseStart = /(?:[.!?;:]|\s[–—-])\s{0,3}(?=[A-Z])/g

/** At most this many clause starts of one item are read. */
const maxClauses = 20

/**
 * Where the clauses of an item's prose after its first start (after a sentence's end, a dash or a topic's colon,
 * before a capital), by index: at most twenty, in the first 1,000 characters.
 */
export function clauseOpenings(title: string): number[] {
  const starts: number[] = []
  for (const match of title.slice(0, 1000).matchAll(clauseStart)) {
    if (starts.length >= maxClauses) break
    starts.push(match.index + match[0].length)
  }
  return starts
}

/**
 * A word shaped as a thing rather than a person's name: a noun in -ing, -tion, -sion, -ment, -ness, -ance, -ence
 * or -ity ("Training", "Guidance"), or a plural ending in a consonant and "s" ("Plans", "Steps", "Efforts").
 */
const thingShaped = /(?:ing|tion|sion|ment|ness|ance|ence|ity|[bcdfgkmnprt]s)$/

/** Whether a capitalised word is shaped as a thing, not a person's name ("Training", "Plans"): see above. */
export function isThingShaped(word: string): boolean {
  return thingShaped.test(word)
}

/**
 * The people named before "to" and a verb inside an item's prose, with no label, as minutes record who takes a
 * topic on: "Bike shed – Priya and Tom to get quotes", "The hall is booked. Ana, Leo and Sam to set out the
 * chairs." → the names. The list must open a clause after the item's first (after a sentence's end, a dash or a
 * topic's colon): an item opening with names is left to the readers of owner-led lists, which weigh the whole
 * page. One capitalised word before "to" is read only when two or more clauses of the item each open with one
 * before an instruction's verb ("Hall: the keys are lost. Ana to ask the caretaker. Tom to check the spares." →
 * Ana, Tom): "Plans to …", "Access to …" name a thing, and one lone first name reads no differently. Nor is a
 * list before "to be" read ("Policies and Procedures to be reviewed": acted on).
 */
function namesListedInProse(title: string): string[] {
  const text = title.slice(0, 1000)
  const lone: string[] = []
  for (const start of clauseOpenings(text)) {
    const listed = opening.exec(text.slice(start, start + maxOpening))
    if (listed === null || listed[2] === 'be') continue
    const names = namesOf(listed)
    if (names.length === 0 || !names.every(isFirstNameLike)) continue
    if (names.length >= 2) return names
    if (!thingShaped.test(names[0]!) && instructionVerbs.has(listed[2]!) && !lone.includes(names[0]!))
      lone.push(names[0]!)
  }
  return lone.length >= 2 ? lone : []
}

/** "Priya", "Tom Hill": a name, not an instruction or a function word ("Review and Update to …"). */
function isFirstNameLike(name: string): boolean {
  const first = name.split(' ')[0]!.toLowerCase()
  return !imperativeWithTo.has(first) && !instructionVerbs.has(first) && !FUNCTION_WORDS.includes(first)
}

/** At most this many characters of an item's text (or of a clause of it) are read for the names opening it. */
const maxOpening = 200

/** The names opening `text` before "to" and a verb, else []. */
export function namesOpening(text: string): string[] {
  return namesOf(opening.exec(text.slice(0, maxOpening)))
}

/** The names of an `opening` match, else [] (no match, "to" as a preposition, an instruction or a group). */
function namesOf(match: RegExpExecArray | null): string[] {
  if (match === null || notVerb.has(match[2]!)) return []
  const names = match[1]!.split(/, |\/| and | & /)
  const first = names[0]!.split(' ')[0]!.toLowerCase()
  if (imperativeWithTo.has(first) || quantifiers.has(first)) return []
  return names
}

/** The owner's names before the colon, joined as minutes join them: "Ana/Tom", "Ana and Tom", "Ana & Tom". */
const ownerJoiner = /\/| and | & /

/** "Book the room …", "draft posts …", "book the hall …": the instruction after an owner's colon. */
function opensWork(rest: string): boolean {
  if (/^[A-Z][a-z]{1,20} /.test(rest)) return true
  const first = /^[a-z]{2,20}(?= )/.exec(rest)?.[0]
  // "booked the room already": the work reported done, not an instruction.
  if (first === undefined || first.endsWith('ed')) return false
  return instructionVerbs.has(first) || imperativeWithTo.has(first) || isInstruction(rest)
}

/**
 * The owner a meeting's action item names before a colon, under an "Action Items" / "Actions from the last
 * meeting" header, with the work after it as an instruction ("Priya: Book the room for May", "All: Read the draft
 * before Friday", "Tom/Ana: Send the survey out"): the names (as {@link ownerAtStart} reads them, one to four
 * capitalised words or "All") are the owners and the instruction after the colon ({@link workAfterOwnerColon}),
 * opening with a capital, or in lower case with an instruction's verb ("GN: draft the posts"), is the title. Under
 * any other header, and for a label ("Note: …", "Update: …"), returns null, unless `membersGivenColonWork` says the
 * page gives its members work so wherever it stands ({@link givesMembersColonWork}).
 *
 * @example
 * ownerLabelOpeningActionItem('Priya: Book the room for May', 'Action items') // { owners: ['Priya'], rest: 'Book the room for May' }
 * ownerLabelOpeningActionItem('Priya: Book the room for May', 'Notes') // null
 */
export function ownerLabelOpeningActionItem(
  title: string,
  header: string,
  membersGivenColonWork = false,
): { owners: string[]; rest: string } | null {
  // Under a plain "Actions" header, only initials before the colon ("SD: Draft the article") name an owner: a word
  // there ("Website: Update the page") is as often the topic.
  const plain = !membersGivenColonWork && plainActionsHeader.test(header.trim())
  if (!membersGivenColonWork && !plain && !actionItemsHeader.test(header.trim())) return null
  const owner = ownerAtStart(title, 'name-first')
  // "Cameron - To invite the other councils": the names, a spaced dash, then the work as an infinitive.
  const dashed = plain || owner !== null ? null : ownersBeforeDash(title.slice(0, maxOpening))
  if (dashed !== null && infinitiveWork.test(dashed.rest))
    return { owners: dashed.owners, rest: title.slice(title.length - dashed.rest.length).trimEnd() }
  if (plain && (owner === null || !initialsOnly.test(owner))) return null
  const rest = owner === null ? null : workAfterOwnerColon(title, owner)
  if (owner === null || rest === null || !opensWork(rest)) return null
  return { owners: owner.split(ownerJoiner), rest: rest.trimEnd() }
}

/** "To invite the councils", "to book the hall": work written as an infinitive, which no topic after a dash is ("to be
 * agreed" says how a topic stands). Anchored, bounded. */
const infinitiveWork = /^to (?!be\b)\p{Ll}{2,20} \S/iu

/** "Owen", "Chip Miller": a line that is only a person's name, as an attendee list writes one a line. Bounded. */
const loneName = /^(\p{Lu}[\p{Ll}'’-]{1,20})(?: \p{Lu}[\p{Ll}'’-]{1,20})?$/u

/** At least this many lines give one member work after a colon, and this many of them name a listed attendee. */
const minColonWork = 3
const minListedOwners = 2

/**
 * Whether a one-column page of notes gives its members work as "Name: instruction" lines wherever they stand (under
 * each agenda heading, not only under "Action items"): at least three lines open with one person's first name, a
 * colon and an instruction ("Noor: Book the hall", "Ivo: Check the lights"), and at least two of those names are
 * listed alone on their own lines, as the notes' attendee list writes them ("- Noor", "- Ivo Brandt").
 *
 * @example
 * givesMembersColonWork([['Attendees'], ['- Noor'], ['- Ivo'], ['Noor: Book the hall'], ['Ivo: Check the lights'], ['Noor: Order the cups']]) // true
 */
export function givesMembersColonWork(table: readonly (readonly string[])[]): boolean {
  const listed = new Set<string>()
  const owners: string[] = []
  for (const row of table) {
    const filled = row.filter((cell) => cell.trim() !== '')
    if (filled.length !== 1) continue
    const line = filled[0]!.trim().replace(BULLET_LEAD, '')
    if (line.length > 400) continue
    const lone = loneName.exec(line)
    if (lone !== null) {
      listed.add(lone[1]!)
      continue
    }
    const work = ownerLabelOpeningActionItem(line, '', true)
    if (work !== null && work.owners.length === 1 && !work.owners[0]!.includes(' '))
      owners.push(work.owners[0]!)
  }
  return (
    owners.length >= minColonWork && owners.filter((owner) => listed.has(owner)).length >= minListedOwners
  )
}
