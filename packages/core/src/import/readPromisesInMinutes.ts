import type { FlattenedActionTables } from './flattenActionTables'
import { FUNCTION_WORDS } from './functionWords'
import { oneColumnRecords, type OneColumnRecord, type PageLine, pageLines } from './oneColumnRecords'
import { splitSentences } from './proseStep'
import { actionLabel, isNamedOwner } from './ownerAtStart'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'

/** "Minutes", "Notes:", "Meeting notes": the heading over the written record of a meeting, alone on its line. */
const minutesHeading = /^(?:(?:meeting )?(?:minutes|notes)|discussion)\s{0,2}:?$/i

/** At least this many sentences below the heading must say who will do what for the notes to hold actions. */
const minPromises = 2

/** At least this many lines opening with who will act ("Ana will book the hall") make notes without a heading. */
const minOpeningPromises = 3

/** A line longer than this is not looked into (a pasted document, not a minute). */
const maxLineLength = 2_000

/**
 * "Priya will write", "Tom Reyes will ask": a capitalised name of one or two words opening its clause (the line's
 * start, or after a comma or "and"), then "will" and a verb. Group 1 is the name, group 2 the verb. Every run is
 * bounded and the name's words hold no spaces: linear.
 */
const namedWill = /(?:^|, |\band )(\p{Lu}[\p{L}'-]{1,20}(?: \p{Lu}[\p{L}'-]{1,20})?) will ([a-z]{2,20})\b/u

/**
 * "Lisa volunteered to draft it", "Omar and Jana offered to ask", "Tom agreed to call", "Ana is willing to write": one
 * or two names opening their clause (a name may end in its surname's initial, "Ann D."), then a past offer or a stated willingness and the verb taken on. Group 1 is the
 * name or names, group 2 the verb; "agreed to the date" names no verb and is no offer. Every run is bounded: linear.
 */
const namedOffer =
  /(?:^|, |\band )(\p{Lu}[\p{L}'-]{1,20}(?: \p{Lu}\.)?(?: and \p{Lu}[\p{L}'-]{1,20}(?: \p{Lu}\.)?)?) (?:volunteered|offered|agreed|(?:is|are) willing) to (?!(?:the|an?|this|that|these|those|its?|his|her|their|our|all|any|each|every|some)\b)([a-z]{2,20})\b/u

/** "she'll post", "we will try", "We’ll ask": a pronoun and "will", anywhere in the sentence. Group 1 the pronoun. */
const pronounWill = /\b(we|she|he|they|i)(?: will |['’]ll )([a-z]{2,20})\b/i

/** "will be", "will have", "will not": a state or a forecast, never a piece of work someone takes on. */
const notWork = new Set(['be', 'have', 'not', 'need', 'probably', 'likely', 'also', 'still', 'then'])

/**
 * "due in October", "by mid-November", "before the end of March 2017": a deadline phrase of the sentence. Group 1 is
 * the date as written, read against the plan's reference date. Anchored on a lead word, every run bounded: linear.
 */
const deadline =
  /\b(?:due|by|before|until)\s(?:in\s)?((?:(?:the\s)?(?:early|mid|late|end of|end)[\s-]{1,2})?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s\d{4})?)\b/

/**
 * Reads the minutes of a meeting written as narrative notes (a working group's telcon notes in Markdown, one bullet a
 * line, with a "Minutes" or "Notes" heading), whose actions sit inside the discussion as sentences saying who will do
 * what: "Abstract due in May, Priya will write a first draft.", "Lena said the question came up before and that she'll
 * answer it on the tracker.", "We'll try to finish the checks before the workshop …". Each sentence below the page's title in
 * which a named person, or "we", "she", "he" or "they", will do something is one action titled by that sentence; its
 * owner is the person named before "will", or for "she" or "he" the name opening the sentence ("Lena said
 * …"); a deadline the sentence sets ("due in October", "by mid-November") is its target, read in the year of the
 * meeting. "X will be …" forecasts, and is no action. A line the minute-taker labelled as an action ("ToDo: Ben will
 * post it", "Action: book the room") is an action too, titled after its label. Every other line (the agenda, the
 * discussion) is left out. Returns null unless a one-column page has such a heading and at least two sentences below
 * that heading say who will do what, or, without the heading, at least three lines open with a person's name and
 * "will" ("Mirela will ask the regulars …"; initials and bodies opening a line do not count, as plans' commitments
 * do). Read after every other reader of minutes: a page with an action list is theirs.
 *
 * @example
 * readPromisesInMinutes([
 *   ['2021-03-02 - Monthly schema call'], ['Minutes'], ['Little progress since the last call.'],
 *   ['Paper due in April, Ana will write a draft.'], ['Ben will send a poll.'],
 * ])?.rows.slice(1) // [['Action', 'Owner', 'Target date', 'As written'], ['Paper due in April, Ana will write a draft.', 'Ana', 'April', 'Paper due in April, Ana will write a draft.'], ['Ben will send a poll.', 'Ben', '', 'Ben will send a poll.']]
 */
export function readPromisesInMinutes(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  // Without a minutes heading, the notes below the title are the minutes when lines open with who will act.
  const heading = lines.findIndex((line) => minutesHeading.test(line.text))
  const at = heading >= 0 ? heading : opensWithPromises(lines) ? 0 : -1
  if (at < 0) return null
  // The title names the meeting; every line below it may hold an action, the status updates above the minutes too.
  const below = lines.slice(1)
  const records: OneColumnRecord[] = []
  const skippedRows: number[] = []
  // Promises counted below the heading: a sentence above it ("the steps we will take", in an introduction) may be
  // read as an action of its own, but the page is read this way only when the minutes themselves say who will act.
  const headingRow = lines[at]!.index
  let promises = 0
  for (const line of below) {
    // "ToDo: Ben will post it", "Action: book the room": a line the minute-taker labelled is an action, whatever it says.
    const label = line.text.length > maxLineLength ? null : actionLabel.exec(line.text)
    const text = label === null ? line.text : line.text.slice(label[0].length)
    const promise = line.text.length > maxLineLength ? null : promiseIn(text)
    if (promise !== null && line.index > headingRow) promises++
    // An offer ("Lisa volunteered to …") is read on a page the promises made minutes, and does not make one.
    const offer = promise === null && line.text.length <= maxLineLength ? offerIn(text) : null
    const title = promise?.sentence ?? offer?.sentence ?? (label !== null && text !== '' ? text : null)
    if (title === null) skippedRows.push(line.index + 1)
    else
      records.push({
        index: line.index,
        cells: [title, promise?.owner ?? offer?.owner ?? '', deadline.exec(title)?.[1] ?? '', line.text],
      })
  }
  if (promises < minPromises) return null
  const top = lines[0]!.index + 1
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Action', 'Owner', 'Target date', 'As written'],
    records,
    {
      mergedRows: [],
      skippedRows,
      titleEvidence: 'each sentence of the minutes saying who will do what, one action a sentence',
    },
  )
}

