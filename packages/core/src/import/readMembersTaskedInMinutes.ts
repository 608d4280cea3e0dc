import { endsLinesInRollInitials } from './readParagraphsEndingInOwners'
import { BULLET_LEAD } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type Members, membersOf, membersPresent, peopleOfRoll } from './namesPresent'
import { type OneColumnRecord, oneColumnRecords, type PageLine } from './oneColumnRecords'
import { isNamedOwner, ownerAtStart } from './ownerAtStart'
import { isGoverningOffice } from './isGoverningOffice'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import { splitSentences } from './proseStep'
import { lastSpacedDash } from './lastSpacedDash'
import { namesAfterDash } from './namesAfterDash'
import { daysInMonth } from '../dates/calendar'
import { lookupMonth } from '../dates/lexicon'
import { isHonorific } from '../owners/isHonorific'
import { collapseWhitespace } from '../text/cleanCellText'
import { goingTo, instructionVerbs } from './ownersNamedAsSubject'
import { FUNCTION_WORDS } from './functionWords'
import { ROLL_LABEL_WORDS } from './rollLabelWords'

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
const joiner = /\s?\/\s?|,? and |, | & /

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

/** "Gardening committee", "Events working group": a committee of the body named by what it sees to. Bounded. */
const committeeName = '\\p{Lu}\\p{Ll}{1,20} (?:committee|sub-committee|working group)'

/**
 * One person as minutes name them inside a sentence: "Mina", "Tomas R", "R. Okafor", "Cllr Shah", "Dev
 * Shah", or an officer of the body ("Clerk", "the Treasurer"). Bounded.
 */
const person = `(?:[Tt]he (?:[Cc]lerk|[Cc]hair(?:man|woman|person)?|[Ss]ecretary|[Tt]reasurer)\\b|${committeeName}\\b|(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Rev)\\.? )?(?:\\p{Lu}(?:\\. ?| ))?\\p{Lu}\\p{Ll}{1,20}(?: \\p{Lu}\\p{Ll}{1,20}| \\p{Lu}(?= ))?|\\p{Lu}{2,4}(?![\\p{L}.])|\\p{Lu}{5,15}(?![\\p{L}.])|\\p{Lu}{2,3}\\p{Ll}(?![\\p{L}.])|(?:\\p{Lu}\\.){2,3})`

/**
 * People joined, then the words giving them work, at the point a clause starts: "to", "are to", "is requested to",
 * "was asked to", "agreed to", "has volunteered to", "has also offered to", or "will" or "would" (an adverb such as
 * "also" or "now" allowed between), or a promise reported ("said he would"). Group 1 is the people, group 2 "is",
 * "are", "was" or "were", group 3 "requested" or "asked", group 4 the modal, group 5 the reported promise's modal. The
 * verb after it is the caller's to check. Bounded.
 */
const peopleTasked = new RegExp(
  `^(${person}(?:(?:,? and |, | & |/)${person}){0,4}) (?:(?:also|then|now|again|further|kindly) )?(?:(is|are|was|were) (?:(requested|asked) )?to|(?:(?:has|have)(?: also)? )?(?:agreed|volunteered|offered) to|to|(will|would)(?: (?:also|now|then|again|kindly|further|shortly|all|both))?|(?:said|says) (?:that )?(?:he|she|they) (will|would)) (?=\\p{L})`,
  'u',
)

/**
 * "be in charge of the raffle", "be responsible for the float", "all be over the bake sale": after "will", a charge
 * taken on, which is work though "will be" mostly is not. Anchored, bounded.
 */
const takesCharge = /^be (?:in charge of|responsible for|over the)\b/

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

/** "PTA", "HOA": a body named by its initials, given work only with "is to" / "are to". */
const initialism = /^\p{Lu}{2,5}$/u

/** "Need to follow up all leads": work still needed, no one named. */
const needLine = /^Need to \p{Ll}/u

/**
 * "(by 12th May)", "by 4th February", "by June 7, 2008": a deadline the sentence sets. Group 1 the day before its
 * month, 2 that month; 3 a month before its day, 4 that day; 5 the year. Anchored on "by", bounded: linear.
 */
const byDate =
  /\bby (?:the )?(?:(\d{1,2})(?:st|nd|rd|th)? (?:of )?(January|February|March|April|May|June|July|August|September|October|November|December)|(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})(?:st|nd|rd|th)?)(?:,? (\d{4}))?\b/

/** "[Action NC]", "(Action: Tom)": an action label inside a line, where the minute-taker marked who acts. */
const bracketedActionLabel = /[[(]actions?\b/i

/** "HP", "R.J.": a member named by initials only. */
const initialsOnly = /^(?:\p{Lu}{2,4}|(?:\p{Lu}\.){2,3})$/u

/** "2. Garden", "2.10 Advertising", "4/ Finance", "d) The clerk …": a line opening with an agenda item's number or letter (group 1). */
const itemNumber = /^(\d{1,2}(?:\.\d{1,2})?[./]?|[a-z]\)) (?=\p{Lu})/u

/** "3. ", "12) ", "b) ": a line opening with the number or letter of a list's item. */
const listNumber = /^(?:\d{1,3}|[a-z])[.)] /

