import type { FlattenedActionTables } from './flattenActionTables'
import { type Members, membersOf, membersPresent } from './namesPresent'
import { type OneColumnRecord, oneColumnRecords, type PageLine } from './oneColumnRecords'
import { isNamedOwner, ownerAtStart } from './ownerAtStart'
import { splitSentences } from './proseStep'
import { isHonorific } from '../owners/isHonorific'
import { collapseWhitespace } from '../text/cleanCellText'
import { instructionVerbs } from './ownersNamedAsSubject'

/** At least this many tasked sentences, and this many people on the roll, make the layout. */
const minTasks = 3
const minPresent = 2

/** A line longer than this is read no further (a minute is a few hundred characters). */
const maxLine = 2000

/** At most this many lines at the top of the page are read for a roll written without its label. */
const maxRollLine = 8

/** At most this many lines at the top of the page are read for the roll's labelled lines. */
const maxRows = 40

/** "Ana, Jo, Raj", "Tom and Ana", "Ana/Tom": what joins the people one sentence tasks together. */
const joiner = /\s?\/\s?|, | and | & /

/** "Ana, Jo, Raj to …": first names (a surname allowed) joined by commas, "and", "&" or "/", then "to".
 * Bounded. */
const namesBeforeTo =
  /^(\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20})?(?:(?:, | and | & |\/)\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20})?){1,5}) to (?=\p{Ll})/u

/**
 * One person as minutes name them inside a sentence: "Mina", "Tomas R", "R. Okafor", "Cllr Shah", "Dev
 * Shah", or an officer of the body ("Clerk", "the Treasurer"). Bounded.
 */
const person =
  '(?:(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Rev)\\.? )?(?:\\p{Lu}(?:\\. ?| ))?\\p{Lu}\\p{Ll}{1,20}(?: \\p{Lu}\\p{Ll}{1,20}| \\p{Lu}(?= ))?|\\p{Lu}{2,4}(?![\\p{L}.])|(?:\\p{Lu}\\.){2,3})'

/**
 * People joined, then the words giving them work, at the point a clause starts: "to", "are to", "is requested to",
 * "was asked to", "agreed to", or "will" or "would" (an adverb such as "also" or "now" allowed between). Group 1 is
 * the people, group 2 "is", "are", "was" or "were", group 3 "requested" or "asked", group 4 the modal. The verb after it is the caller's to check. Bounded.
 */
const peopleTasked = new RegExp(
  `^(${person}(?:(?:, | and | & |/)${person}){0,4}) (?:(is|are|was|were) (?:(requested|asked) )?to|(?:has |have )?agreed to|to|(will|would)(?: (?:also|now|then|again|kindly|further|shortly))?) (?=\\p{L})`,
  'u',
)

/** "will be", "would like", "will not": a state, a wish or a refusal after "will" or "would", never work taken on. */
const notWork = new Set([
  'be',
  'have',
  'not',
  'like',
  'love',
  'prefer',
  'rather',
  'need',
  'probably',
  'likely',
  'still',
])

/** "are to continue", "to remain": staying on (a committee, in a post) where the sentence ends, no work. */
const staysOn = /^(?:continue|remain|stay|carry on)\s{0,2}[.!]?$/i

/** "SPC", "NCC": a body named by its initials, given work only with "is to" / "are to". */
const initialism = /^\p{Lu}{2,5}$/u

/** "Need to follow up all leads": work still needed, no one named. */
const needLine = /^Need to \p{Ll}/u

/**
 * "(by 21st June)", "by 4th February", "by June 7, 2008": a deadline the sentence sets. Group 1 the day before its
 * month, 2 that month; 3 a month before its day, 4 that day; 5 the year. Anchored on "by", bounded: linear.
 */
const byDate =
  /\bby (?:the )?(?:(\d{1,2})(?:st|nd|rd|th)? (?:of )?(January|February|March|April|May|June|July|August|September|October|November|December)|(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})(?:st|nd|rd|th)?)(?:,? (\d{4}))?\b/