/** "Ana will book the hall", "Tom Reyes will ask …": lines of the page (below its title) opening with who will act. */
function opensWithPromises(lines: readonly PageLine[]): boolean {
  let opening = 0
  for (const line of lines.slice(1)) {
    if (line.text.length > maxLineLength) continue
    const named = namedWill.exec(line.text)
    if (named?.index === 0 && !notWork.has(named[2]!) && isPerson(named[1]!) && isGivenName(named[1]!))
      opening++
    if (opening >= minOpeningPromises) return true
  }
  return false
}

/**
 * "Parents", "Pupils", "Businesses", "Families", "Staff": a group named by a plural noun, as a plan's commitments open
 * ("Parents will get a report each term"), not a person. One anchored run of letters: linear.
 */
const pluralGroup =
  /^(?:\p{L}{1,30}(?:[bcdfghklmnprtvwz]s|(?:ss|ch|sh|x)es|ies)|staff|people|children|police|public)$/iu

/**
 * "Mirela", "Tom Reyes": a person's name written out, not initials ("POD"), an office or a body ("Council") nor a
 * group named in the plural ("Parents"; a one-word name that ends as a plural does, "Lars", is missed, and only does not
 * count towards the lines that make notes without a heading).
 */
function isGivenName(name: string): boolean {
  const words = name.split(' ')
  if (words.length === 1 && pluralGroup.test(name)) return false
  return words.every((word) => /^\p{Lu}\p{Ll}/u.test(word) && !isRoleOrBodyWord(word))
}

/** The first sentence of a line saying who will do what, and its owner ('' for "we"). */
function promiseIn(text: string): { sentence: string; owner: string } | null {
  // pageLines collapses spaces, so each split point is one space: linear.
  for (const sentence of splitSentences(text)) {
    const named = namedWill.exec(sentence)
    if (named !== null && !notWork.has(named[2]!) && isPerson(named[1]!))
      return { sentence, owner: named[1]! }
    const pronoun = pronounWill.exec(sentence)
    if (pronoun === null || notWork.has(pronoun[2]!.toLowerCase())) continue
    const who = pronoun[1]!.toLowerCase()
    if (who === 'we' || who === 'they' || who === 'i') return { sentence, owner: '' }
    // "Lena said that … she'll answer …": the person the sentence opens on.
    const opener = sentence.split(' ', 1)[0]!
    if (isPerson(opener)) return { sentence, owner: opener }
  }
  return null
}

/**
 * The first sentence of a line in which named members offer or agree to do something, and its owners: "Lisa and Omar
 * volunteered to draft it" is Lisa's and Omar's; the members as a whole ("Members agreed to meet") or an office are
 * no owner named. "Agreed to the plan" takes no verb and is no offer.
 */
function offerIn(text: string): { sentence: string; owner: string } | null {
  for (const sentence of splitSentences(text)) {
    const named = namedOffer.exec(sentence)
    if (named === null || FUNCTION_WORDS.includes(named[2]!) || notWork.has(named[2]!)) continue
    const names = named[1]!.split(' and ')
    if (names.every((name) => isPerson(name) && isGivenName(name.replace(/ \p{Lu}\.$/u, ''))))
      return { sentence, owner: names.join(', ') }
  }
  return null
}

/** A person's name, not a sentence opener ("This", "The") nor a word of the meeting's business. */
function isPerson(name: string): boolean {
  return !FUNCTION_WORDS.includes(name.split(' ', 1)[0]!.toLowerCase()) && isNamedOwner(name)
}