/** "5.3 ", "12.10 ": a line opening with an item's number in an outline, a sub-item of the agenda. */
const outlineNumber = /^\d{1,2}\.\d{1,2} (?=\p{Lu})/u

/** "Thursday 24th May 2007", "(29 Jun 2009)": the month and year of the meeting, near the top of the page. */
const meetingMonthYear =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?,? (?:\d{1,2}(?:st|nd|rd|th)?,? )?((?:19|20)\d{2})\b/

/** " to ask …", " will ask …": what follows the people a sentence opens by tasking. Bounded. */
const workAfterNames = new RegExp(`^ ${toOrWill} (?=\\p{Ll})`, 'u')

/** "Curtain Repair – ", "Chairs - ": a topic of one to four capitalised words opening a line, and its spaced dash.
 * Bounded. */
const topicDash = /^\p{Lu}[\p{L}'’&-]{0,30}(?: [\p{L}'’&-]{1,30}){0,3} [–—-] (?=\p{Lu})/u

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
 * label near the top of the page. A member may be tasked with "will" as with "to" ("Ana will wash the cloths", "Ana
 * will be meeting the caretaker"; a later sentence of the line saying more of what Ana will do is the same action), and
 * an update's topic may name who will see to it, on the roll or not ("Curtain repair – Nell will be phoning …"; initials
 * off the roll there name a body, not a member). Members who sent apologies are on the roll too. A
 * lead-in sentence ending in a colon ("The fair is on June 12th. Members agreed to bring the following:") over lines
 * naming only members after a spaced dash ("Napkins – Ruth", "Scones – Ola, Bea") is a volunteer list: each
 * line is an action owned by them, titled by the thing before the dash and due on the day the lead-in names.
 * Everything else (the roll, the discussion, the headings) holds no actions. Null unless the page is one column with
 * a roll of at least two names and at least three such sentences. A member may be named by initials the roll's full
 * names spell ("HP to ask the glazier" for "Hana Price"), also after a topic's label and colon ("Bins: FB to
 * order a bin"); minutes giving such work mostly in numbered items are left to the readers of lists.
 *
 * With `reach` 'any' (read after the readers of more marked layouts), work given by "will", "would", "is requested
 * to", "was asked to", "agreed to" or "are to" counts as well ("RO was asked to get quotes", "Pat would write"), the
 * roll takes a "Present" heading's line and titled names the table's own roll misses, and knows members by their initials ("RO" for "R. Okafor") or by a short form of
 * a first name ("Liz" for "Elizabeth"); that reading is left to the readers of lists when most such work sits in
 * numbered items. Minutes kept in two columns, a label beside each paragraph ("Present" | "T. Holt, D. Frame"), are
 * read then as lines "Label: paragraph", and in "…, also the keys from them, LW to do." the work is the clause before
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
  reach: 'to' | 'any' | 'open' = 'to',
): FlattenedActionTables | null {
  const read = readTasked(table, pageLinesRead, reach, false)
  // "· RK and SL will see to …": once the page reads as such minutes, a bulleted line's work starts after its
  // bullet; bullets alone do not make the layout (a bulleted page is the list readers').
  if (read === null || !(pageLinesRead ?? []).some((line) => BULLET_LEAD.test(line.text))) return read
  return readTasked(table, pageLinesRead, reach, true) ?? read
}