/** "[Action NC]", "(Action: Tom)": an action label inside a line, where the minute-taker marked who acts. */
const bracketedActionLabel = /[[(]actions?\b/i

/** "3. ", "12) ": a line opening with the number of a list's item. */
const listNumber = /^\d{1,3}[.)] /

/** "Thursday 24th May 2007", "(29 Jun 2009)": the month and year of the meeting, near the top of the page. */
const meetingMonthYear =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?,? (?:\d{1,2}(?:st|nd|rd|th)?,? )?((?:19|20)\d{2})\b/

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** The officers a body's minutes task by their office ("Clerk to write to the council"). */
const officer = /^(?:the )?(?:clerk|chair|chairman|chairperson|chairwoman|treasurer|secretary)$/i

/**
 * "Insurance to be arranged from 1 May", "'The Forge' will be approached about the hinge": a sentence whose subject
 * is work still to be done by no one named, "to be" or "will be" and a verb in "-ed". Bounded.
 */
const passiveTask =
  /^['‘"“]?\p{Lu}[^.;:!?]{0,60}? (?:to|will)(?: also| then| now)? be (?:\p{Ll}{2,20}ed|sent|put|done|made|given|taken|kept|set|written|brought|bought|built|paid|shown|told|run|sold|chosen|drawn)\b/u

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
 * label near the top of the page. Everything else (the roll, the discussion, the headings) holds no actions. Null
 * unless the page is one column with a roll of at least two names and at least three such sentences.
 *
 * With `reach` 'any' (read after the readers of more marked layouts), work given by "will", "would", "is requested
 * to", "was asked to", "agreed to" or "are to" counts as well ("RO was asked to get quotes", "Pat will write"), the
 * roll takes members who sent apologies and knows them by their initials ("RO" for "R. Okafor") or by a short form of
 * a first name ("Liz" for "Elizabeth"); that reading is left to the readers of lists when most such work sits in
 * numbered items. Minutes kept in two columns, a label beside each paragraph ("Present" | "P. Marsh, D. Greene"), are
 * read then as lines "Label: paragraph", and in "…, also the form from them, LW to do." the work is the clause before
 * the names. A deadline a sentence sets ("(by 4th November)") is its target, in the meeting's year. Minutes
 * marking their owners in brackets ("[Action NC]") are left to the readers of those marks.
 *
 * @example
 * readMembersTaskedInMinutes([['Minutes'], ['Present: Ana, Tom, Sam']], [
 *   { index: 0, text: 'Minutes' }, { index: 1, text: 'Present: Ana, Tom, Sam' }, { index: 2, text: 'Ana to book the hall.' },
 *   { index: 3, text: 'Agreed. Tom to ask the council.' }, { index: 4, text: 'Sam and Ana to print the flyers' },
 * ])?.rows[3] // ['Tom to ask the council.', 'Tom', 'Agreed. Tom to ask the council.']
 */
export function readMembersTaskedInMinutes(
  table: readonly (readonly string[])[],
  pageLinesRead: readonly PageLine[] | null,
  reach: 'to' | 'any' = 'to',
): FlattenedActionTables | null {
  // Minutes in two columns, a label beside each paragraph, are read as lines "Label: paragraph".
  const lines = pageLinesRead ?? (reach === 'any' ? labelledParagraphLines(table) : null)
  if (lines === null || lines.length <= minTasks) return null
  // Minutes that label their actions ("ACTION – …", "Actions:") are read by the labels, not by the sentences.
  if (lines.some((line) => actionLabel.test(line.text) || bracketedActionLabel.test(line.text))) return null
  const roll = rollOf(table, lines, reach === 'any')
  if (roll === null) return null
  const meeting = meetingDate(lines)
  const records: OneColumnRecord[] = []
  const skippedRows: number[] = []
  let tasked = 0
  let numbered = 0
  for (const line of lines.slice(1)) {
    const before = records.length
    if (line.text.length <= maxLine)
      for (const sentence of sentencesOf(line.text)) {
        const task = taskedMembers(sentence, roll)
        if (task !== null && (reach === 'any' || task.plain)) {
          tasked++
          if (listNumber.test(line.text)) numbered++
        }
        const title = task?.title ?? (passiveTask.test(sentence) || needLine.test(sentence) ? sentence : null)
        if (title !== null)
          records.push({
            index: line.index,
            // A row naming no one keeps its line as its description, so it is not read as a heading over the rest.
            cells: [
              title,
              task?.owners.join(', ') ?? '',
              line.text === title && task !== null ? '' : line.text,
              deadlineOf(title, meeting),
            ],
          })
      }
    if (records.length === before) skippedRows.push(line.index + 1)
  }
  // Work given in numbered items ("3. Website – TC will edit …") is read item by item, by the readers of lists.
  if (tasked < minTasks || (reach === 'any' && numbered * 2 > tasked)) return null
  const top = lines[0]!.index
  return oneColumnRecords(
    [[lines[0]!.text]],
    top + 1,
    ['Action', 'Owner', 'Description', 'Target date'],
    records,
    {
      mergedRows: [],
      skippedRows,
      titleEvidence: 'each sentence giving work to members present ("Kofi to draft the bid …")',
    },
  )
}

/** "Treasurer's Report", "Apologies/Absent": a row's label beside its paragraph, a few words with no sentence's end. */
const rowLabel = /^[\p{L}'’/&() -]{2,40}$/u

/** At least this many rows of a label beside its paragraph make minutes kept in two columns. */
const minLabelledRows = 3

/**
 * Minutes kept in two columns without a header, each item's label beside its paragraph ("Present" | "Ana, Tom",
 * "Treasurer's report" | "… KC to get the form …"), as one-column lines "Label: paragraph"; the title lines above
 * stay as they are. Null when a row fills more than two cells or its first cell is no label.
 */
function labelledParagraphLines(table: readonly (readonly string[])[]): PageLine[] | null {
  const lines: PageLine[] = []
  let labelled = 0
  for (let index = 0; index < table.length; index++) {
    const filled = table[index]!.map((cell) => collapseWhitespace(cell.trim())).filter((cell) => cell !== '')
    if (filled.length === 0) continue
    if (filled.length > 2 || (filled.length === 2 && (table[index]![0] ?? '').trim() === '')) return null
    if (filled.length === 1) {
      lines.push({ index, text: filled[0]! })
      continue
    }
    if (!rowLabel.test(filled[0]!)) return null
    labelled++
    lines.push({ index, text: `${filled[0]}: ${filled[1]}` })
  }
  return labelled >= minLabelledRows ? lines : null
}

/** The members of the minutes, by first name, surname and initials ("kc" for "K. Cockroft"), lower-cased. */
interface Roll extends Members {
  readonly initials: ReadonlySet<string>
}

/**
 * "Present: …", "Apologies: …", "Absent: …" (a number before it allowed), or a "Present" heading over a line of
 * names: the lines near the top that name the body's members. Group 1 the label, group 2 the names when on its line.
 */
const rollLine =
  /^(?:\d{1,3}[.)]\s{0,3})?(present|attendees|attending|in attendance|members present|apologies(?: for absence)?(?: received)?|absent|apologies\/absent)\s{0,3}(?:[:–—-]\s{0,3}(\S.{0,2000}))?$/i

/** One person as a roll writes them: "Jill Street", "A. Platten", "Sue H", "Tony". Each word capitalised. */
const rollWord = /^(?:\p{Lu}\.?|\p{Lu}\p{Ll}{1,20}(?:[-'’]\p{Lu}?\p{Ll}{1,20})?)$/u

/** "None", "Nil", "All": a roll's filler, no one's name. */
const noOne = /^(?:none|nil|n\/a|all|no one|nobody)$/i

/** The members on the minutes' roll: who was present or sent apologies, else a line of full names near the top. */
function rollOf(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[],
  byInitials: boolean,
): Roll | null {
  const people: string[][] = []
  const top = lines.slice(0, maxRows)
  for (let at = 0; at < top.length; at++) {
    const labelled = rollLine.exec(top[at]!.text)
    if (labelled === null) continue
    // A "Present" heading alone: its names are the next line.
    const names = labelled[2] ?? (/^(?:apolog|absent)/i.test(labelled[1]!) ? undefined : top[at + 1]?.text)
    if (names !== undefined) people.push(...peopleOf(names))
  }
  const present = membersPresent(table)
  if (present.first.size < minPresent && people.length < minPresent) {
    for (const line of lines.slice(0, maxRollLine)) {
      const names = line.text.split(/, | and /)
      if (names.length >= minPresent + 1 && names.every((name) => fullName.test(name.trim())))
        people.push(...names.map((name) => name.trim().split(' ')))
    }
    if (people.length < minPresent) return null
  }
  const named = membersOf(people.filter((words) => !/^\p{Lu}\.?$/u.test(words[0]!)))
  return {
    first: new Set([...present.first, ...named.first]),
    last: new Set([
      ...present.last,
      ...named.last,
      ...people.filter((w) => w.length >= 2).map((w) => w.at(-1)!.toLowerCase()),
    ]),
    initials: new Set(
      (byInitials ? people : [])
        .filter((words) => words.length >= 2)
        .map((words) => `${words[0]![0]}${words.at(-1)![0]}`.toLowerCase()),
    ),
  }
}

/** The people of a roll's names ("Jill Street (Chair), G.Baker & M. Tait (part)"), each as its words. */
function peopleOf(names: string): string[][] {
  const people: string[][] = []
  const spaced = names.replace(/\([^()]{0,40}\)/g, ' ').replace(/(?<=\b\p{Lu}\.)(?=\p{Lu})/gu, ' ')
  for (const person of spaced.split(/[,;]| and | & /)) {
    const words = person
      .trim()
      .split(' ')
      .filter((word) => word !== '' && !isHonorific(word))
    if (words.length === 0 || words.length > 4 || noOne.test(person.trim())) continue
    if (words.every((word) => rollWord.test(word))) people.push(words)
  }
  return people
}

/** The month (0–11) and year of the meeting, from the first lines of the page; null when they give none. */
function meetingDate(lines: readonly PageLine[]): { month: number; year: number } | null {
  for (const line of lines.slice(0, maxRollLine)) {
    const found = meetingMonthYear.exec(line.text)
    if (found !== null) return { month: months.indexOf(found[1]!.toLowerCase()), year: Number(found[2]) }
  }
  return null
}

/**
 * The deadline a title sets ("(by 21st June)"), as a day, month and year: a year left out is the meeting's, or the
 * next when the month is earlier in the year than the meeting's. '' when it sets none.
 */
function deadlineOf(title: string, meeting: { month: number; year: number } | null): string {
  const found = byDate.exec(title)
  if (found === null) return ''
  const day = found[1] ?? found[4]!
  const month = found[2] ?? found[3]!
  if (found[5] !== undefined) return `${day} ${month} ${found[5]}`
  if (meeting === null) return `${day} ${month}`
  const index = months.indexOf(month.slice(0, 3).toLowerCase())
  return `${day} ${month} ${index < meeting.month ? meeting.year + 1 : meeting.year}`
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
 * contact …"), else the clause from where they are first named before "to", "will" or the like and a verb; null when
 * it gives none. Members given work in later clauses of the same sentence ("…, Tom will call the farmer") own it too.
 */
function taskedMembers(
  sentence: string,
  roll: Roll,
): { title: string; owners: string[]; plain: boolean } | null {
  const opening = openingTask(sentence, roll.first)
  let title: string | null = opening === null ? null : sentence
  let plain = opening !== null
  const owners: string[] = opening ?? []
  for (let at = opening === null ? 0 : 1; at < sentence.length; at++) {
    if (!startsClause(sentence, at)) continue
    const named = clauseTask(sentence.slice(at, at + 200), at === 0, roll)
    if (named === null) continue
    if (title === null) {
      title = named.bare ? (workBefore(sentence.slice(0, at)) ?? sentence.slice(at)) : sentence.slice(at)
      plain = named.plain
    }
    for (const owner of named.owners) if (!owners.includes(owner)) owners.push(owner)
    at += named.length
  }
  return title === null ? null : { title, owners, plain }
}

/** The people a clause gives work to and the length of the words doing so, or null. */
function clauseTask(
  clause: string,
  opensSentence: boolean,
  roll: Roll,
): { owners: string[]; length: number; plain: boolean; bare: boolean } | null {
  const found = peopleTasked.exec(clause)
  if (found === null) return null
  const rest = clause.slice(found[0].length)
  const verb = /^\p{L}+/u.exec(rest)?.[0] ?? ''
  const plain = found[0].length === found[1]!.length + 4
  // "Liz to Send the reminder": a verb capitalised by mistake, known as one.
  if (!/^\p{Ll}/u.test(verb) && !instructionVerbs.has(verb.toLowerCase())) return null
  if (!plain && notWork.has(verb.toLowerCase())) return null
  if (staysOn.test(rest)) return null
  const owners = found[1]!.split(joiner).map((name) => name.trim())
  const known = (name: string): boolean => onRoll(name, roll) || officer.test(name)
  const bodies =
    /^(?:is|are)$/.test(found[2] ?? '') &&
    found[3] === undefined &&
    owners.every((name) => initialism.test(name))
  if (bodies || owners.every(known) || (opensSentence && owners.some(known) && owners.every(isNamedOwner)))
    return { owners, length: found[0].length, plain, bare: bareVerb.test(rest) }
  return null
}

/** "do.", "action": a verb with nothing after it, the work being what the sentence said before the names. */
const bareVerb = /^\p{Ll}{2,12}\s{0,2}[.!]?$/u

/**
 * The work a sentence names before "…, SV to do.": its last clause before the names, without a leading "also",
 * "and" or "then" ("…, also the form from them, SV to do." → "the form from them"); null when there is none.
 */
function workBefore(before: string): string | null {
  const trimmed = before.replace(/[,;:–—-]\s{0,2}$/u, '').trimEnd()
  const clause = trimmed
    .slice(trimmed.lastIndexOf(', ') + 1)
    .trim()
    .replace(/^(?:also|and|then) /i, '')
  return clause.length >= 12 ? clause : null
}

/** Whether a clause can open at `at`: the sentence's start, or a capital after a comma, a dash or a word. */
function startsClause(sentence: string, at: number): boolean {
  if (!/\p{Lu}/u.test(sentence[at] ?? '')) return false
  if (at === 0) return true
  if (sentence[at - 1] !== ' ') return false
  const before = sentence.slice(Math.max(0, at - 3), at - 1)
  return /(?:,|[–—-]|\p{L})$/u.test(before)
}

/**
 * Whether a person ("Ana", "Tom R", "Cllr Cruz", "A. Cruz") is on the roll, by first name or surname, or by initials
 * ("KC", "M.T.", "IKE" for a roll's "I. Evans": the first letter the first name's, the last the surname's).
 */
function onRoll(name: string, roll: Roll): boolean {
  if (/^(?:\p{Lu}{2,4}|(?:\p{Lu}\.){2,3})$/u.test(name)) {
    const letters = name.replace(/\./g, '')
    return roll.initials.has(`${letters[0]}${letters.at(-1)}`.toLowerCase())
  }
  const words = name.split(' ')
  const titled = isHonorific(words[0]!)
  const bare = titled ? words.slice(1) : words
  const initial = /^\p{Lu}\.?$/u.test(bare[0] ?? '')
  if (bare.length === 0) return false
  if (!initial && (!titled || bare.length > 1) && knownFirstName(bare[0]!, roll.first)) return true
  return (titled || initial || bare.length > 1) && roll.last.has(bare.at(-1)!.toLowerCase())
}

/**
 * Short forms of given names as minutes write them for a roll's full ones ("Liz" for "Elizabeth"): the usual English
 * ones, each to the names it shortens.
 */
const fullNamesOf: ReadonlyMap<string, readonly string[]> = new Map([
  ['liz', ['elizabeth']],
  ['beth', ['elizabeth', 'bethany']],
  ['betty', ['elizabeth']],
  ['bob', ['robert']],
  ['rob', ['robert', 'robin']],
  ['bill', ['william']],
  ['will', ['william']],
  ['jim', ['james']],
  ['mike', ['michael']],
  ['mick', ['michael']],
  ['dave', ['david']],
  ['chris', ['christopher', 'christine', 'christina']],
  ['sue', ['susan', 'susanne', 'suzanne']],
  ['kate', ['katherine', 'catherine', 'kathryn']],
  ['cathy', ['catherine']],
  ['kathy', ['katherine', 'kathryn']],
  ['tony', ['anthony', 'antony']],
  ['tom', ['thomas']],
  ['pat', ['patricia', 'patrick']],
  ['steve', ['stephen', 'steven']],
  ['andy', ['andrew']],
  ['nick', ['nicholas']],
  ['pete', ['peter']],
  ['ed', ['edward']],
  ['ted', ['edward']],
  ['jen', ['jennifer']],
  ['jenny', ['jennifer']],
  ['maggie', ['margaret']],
  ['meg', ['margaret']],
  ['val', ['valerie']],
  ['di', ['diana', 'diane']],
  ['sam', ['samuel', 'samantha']],
  ['alex', ['alexander', 'alexandra']],
  ['dan', ['daniel']],
  ['ben', ['benjamin']],
  ['matt', ['matthew']],
  ['rich', ['richard']],
  ['dick', ['richard']],
  ['jo', ['joanne', 'joanna', 'josephine']],
])

/** Whether a first name ("Liz") is on the roll, as written or as the full name it shortens ("Elizabeth"). */
function knownFirstName(name: string, first: ReadonlySet<string>): boolean {
  const lower = name.toLowerCase()
  return first.has(lower) || (fullNamesOf.get(lower) ?? []).some((full) => first.has(full))
}

/** The people a sentence opens by tasking ("Ana, Jo, Raj to contact …"), one of them present; else null. */
function openingTask(sentence: string, present: ReadonlySet<string>): string[] | null {
  const named = namesBeforeTo.exec(sentence)?.[1] ?? ownerAtStart(sentence, 'name-first')
  if (
    named === null ||
    !sentence.startsWith(`${named} to `) ||
    !/^\p{Ll}/u.test(sentence.slice(named.length + 4))
  )
    return null
  const owners = named.split(joiner).map((name) => name.trim())
  if (!owners.every(isNamedOwner)) return null
  const onList = owners.some((name) => knownFirstName(name.split(' ')[0]!, present))
  return onList ? owners : null
}
