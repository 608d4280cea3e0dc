import type { FlattenedActionTables } from './flattenActionTables'
import { type Members, membersOf, membersPresent } from './namesPresent'
import { type OneColumnRecord, oneColumnRecords, type PageLine } from './oneColumnRecords'
import { isNamedOwner, ownerAtStart } from './ownerAtStart'
import { isGoverningOffice } from './isGoverningOffice'
import { splitSentences } from './proseStep'
import { lastSpacedDash } from './lastSpacedDash'
import { namesAfterDash } from './namesAfterDash'
import { lookupMonth } from '../dates/lexicon'
import { isHonorific } from '../owners/isHonorific'

/** At least this many tasked sentences, and this many people on the roll, make the layout. */
const minTasks = 3
const minPresent = 2

/** A line longer than this is read no further (a minute is a few hundred characters). */
const maxLine = 2000

/** At most this many lines at the top of the page are read for a roll written without its label. */
const maxRollLine = 8

/** "Ana, Jo, Raj", "Tom and Ana", "Ana/Tom": what joins the people one sentence tasks together. */
const joiner = /\s?\/\s?|, | and | & /

/** "will be resigning", "will retire", "will be moving away": a member's news of leaving, which is no work. */
const leaving = '(?:resign|retir|leaving\\b|mov(?:e|ing) away|st(?:ep|and)(?:ping|ing)? down)'

/**
 * "to" or "will" and then a verb in lower case, as minutes give work ("Ana to ask …", "Ana will ask …", "Ana will be
 * meeting …"); "will be" takes only a verb in "-ing" ("will be asked" names work done to someone, "will be away" none),
 * and "will not", "will have", "will need" and news of leaving ("will be resigning") give no work. Bounded.
 */
const toOrWill = `(?:to|will(?! (?:be (?!\\p{Ll}{2,20}ing\\b)|not\\b|have\\b|need\\b|(?:be )?${leaving})))`

/** "Ana, Jo, Raj to …": first names (a surname allowed) joined by commas, "and", "&" or "/", then "to".
 * Bounded. */
const namesBeforeTo = new RegExp(
  `^(\\p{Lu}\\p{Ll}{1,20}(?: \\p{Lu}\\p{Ll}{1,20})?(?:(?:, | and | & |\\/)\\p{Lu}\\p{Ll}{1,20}(?: \\p{Lu}\\p{Ll}{1,20})?){1,5}) ${toOrWill} (?=\\p{Ll})`,
  'u',
)

/**
 * One person as minutes name them inside a sentence: "Mina", "Tomas R", "R. Okafor", "Cllr Shah", "Dev
 * Shah", or an officer of the body ("Clerk", "the Treasurer"). Bounded.
 */
const person =
  '(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Rev)\\.? )?(?:\\p{Lu}\\. ?)?\\p{Lu}\\p{Ll}{1,20}(?: \\p{Lu}\\p{Ll}{1,20}| \\p{Lu}(?= ))?'

/** People joined, then "to" or "will" and a verb in lower case, at the point a clause starts. Bounded. */
const peopleBeforeTo = new RegExp(
  `^(${person}(?:(?:, | and | & |/)${person}){0,4}) ${toOrWill} (?=\\p{Ll})`,
  'u',
)

/** " to ask …", " will ask …": what follows the people a sentence opens by tasking. Bounded. */
const workAfterNames = new RegExp(`^ ${toOrWill} (?=\\p{Ll})`, 'u')

/** "Robe Repair – ", "Chairs - ": a topic of one to four capitalised words opening a line, and its spaced dash.
 * Bounded. */
const topicDash = /^\p{Lu}[\p{L}'’&-]{0,30}(?: [\p{L}'’&-]{1,30}){0,3} [–—-] (?=\p{Lu})/u

/**
 * "Insurance to be arranged from 1 May", "'The Forge' will be approached about the hinge": a sentence whose subject
 * is work still to be done by no one named, "to be" or "will be" and a verb in "-ed". Bounded.
 */