function readTasked(
  table: readonly (readonly string[])[],
  pageLinesRead: readonly PageLine[] | null,
  reach: 'to' | 'any' | 'open',
  afterBullets: boolean,
): FlattenedActionTables | null {
  // Minutes in two columns, a label beside each paragraph, are read as lines "Label: paragraph".
  const lines = pageLinesRead ?? (reach !== 'to' ? labelledParagraphLines(table) : null)
  if (lines === null || lines.length <= minTasks) return null
  // Minutes that label their actions ("ACTION – …", "Actions:") are read by the labels, not by the sentences.
  if (lines.some((line) => actionLabel.test(line.text) || bracketedActionLabel.test(line.text))) return null
  // Minutes closing their lines with the roll's initials ("… raffle prizes wanted NP") are read by those marks too.
  if (endsLinesInRollInitials(lines)) return null
  // Read last ('open'), notes with no roll may still give work to volunteers by name ("Nell will bake the scones").
  const roll =
    reach === 'open'
      ? rollOf(table, lines, true) === null
        ? noRoll
        : null
      : rollOf(table, lines, reach === 'any')
  if (roll === null) return null
  // The month and year of the meeting, from the top of the page, for a deadline or a list's day set without its year.
  const held = meetingDate(lines)
  const records: OneColumnRecord[] = []
  const skippedRows: number[] = []
  let tasked = 0
  // The day a lead-in over a list of volunteers names ("… on December 12th. Members agreed to bring the following:"),
  // while its list runs; null outside such a list.
  let list: { readonly day: string } | null = null
  let numbered = 0
  let numberedLine = -1
  // Tasks naming members by their initials ("HP to call the glazier"), which the roll's full names spell.
  let byInitials = 0
  // The number of the agenda item the line is under ("2.10 Advertising" over its paragraph), the ref of its work.
  let item = ''
  // Notes closed by a bracket of members' names are work where they are few among the notes; where many lines end
  // so, the page is a list of owned lines, left to the readers of such lists.
  const bracketedNotes = lines.filter(
    (line) => itemNumber.exec(line.text) === null && bracketedMembers(line.text, roll) !== null,
  ).length
  const readBrackets = bracketedNotes * maxBracketedShare <= lines.length
  for (const line of lines.slice(1)) {
    const before = records.length
    const volunteers = list === null ? null : volunteersOf(line.text, roll)
    if (volunteers !== null) {
      tasked++
      records.push({
        index: line.index,
        cells: [volunteers.title, volunteers.owners.join(', '), line.text, list!.day, item],
      })
      continue
    }
    item = itemNumber.exec(line.text)?.[1] ?? item
    list = isListLeadIn(line.text) ? { day: listDay(line.text, held) } : null
    // "October – Ana will give a talk …": a programme's line opening with its month, the work due by that month's end.
    const month = monthTopicOf(line.text, held)
    if (line.text.length <= maxLine && list === null)
      // "· RK and SL will see to …": a bulleted line's work starts after its bullet.
      for (const sentence of sentencesOf(afterBullets ? line.text.replace(BULLET_LEAD, '') : line.text)) {
        const previous = records.length > before ? records.at(-1)! : null
        const task = futureTask(sentence, roll) ?? pronounTask(sentence, previous?.cells[1])
        // "Ana will meet the caretaker. Ana will ask him about …": a later sentence of the line opening with the same
        // people and saying more of what they will do is part of the same action.
        if (task?.will === true && task.title === sentence && previous?.cells[1] === task.owners.join(', '))
          continue
        if (task !== null && (reach !== 'to' || task.plain)) {
          tasked++
          // An item holding many tasks (a cell of requests run into one line) counts once: one numbered item.
          if ((listNumber.test(line.text) || outlineNumber.test(line.text)) && numberedLine !== line.index)
            numbered++
          numberedLine = line.index
          if (task.owners.some((name) => initialsOnly.test(name))) byInitials++
        }
        const found = task?.title ?? (passiveTask.test(sentence) || needLine.test(sentence) ? sentence : null)
        // "April – a speaker needs to be found": the month a programme's line opens with is when, not what.
        const title =
          month !== null && found?.startsWith(month.text) === true ? found.slice(month.text.length) : found
        if (title !== null)
          records.push({
            index: line.index,
            // A row naming no one keeps its line as its description, so it is not read as a heading over the rest.
            cells: [
              title,
              task?.owners.join(', ') ?? '',
              line.text === title && task !== null ? '' : line.text,
              deadlineOf(title, held) || (month?.due ?? ''),
              item,
            ],
          })
      }
    // "contest needs to be arranged (Ana)", "Dust extraction (Ana/Tom)": a note closed by a bracket naming only
    // members on the roll is work given to them, unless the line is an agenda item's heading ("5.0 Newsletter (Ana)").
    const bracketed =
      readBrackets && records.length === before && list === null && itemNumber.exec(line.text) === null
        ? bracketedMembers(line.text, roll)
        : null
    if (bracketed !== null) {
      tasked++
      records.push({ index: line.index, cells: [bracketed.title, bracketed.owners.join(', '), '', '', item] })
    }
    if (records.length === before) skippedRows.push(line.index + 1)
  }
  // Work given in numbered items ("3. Website – TC will edit …") is read item by item, by the readers of lists.
  if (tasked < minTasks || ((reach !== 'to' || byInitials > 0) && numbered * 2 > tasked)) return null
  const top = lines[0]!.index
  return oneColumnRecords(
    [[lines[0]!.text]],
    top + 1,
    ['Action', 'Owner', 'Description', 'Target date', 'Ref'],
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
 * "Treasurer's report" | "… RH to fetch the form …"), as one-column lines "Label: paragraph"; the title lines above
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

/** Notes closed by a bracket of names are read as work only when at most one line in this many ends so. */
const maxBracketedShare = 8

/** "Ana", "Tom R.", "Ana Cruz": one person as a bracket closing a note names them (initials name them elsewhere).
 * Bounded. */
const bracketName = /^\p{Lu}\p{Ll}[\p{L}'’-]{0,20}(?: \p{Lu}\.?| \p{Lu}[\p{L}'’-]{1,20})?$/u

/** A note closed by a bracket of names is at most this long (a line of minutes' notes, not a paragraph). */
const maxBracketedNote = 300

/**
 * The work a note gives by closing with a bracket that names only members on the roll ("find a caterer (Ana)",
 * "Kiln repair (Ana / Tom Reed)"): the line as written, titling the work so its owners stay in it, and the people;
 * a lone surname on the roll counts
 * ("(Cruz)"). Null when the line ends otherwise or the bracket holds anyone else ("(TBC)", "(Oxfam)", "(2031)").
 */