const passiveTask = /^['‘"“]?\p{Lu}[^.;:!?]{0,60}? (?:to|will) be \p{Ll}{2,20}ed\b/u

/** The break before a sentence opening with a name in single quotes, which a sentence break leaves alone. */
const quotedStart = /(?<=[.!?]) (?=['‘]\p{Lu})/u

/** "ACTION – Book the hall", "Actions:", "ACTION": a line labelled as the minutes' action, or heading their actions. */
const actionLabel = /^actions?(?:\s{0,2}[:–—-]|$)/i

/** "Ana Cruz, Tom Reed, Sam Ode": a person's first name and surname, as a roll without its label lists them. */
const fullName = /^\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20}){1,2}$/u

/**
 * Reads the actions of minutes that give work to the members present in plain sentences among the notes, with no
 * action label or list: "Ana, Jo, Raj to call the three applicants.", "Agreed to bid for it.
 * Kofi to draft the bid and send it round.", "Tom to set up the rota", as community
 * groups' steering minutes record who took what on. A sentence that opens with one or more names before "to" and a
 * verb, one of them on the minutes' roll ("Present: Ana, Jo, Kofi, Raj, Tom"), is an action: that sentence its
 * title, the names its owners, the whole line kept as its description. A sentence telling of work to be done by
no one named ("Insurance to be arranged from May", "The hinge will be repaired") is an action with no owner. The names may also open a clause later in
 * the sentence ("Stream bank collapse discussed, Ana to ask for advice", "All in hand Tom R to open up"), where the
 * action starts; a member may be named by a title and surname or an initial and surname ("Cllr Cruz", "A. Cruz"),
 * and an officer by the office ("Clerk to write to the council"). The roll may be a line of full names without its
 * label near the top of the page. A member may be tasked with "will" as with "to" ("Ana will wash the cloths", "Ana
 * will be meeting the caretaker"; a later sentence of the line saying more of what Ana will do is the same action), and
 * an update's topic may name who will see to it, on the roll or not ("Robe repair – Trudi will be contacting …"). A
 * lead-in sentence ending in a colon ("The fair is on June 12th. Members agreed to bring the following:") over lines
 * naming only members after a spaced dash ("Tablecloths – Sheryl", "Cookies – Kim, Peg") is a volunteer list: each
 * line is an action owned by them, titled by the thing before the dash and due on the day the lead-in names.
 * Everything else (the roll, the discussion, the headings) holds no actions. Null unless the page is one column with
 * a roll of at least two names and at least three such sentences.
 *
 * @example
 * readMembersTaskedInMinutes([['Minutes'], ['Present: Ana, Tom, Sam']], [
 *   { index: 0, text: 'Minutes' }, { index: 1, text: 'Present: Ana, Tom, Sam' }, { index: 2, text: 'Ana to book the hall.' },
 *   { index: 3, text: 'Agreed. Tom to ask the council.' }, { index: 4, text: 'Sam and Ana to print the flyers' },
 * ])?.rows[3] // ['Tom to ask the council.', 'Tom', 'Agreed. Tom to ask the council.']
 */
export function readMembersTaskedInMinutes(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null,
): FlattenedActionTables | null {
  if (lines === null || lines.length <= minTasks) return null
  // Minutes that label their actions ("ACTION – …", "Actions:") are read by the labels, not by the sentences.
  if (lines.some((line) => actionLabel.test(line.text))) return null
  const roll = rollOf(table, lines)
  if (roll === null) return null
  const records: OneColumnRecord[] = []
  const skippedRows: number[] = []
  let tasked = 0
  // The day a lead-in over a list of volunteers names ("… on December 12th. Members agreed to bring the following:"),
  // while its list runs; null outside such a list.
  let list: { readonly day: string } | null = null
  // The day the minutes were held, the first day with its year they name ("Minutes of September 30, 2010").
  let meeting = datedDay(lines[0]!.text)
  for (const line of lines.slice(1)) {
    const before = records.length
    const volunteers = list === null ? null : volunteersOf(line.text, roll)
    if (volunteers !== null) {
      tasked++
      records.push({
        index: line.index,
        cells: [volunteers.title, volunteers.owners.join(', '), line.text, list!.day],
      })
      continue
    }
    list = isListLeadIn(line.text) ? { day: listDay(line.text, meeting) } : null
    if (meeting === null) meeting = datedDay(line.text)
    if (line.text.length <= maxLine && list === null)
      for (const sentence of sentencesOf(line.text)) {
        const task = taskedMembers(sentence, roll)
        // "Ana will meet the caretaker. Ana will ask him about …": a later sentence of the line saying more of what
        // the same people will do is part of the same action.
        const previous = records.length > before ? records.at(-1)! : null
        if (task?.will === true && previous?.cells[1] === task.owners.join(', ')) continue
        if (task !== null) tasked++
        const title = task?.title ?? (passiveTask.test(sentence) ? sentence : null)
        if (title !== null)
          records.push({
            index: line.index,
            // A row naming no one keeps its line as its description, so it is not read as a heading over the rest.
            cells: [
              title,
              task?.owners.join(', ') ?? '',
              line.text === title && task !== null ? '' : line.text,
              '',
            ],
          })
      }
    if (records.length === before) skippedRows.push(line.index + 1)
  }
  if (tasked < minTasks) return null
  const top = lines[0]!.index
  return oneColumnRecords(
    [[lines[0]!.text]],
    top + 1,
    ['Action', 'Owner', 'Description', 'Target'],
    records,
    {
      mergedRows: [],
      skippedRows,
      titleEvidence: 'each sentence giving work to members present ("Kofi to draft the bid …")',
    },
  )
}

/** The members on the minutes' roll: its labelled "Present: …" line, else a line of full names near the top. */
function rollOf(table: readonly (readonly string[])[], lines: readonly PageLine[]): Members | null {
  const present = membersPresent(table)
  if (present.first.size >= minPresent) return present
  for (const line of lines.slice(0, maxRollLine)) {
    const names = line.text.split(/, | and /)
    if (names.length >= minPresent + 1 && names.every((name) => fullName.test(name.trim())))
      return membersOf(names.map((name) => name.trim().split(' ')))
  }
  return null
}

/**
 * The sentences of a line, with a break after a lone initial mended ("R. Okafor to …": an initial ends no sentence)
 * and one made before a name in single quotes ("… hinges. 'The Forge' will be …").
 */
function sentencesOf(text: string): string[] {
  const kept: string[] = []
  for (const sentence of splitSentences(text).flatMap((part) => part.split(quotedStart))) {
    const previous = kept.at(-1)
    if (previous !== undefined && /(?:^|\s)\p{Lu}\.$/u.test(previous))
      kept[kept.length - 1] = `${previous} ${sentence}`
    else kept.push(sentence)
  }
  return kept
}

/**
 * The work a sentence gives to members on the roll: the sentence itself when it opens with them ("Ana, Jo, Raj to
 * contact …"), else the clause from where they are first named before "to" and a verb; null when it gives none.
 */
function taskedMembers(
  sentence: string,
  roll: Members,
): { title: string; owners: string[]; will: boolean } | null {
  const opening = openingTask(sentence, roll.first)
  if (opening !== null)
    return {
      title: sentence,
      owners: opening.owners,
      will: sentence.startsWith(' will ', opening.named.length),
    }
  // "Robe repair – Trudi will be contacting …": an update's topic, then who will see to it, on the roll or not.
  const afterTopic = topicDash.exec(sentence)?.[0].length ?? -1
  for (let at = 0; at < sentence.length; at++) {
    if (!startsClause(sentence, at)) continue
    const named = peopleBeforeTo.exec(sentence.slice(at, at + 200))?.[1]
    if (named === undefined) continue
    const owners = named.split(joiner).map((name) => name.trim())
    const known = (name: string) =>
      onRoll(name, roll) || isGoverningOffice(name) || (at === afterTopic && isNamedOwner(name))
    if (owners.every(known))
      return { title: sentence.slice(at), owners, will: sentence.startsWith(' will ', at + named.length) }
  }
  return null
}

/** Whether a clause can open at `at`: the sentence's start, or a capital after a comma, a dash or a word. */
function startsClause(sentence: string, at: number): boolean {
  if (!/\p{Lu}/u.test(sentence[at] ?? '')) return false
  if (at === 0) return true
  if (sentence[at - 1] !== ' ') return false
  const before = sentence.slice(Math.max(0, at - 3), at - 1)
  return /(?:,|[–—-]|\p{Ll})$/u.test(before)
}

/** Whether a person ("Ana", "Tom R", "Cllr Cruz", "A. Cruz") is on the roll, by first name or surname. */
function onRoll(name: string, roll: Members): boolean {
  const words = name.split(' ')
  const titled = isHonorific(words[0]!)
  const bare = titled ? words.slice(1) : words
  const initial = /^\p{Lu}\.$/u.test(bare[0] ?? '')
  if (bare.length === 0) return false
  if (!initial && (!titled || bare.length > 1) && roll.first.has(bare[0]!.toLowerCase())) return true
  return (titled || initial || bare.length > 1) && roll.last.has(bare.at(-1)!.toLowerCase())
}

/** The people a sentence opens by tasking ("Ana, Jo, Raj to contact …"), one of them present, as written and one by
 * one; else null. */
function openingTask(
  sentence: string,
  present: ReadonlySet<string>,
): { named: string; owners: string[] } | null {
  const named = namesBeforeTo.exec(sentence)?.[1] ?? ownerAtStart(sentence, 'name-first')
  if (named === null || !sentence.startsWith(named) || !workAfterNames.test(sentence.slice(named.length)))
    return null
  const owners = named.split(joiner).map((name) => name.trim())
  if (!owners.every(isNamedOwner)) return null
  const onList = owners.some((name) => present.has(name.split(' ')[0]!.toLowerCase()))
  return onList ? { named, owners } : null
}

/** A lead-in over a list ends with a colon and is a sentence of at least this many words ("Members agreed to bring
 * the following:"), never a heading ("Stalls:") or an agenda's label. */
const minLeadInWords = 5

/** "Agenda", "running order", "programme": a lead-in over topics and who presents them, not work. */
const agendaWord = /\b(?:agenda|running order|programme|program|schedule)\b/i

/** Whether a line leads in to a list of volunteers: a sentence of five words or more ending in a colon. */
function isListLeadIn(text: string): boolean {
  return text.endsWith(':') && text.split(' ').length >= minLeadInWords && !agendaWord.test(text)
}

/**
 * "Tablecloths – Sheryl", "Hot cider – Kim, Peg, Anna": an item of a volunteer list, the thing to do or bring before
 * its last spaced dash and after it only members on the roll ({@link namesAfterDash}); null otherwise.
 */
function volunteersOf(text: string, roll: Members): { title: string; owners: string[] } | null {
  const owners = namesAfterDash(text)
  if (owners.length === 0 || !owners.every((name) => roll.first.has(name.toLowerCase()))) return null
  const title = text.slice(0, lastSpacedDash(text)).trim()
  return title === '' ? null : { title, owners }
}

/** "December 12th", "12 December", "Dec. 12, 2031": a day named by its month, its year optional. Bounded. */
const dayOfMonth =
  /\b(?:(\p{L}{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)? (?:of )?(\p{L}{3,9}))(?:,? ((?:19|20)\d{2}))?\b/gu

/** A day a line names: its year (null when not written), month and day. */
interface NamedDay {
  readonly year: number | null
  readonly month: number
  readonly day: number
}

/** The first day a line names by its month ("… will be held on December 12th …", "Minutes of September 30, 2010"). */
function dayNamed(text: string): NamedDay | null {
  for (const match of text.slice(0, maxLine).matchAll(dayOfMonth)) {
    const month = lookupMonth((match[1] ?? match[4]!).toLowerCase(), false)?.month
    const day = Number(match[2] ?? match[3])
    if (month !== undefined && day >= 1 && day <= 31)
      return { year: match[5] === undefined ? null : Number(match[5]), month, day }
  }
  return null
}

/**
 * The day a volunteer list's lead-in names, as an ISO date: in its own year, else in the year of the meeting (the
 * first day with a year the minutes name above it), or the next year when its month comes before the meeting's; ''
 * when it names no day or no year can be told.
 */
function listDay(text: string, meeting: NamedDay | null): string {
  const named = dayNamed(text)
  if (named === null) return ''
  const year =
    named.year ?? (meeting?.year == null ? null : meeting.year + (named.month < meeting.month ? 1 : 0))
  if (year === null) return ''
  return `${year}-${String(named.month).padStart(2, '0')}-${String(named.day).padStart(2, '0')}`
}

/** The first day with its year a line names, or null. */
function datedDay(text: string): NamedDay | null {
  const named = dayNamed(text)
  return named?.year == null ? null : named
}