function bracketedMembers(text: string, roll: Roll): { title: string; owners: string[] } | null {
  if (roll.open === true || text.length > maxBracketedNote) return null
  const trimmed = text.replace(/\.$/, '')
  if (!trimmed.endsWith(')')) return null
  const open = trimmed.lastIndexOf('(')
  if (open < 0 || trimmed.indexOf(')') < open) return null
  const note = trimmed.slice(0, open).trim()
  if (note.length < 2 || !/\p{L}/u.test(note)) return null
  const owners = trimmed
    .slice(open + 1, -1)
    .split(joiner)
    .map((name) => name.trim())
  const member = (name: string): boolean =>
    bracketName.test(name) &&
    (onRoll(name, roll) || (!name.includes(' ') && roll.last.has(name.toLowerCase())))
  return owners.length > 0 && owners.length <= 5 && owners.every(member)
    ? { title: text.trim(), owners }
    : null
}

/** The members of the minutes, by first name, surname and initials ("rh" for "R. Holt"), lower-cased, and the initials
 * the roll gives them in brackets as written ("TMK" for "Tara McKay (TMK)"). */
interface Roll extends Members {
  readonly initials: ReadonlySet<string>
  readonly given: ReadonlySet<string>
  /** Notes with no roll: anyone named opening a sentence of work taken on is taken at their word. */
  readonly open?: true
}

/** The roll of notes that name no one present ("There were 15 of us"). */
const noRoll: Roll = { first: new Set(), last: new Set(), initials: new Set(), given: new Set(), open: true }

/** Words opening a sentence that name no one: function words, days and months. */
const noOneNamed: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'today',
  'tomorrow',
  'tonight',
  'there',
  'this',
  'that',
  'we',
  'they',
  'he',
  'she',
  'it',
  'someone',
  'nobody',
  'everyone',
])

/** "Nell", "Ana Cruz": one opening a sentence of work taken on in notes with no roll, by a given name or in full. */
function isVolunteerName(name: string): boolean {
  if (isFullName(name)) return true
  return (
    /^\p{Lu}\p{Ll}{2,20}$/u.test(name) &&
    !noOneNamed.has(name.toLowerCase()) &&
    !isRoleOrBodyWord(name) &&
    !isGoverningOffice(name) &&
    isNamedOwner(name)
  )
}

/**
 * "Tara McKay (TMK)", "Ben Ode (BO) treasurer", "Jo Cole (JCo)": a member named in full with the initials the minutes
 * will call them by (a last letter in lower case may tell two members apart), in brackets, as rolls that define each member's initials write them. Group 1 the name, group 2 the initials.
 * Global, bounded.
 */
const nameWithInitials =
  /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{1,20}(?: \p{Lu}[\p{L}'’-]{1,20}){1,2}) \((\p{Lu}{2,4}|\p{Lu}{2,3}\p{Ll})\)/gu

/**
 * The members the top of the page names with their initials in brackets ("Tara McKay (TMK), Ben Ode (BO) & Ann"), and
 * those initials (the initials must be the name's, its first letter first): a line giving at least two people their
 * initials so is a roll without its label, and every person it names is a member, with initials or not.
 */
function membersWithInitials(lines: readonly PageLine[]): { people: string[][]; given: Set<string> } {
  const people: string[][] = []
  const given = new Set<string>()
  for (const line of lines.slice(0, maxRows)) {
    if (line.text.length > maxLine) continue
    const initials: string[] = []
    for (const found of line.text.matchAll(nameWithInitials))
      if (found[2]![0] === found[1]![0]) initials.push(found[2]!)
    if (initials.length < minPresent) continue
    for (const each of initials) given.add(each)
    // "… (LA) – Rubies Rags": a note after a dash is no one's name.
    people.push(...peopleOf(line.text.split(/\s[–—-]\s/)[0]!))
  }
  return { people, given }
}

/**
 * "Present: …", "Apologies: …", "Absent: …" (a number before it allowed), or a "Present" heading over a line of
 * names: the lines near the top that name the body's members. Group 1 the label, group 2 the names when on its line.
 * Not `namesPresent`'s label: that one asks who attended, this one who the members are (those absent too), and its
 * names are read by the same {@link peopleOfRoll}.
 */
const rollLine = new RegExp(
  `^(?:(?:\\d{1,3}|[IVX]{1,5})[.)/]\\s{0,3})?(${ROLL_LABEL_WORDS}|attendance|(?:\\p{L}{2,20} (?:(?:and|&) \\p{L}{2,20} )?)?members present|apologies(?: for absence)?(?: received)?|absent|apologies\\/absent)\\s{0,3}(?:[:–—-]\\s{0,3}(\\S.{0,2000}))?$`,
  'iu',
)

/** One person as a roll writes them: "Ada Lowe", "B. Quinn", "Sue H", "Tony", "Rob McLeod", "Cian O’Dea". Each word
 * capitalised. */
const rollWord =
  /^(?:\p{Lu}\.?|\p{Lu}['’]\p{Lu}\p{Ll}{1,20}|\p{Lu}\p{Ll}{1,20}(?:\p{Lu}\p{Ll}{1,20})?(?:[-'’]\p{Lu}?\p{Ll}{1,20})?)$/u

/**
 * The members on the minutes' roll: those the table names present and who sent apologies, else a line of full names
 * near the top; read `wide` (late in the chain), also a roll the table's own reading of who is present misses (a
 * "Present" heading over a line of names, titled names) and the members' initials.
 */
function rollOf(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[],
  wide: boolean,
): Roll | null {
  const present = membersPresent(table)
  const withInitials = membersWithInitials(lines)
  const people: string[][] = [...withInitials.people]
  const top = wide || present.first.size >= minPresent ? lines.slice(0, maxRows) : []
  for (let at = 0; at < top.length; at++) {
    const labelled = rollLine.exec(top[at]!.text)
    if (labelled === null) continue
    // A "Present" heading alone: its names are the next line.
    const names = labelled[2] ?? (/^(?:apolog|absent)/i.test(labelled[1]!) ? undefined : top[at + 1]?.text)
    if (names !== undefined) people.push(...peopleOf(names))
  }
  if (present.first.size < minPresent && people.length < minPresent) {
    people.push(...namesUnderRollHeadings(lines))
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
    given: withInitials.given,
    // "Ann Holt-Price" is "AHP" as well as "AH": initials end on the last part of a double-barrelled surname too.
    initials: new Set(
      people
        .filter((words) => words.length >= 2)
        .flatMap((words) =>
          [words.at(-1)![0], words.at(-1)!.split('-').at(-1)![0]].map((last) => `${words[0]![0]}${last}`),
        )
        .map((letters) => letters.toLowerCase()),
    ),
  }
}

/** "Members Present", "Attendees", "Apologies": a roll's label alone on its line, a heading over one name a line. */
const rollHeading = new RegExp(
  `^(?:\\p{L}{2,20} )?(?:${ROLL_LABEL_WORDS}|apologies(?: for absence)?)\\s{0,2}:?$`,
  'iu',
)

/** "Hana", "Oskar Vice Chair", "Tom Reed": a line of a roll written one name a line, an office allowed after it. */
const nameLine = /^(\p{Lu}\p{Ll}{1,20})(?: \p{Lu}[\p{L}'’.-]{0,20}){0,3}$/u

/**
 * The first names of a roll written one a line under its headings ("Committee Present" over "Hana Chair", "Pim",
 * then "Apologies" over "Ian"): each heading's lines up to the first that is neither a name nor another such heading.
 * At least two names, or none.
 */
function namesUnderRollHeadings(lines: readonly PageLine[]): string[][] {
  const names: string[][] = []
  const top = lines.slice(0, maxRows)
  for (let at = 0; at < top.length; at++) {
    if (!rollHeading.test(top[at]!.text)) continue
    for (at++; at < top.length; at++) {
      const text = top[at]!.text
      if (rollHeading.test(text)) continue
      const name = nameLine.exec(text)
      if (name === null) break
      names.push([name[1]!])
    }
    break
  }
  return names.length >= minPresent ? names : []
}

/** The people of a roll's names ("Ada Lowe (Chair), B.Quinn & C. Roe (part)"), each as its words, every word capitalised. */
function peopleOf(names: string): string[][] {
  return peopleOfRoll(names).filter((words) => words.every((word) => rollWord.test(word)))
}

/**
 * The month (1–12) and year of the meeting, from the first lines of the page ("Minutes of September 30, 2031",
 * "Committee, 14 March 2031"): the year of a deadline or of a volunteer list's day written without one. Null when they
 * give none.
 */
function meetingDate(lines: readonly PageLine[]): { month: number; year: number } | null {
  for (const line of lines.slice(0, maxRollLine)) {
    const found = meetingMonthYear.exec(line.text)
    if (found !== null) return { month: monthNumber(found[1]!), year: Number(found[2]) }
  }
  return null
}

/** "October – ", "March - ": a month's name alone opening a line, then a spaced dash. Bounded. */
const monthTopic =
  /^(January|February|March|April|May|June|July|August|September|October|November|December) [–—-] (?=\S)/

/**
 * The month a line of a programme opens with ("October – Ana will give a talk …"), as its text with the dash and the
 * last day of that month, in the meeting's year or the next when the month comes before the meeting's; null when the
 * line opens otherwise or the meeting's year is not known.
 */
function monthTopicOf(
  text: string,
  meeting: { month: number; year: number } | null,
): { text: string; due: string } | null {
  const found = monthTopic.exec(text)
  if (found === null || meeting === null) return null
  const month = monthNumber(found[1]!)
  const year = meeting.year + (month < meeting.month ? 1 : 0)
  const last = daysInMonth(year, month)
  return { text: found[0], due: `${year}-${String(month).padStart(2, '0')}-${last}` }
}

/**
 * The deadline a title sets ("(by 12th May)"), as a day, month and year: a year left out is the meeting's, or the
 * next when the month is earlier in the year than the meeting's. '' when it sets none.
 */
function deadlineOf(title: string, meeting: { month: number; year: number } | null): string {
  const found = byDate.exec(title)
  if (found === null) return ''
  const day = found[1] ?? found[4]!
  const month = found[2] ?? found[3]!
  if (found[5] !== undefined) return `${day} ${month} ${found[5]}`
  if (meeting === null) return `${day} ${month}`
  return `${day} ${month} ${yearAfterMeeting(monthNumber(month), meeting)}`
}

/** The number (1–12) of an English month's name or three-letter form ("May", "Jun"), as the patterns above catch. */
function monthNumber(name: string): number {
  return lookupMonth(name.toLowerCase(), false)!.month
}

/**
 * The year of a day written without one: the meeting's, or the next when its month (1–12) comes before the meeting's;
 * null when the meeting's year is not known.
 */
function yearAfterMeeting(
  month: number,
  meeting: { readonly month: number; readonly year: number | null },
): number | null {
  return meeting.year === null ? null : meeting.year + (month < meeting.month ? 1 : 0)
}

/**
 * The work a sentence gives ({@link taskedMembers}), with the future told by "going to" or "gonna" read as "will"
 * ("Ana is going to bring the urn", "Tom is gonna fix the lock"); the title keeps the sentence's own words.
 */
function futureTask(
  sentence: string,
  roll: Roll,
): { title: string; owners: string[]; plain: boolean; will: boolean } | null {
  const going = goingTo.exec(sentence)
  if (going === null) return taskedMembers(sentence, roll)
  const read = `${sentence.slice(0, going.index)} will ${sentence.slice(going.index + going[0].length)}`
  const task = taskedMembers(read, roll)
  if (task === null) return null
  const start = read.indexOf(task.title)
  if (start < 0) return null
  // The title's place in the sentence as written: "going to" is longer than "will" by `shift` characters.
  const shift = going[0].length - ' will '.length
  const from = start > going.index ? start + shift : start
  const to = start + task.title.length + (start + task.title.length > going.index ? shift : 0)
  return { ...task, title: sentence.slice(from, to) }
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
): { title: string; owners: string[]; plain: boolean; will: boolean } | null {
  const opening = openingTask(sentence, roll.first)
  let title: string | null = opening === null ? null : sentence
  let plain = opening !== null
  let will = opening !== null && sentence.startsWith(' will ', opening.named.length)
  const owners: string[] = opening?.owners ?? []
  // "Curtain repair – Nell will be phoning …": an update's topic, then who will see to it, on the roll or not.
  const afterTopic = topicDash.exec(sentence)?.[0].length ?? -1
  // "[Addendum: Ana Cruz will …": a note's label and colon, after which the sentence's own words start.
  const afterLabel = noteLabel.exec(sentence)?.[0].length ?? 0
  for (let at = opening === null ? 0 : 1; at < sentence.length; at++) {
    if (!startsClause(sentence, at)) continue
    const clause = sentence.slice(at, at + 200)
    // "ID requested that KO update …": a member's request that another act, the work of the one asked.
    const request = requestedThat.exec(sentence.slice(Math.max(0, at - 40), at))
    const asker = request !== null && onRoll(request[1]!, roll) ? request : null
    const named =
      clauseTask(clause, at === afterLabel || opensAside(sentence, at), at === afterTopic, roll) ??
      (agreedThat.test(sentence.slice(Math.max(0, at - 30), at)) || asker !== null
        ? agreedTask(clause, roll)
        : null)
    if (named === null) continue
    if (title === null) {
      title = named.bare ? (workBefore(sentence.slice(0, at)) ?? sentence.slice(at)) : sentence.slice(at)
      // "However Ana was to ask …": a word linking the sentence to the last one belongs to it.
      if (connective.test(sentence.slice(0, at)) || askedBefore.test(sentence.slice(0, at))) title = sentence
      // "Matters from last time ID requested that KO …": the request is worded from the one asking.
      else if (asker !== null) title = sentence.slice(at - asker[0].length)
      // "(Ana will bring the urn)": an aside's work ends with its bracket.
      else if (sentence[at - 1] === '(' && title.includes(')')) title = title.slice(0, title.indexOf(')'))
      plain = named.plain
      will = named.will
    }
    for (const owner of named.owners) if (!owners.includes(owner)) owners.push(owner)
    at += named.length
  }
  return title === null ? null : { title, owners, plain, will }
}

/** "[Addendum: ", "(Note: ": brackets and a short label with its colon opening a line, before its first sentence. */
const noteLabel = /^[[(]{1,2}\p{Lu}\p{Ll}{1,20}(?: \p{Ll}{1,20})?:\s{1,2}/u

/** "However ", "Also, ": a word linking a sentence to the last one, alone before the people it gives work. */
const connective = /^(?:However|Also|So|Then|Meanwhile|Finally|Otherwise|Additionally|In addition),? $/

/** "… and asked the ", "… asked ": a request the sentence records, which the whole sentence words. */
const askedBefore = /\basked (?:the )?$/

/** "… agreed that ", "… decided that ": a decision whose clause names who does what. Anchored at the end. */
const agreedThat = /\b(?:agreed|decided|resolved) that $/

/** "Ana", "KO": a member as a request or a decision names them, by a first name or initials. */
const memberWord = String.raw`\p{Lu}\p{Ll}{1,20}|\p{Lu}{2,4}`

/**
 * "ID requested that ", "Ana asked that ": a member (group 1) asking that another act. Anchored at the end, bounded.
 */
const requestedThat = new RegExp(String.raw`(?<![\p{L}.])(${memberWord}) (?:requested|asked) that $`, 'u')

/** "Ana ", "KO ": the member a decision's or a request's clause opens with. Anchored, bounded. */
const memberOpening = new RegExp(String.raw`^(?:${memberWord})(?= )`, 'u')

/** "continue", "write": a verb in its bare form, as "agreed that Ana continue …" gives it; not "was", "has", "is". */
const bareForm = /^(\p{Ll}{2,20}) (?=\p{L})/u
const notBare = new Set([
  'was',
  'were',
  'had',
  'did',
  'could',
  'should',
  'would',
  'might',
  'may',
  'must',
  'can',
])

/**
 * The people a decision gives work to in its clause, "agreed that Ana continue her research": a member on the roll
 * and a verb in its bare form (not "Ana has", "Ana was"); null otherwise.
 */
function agreedTask(
  clause: string,
  roll: Roll,
): { owners: string[]; length: number; plain: boolean; will: boolean; bare: boolean } | null {
  const name = memberOpening.exec(clause)?.[0]
  if (name === undefined || !onRoll(name, roll)) return null
  const verb = bareForm.exec(clause.slice(name.length + 1))?.[1]
  if (verb === undefined || verb.endsWith('s') || notBare.has(verb) || notWork.has(verb)) return null
  return { owners: [name], length: name.length, plain: false, will: false, bare: false }
}

/** "The clerk", "the Treasurer": the article before an office, which is no part of the owner's name. */
const theOffice = /^[Tt]he (?=\p{L})/u

/** "Sec", "Treas": an office by its usual short form, as a committee's own minutes name its officers. */
const officeShortForm = /^(?:Sec|Secy|Treas|Chair)$/

/** "Members to organise transport": the members as a whole, given work with no one named. */
const allMembers = /^(?:Members|Everyone|Everybody)$/

/** "Gardening committee", "Events working group": a committee of the body named by what it sees to. Anchored. */
const subCommittee = new RegExp(`^${committeeName}$`, 'u')

/** "He would organise …", "She will announce …": a sentence giving work to someone the last one named. Bounded. */
const pronounWork = /^(?:He|She|They) (?:will|would)(?: (?:also|then|now|again))? (\p{Ll}{2,20})\b/u

/**
 * The work a sentence opening with "he", "she" or "they" and "will" or "would" gives, owned by the people the last
 * sentence of the line gave work to (`previousOwners`, as joined in a record), or by no one named; null when it
 * opens otherwise or "will" gives no work ("She will be away", "He would like …").
 */
function pronounTask(
  sentence: string,
  previousOwners: string | undefined,
): { title: string; owners: string[]; plain: boolean; will: boolean } | null {
  const verb = pronounWork.exec(sentence)?.[1]
  if (verb === undefined || notWork.has(verb)) return null
  const owners = previousOwners === undefined || previousOwners === '' ? [] : previousOwners.split(', ')
  return { title: sentence, owners, plain: false, will: false }
}

/**
 * "Mrs Holt asked members to look into …": a member asking the others to act, group 1 the one asking and group 2
 * those asked. Bounded.
 */
const askedOthers = new RegExp(
  `^(${person}) asked (members|councillors|everyone|all members|the committee|the trustees) to (?=\\p{Ll})`,
  'u',
)

/** The people a clause gives work to and the length of the words doing so, or null. */
function clauseTask(
  clause: string,
  opensSentence: boolean,
  afterTopic: boolean,
  roll: Roll,
): { owners: string[]; length: number; plain: boolean; will: boolean; bare: boolean } | null {
  const asking = askedOthers.exec(clause)
  if (asking !== null && (onRoll(asking[1]!, roll) || isGoverningOffice(asking[1]!.replace(theOffice, ''))))
    return { owners: [asking[2]!], length: asking[0].length, plain: false, will: false, bare: false }
  const found = peopleTasked.exec(clause)
  if (found === null) return null
  const rest = clause.slice(found[0].length)
  const verb = /^\p{L}+/u.exec(rest)?.[0] ?? ''
  // "Ana will be in charge of the raffle": a charge taken on, work though "will be" mostly is not.
  const charge = found[4] !== undefined && takesCharge.test(rest)
  // Work given plainly, by "to" or "will" and a verb ("Ana to ask …", "Ana will be meeting …").
  const plain = charge || workAfterNames.test(clause.slice(found[1]!.length))
  // "Liz to Send the reminder": a verb capitalised by mistake, known as one.
  if (!/^\p{Ll}/u.test(verb) && !instructionVerbs.has(verb.toLowerCase())) return null
  if (!plain && notWork.has(verb.toLowerCase())) return null
  if (staysOn.test(rest)) return null
  const owners = found[1]!.split(joiner).map((name) => name.trim().replace(theOffice, ''))
  // After an update's topic ("Curtain repair – Nell will …") the one who will see to it may be off the roll.
  const known = (name: string): boolean =>
    onRoll(name, roll) ||
    allMembers.test(name) ||
    officeShortForm.test(name) ||
    isGoverningOffice(name) ||
    subCommittee.test(name) ||
    (afterTopic && isNamedOwner(name) && !initialism.test(name))
  const bodies =
    /^(?:is|are)$/.test(found[2] ?? '') &&
    found[3] === undefined &&
    owners.every((name) => initialism.test(name))
  // "Ana Cruz will bake the cakes", "Ana Cruz volunteered to …": a person named in full opening a sentence of work
  // taken on, who may have joined after the roll was taken or be a helper from outside.
  const volunteer =
    opensSentence && /^(?:will|would|volunteered|offered)\b/.test(clause.slice(found[1]!.length + 1))
  if (
    bodies ||
    owners.every(known) ||
    (opensSentence && owners.some(known) && owners.every(isNamedOwner)) ||
    (volunteer && owners.every(roll.open === true ? isVolunteerName : isFullName))
  )
    return {
      owners,
      length: found[0].length,
      plain,
      will: (found[4] ?? found[5]) === 'will',
      bare: bareVerb.test(rest),
    }
  return null
}

/** "Ana Cruz", "Tom Van Dyke": a person's given name and surname, no word of an office or a body. */
function isFullName(name: string): boolean {
  const words = name.split(' ')
  return (
    fullName.test(name) &&
    words.length >= 2 &&
    !words.some((word) => isGoverningOffice(word) || isRoleOrBodyWord(word) || !isNamedOwner(word))
  )
}

/** "do.", "action": a verb with nothing after it, the work being what the sentence said before the names. */
const bareVerb = /^\p{Ll}{2,12}\s{0,2}[.!]?$/u

/**
 * The work a sentence names before "…, LW to do.": its last clause before the names, without a leading "also",
 * "and" or "then" ("…, also the keys from them, LW to do." → "the keys from them"); null when there is none.
 */
function workBefore(before: string): string | null {
  const trimmed = before.replace(/[,;:–—-]\s{0,2}$/u, '').trimEnd()
  const clause = trimmed
    .slice(trimmed.lastIndexOf(', ') + 1)
    .trim()
    .replace(/^(?:also|and|then) /i, '')
  return clause.length >= 12 ? clause : null
}

/** Whether a clause at `at` opens as a sentence would: after a semicolon ("…; Ana will …") or a bracket ("(Ana will …"). */
function opensAside(sentence: string, at: number): boolean {
  return sentence[at - 1] === '(' || sentence.slice(Math.max(0, at - 2), at) === '; '
}

/** Whether a clause can open at `at`: the sentence's start, or a capital after a comma, a semicolon, a dash, an
 * item's letter ("d) "), an opening bracket or a word. */
function startsClause(sentence: string, at: number): boolean {
  if (!/\p{Lu}/u.test(sentence[at] ?? '')) return false
  if (at === 0) return true
  // "(Ana will bring the urn)": an aside in brackets opens a clause.
  if (sentence[at - 1] === '(') return true
  if (sentence[at - 1] !== ' ') return false
  const before = sentence.slice(Math.max(0, at - 3), at - 1)
  return /(?:[,:;)]|[–—-]|\p{L})$/u.test(before)
}

/**
 * Whether a person ("Ana", "Tom R", "Cllr Cruz", "A. Cruz") is on the roll, by first name or surname, or by initials
 * ("KC", "M.T.", "OKB" for a roll's "O. Brandt": the first letter the first name's, the last the surname's).
 */
function onRoll(name: string, roll: Roll): boolean {
  // "JCo" for a roll's "Jim Cole (JCo)": initials the roll gives, a letter in lower case telling two apart.
  if (roll.given.has(name)) return true
  if (initialsOnly.test(name)) {
    if (roll.given.has(name)) return true
    const letters = name.replace(/\./g, '')
    return roll.initials.has(`${letters[0]}${letters.at(-1)}`.toLowerCase())
  }
  const words = name.split(' ')
  const titled = isHonorific(words[0]!)
  const bare = titled ? words.slice(1) : words
  const initial = /^\p{Lu}\.?$/u.test(bare[0] ?? '')
  if (bare.length === 0) return false
  // "Mrs Holt" for a roll's "Mrs Holt": the one word a roll gives after a title is read as its first.
  if (titled && bare.length === 1 && roll.first.has(bare[0]!.toLowerCase())) return true
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
  const onList = owners.some((name) => knownFirstName(name.split(' ')[0]!, present))
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
 * "Napkins – Ruth", "Mulled juice – Ola, Bea, Ida": an item of a volunteer list, the thing to do or bring before
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
 * The day a volunteer list's lead-in names, as an ISO date: in its own year, else in the year of the meeting
 * ({@link meetingDate}), or the next year when its month comes before the meeting's; '' when it names no day or no
 * year can be told.
 */
function listDay(text: string, meeting: { month: number; year: number } | null): string {
  const named = dayNamed(text)
  if (named === null) return ''
  const year = named.year ?? (meeting === null ? null : yearAfterMeeting(named.month, meeting))
  if (year === null) return ''
  return `${year}-${String(named.month).padStart(2, '0')}-${String(named.day).padStart(2, '0')}`
}
