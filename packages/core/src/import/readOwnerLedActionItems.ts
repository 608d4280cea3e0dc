import { endsMidPhrase } from './endsMidPhrase'
import { ownerOfLineAbove } from './readBareActionMarks'
import { FUNCTION_WORDS } from './functionWords'
import { bracketAtEnd } from './bracketAtEnd'
import { isDateAlone } from './isDateAlone'
import { BULLET_LEAD, indentOf } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import {
  actionLabel,
  isNamedOwner,
  ownerAtStart,
  ownerBeforeLabelDash,
  ownerCell,
  ownerInLabelBracket,
  ownerInSquareBrackets,
  ownersJoined,
  splitInitialsOwners,
  statusAfterLabel,
  workAfterOwnerColon,
} from './ownerAtStart'
import { ownerAfterAction } from './ownerAfterAction'
import { ownerAfterTopicLabel } from './ownerAfterTopicLabel'
import { readOwnerCell } from './readOwnerCell'
import { matchColumnHeader } from './columnSynonyms'
import { ownersInBrackets } from './ownersInBrackets'
import { ownersOfGroupLabel } from './ownersOfGroupLabel'
import { ownersNamedAsSubject } from './ownersNamedAsSubject'
import { ownersOpeningLaterSentences } from './ownersOpeningLaterSentences'
import { parseStatus } from '../status/parseStatus'
import { statusAtEnd } from './statusAtEnd'
import { statusAtStart } from './statusAtStart'
import { actionClosedAtEnd } from './actionClosedAtEnd'
import { statusGroupHeading } from './statusGroupHeading'
import { isBareLink } from './isBareLink'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import { isSpeechTurn } from './isSpeechTurn'
import { isTimedAgendaHeading } from './isTimedAgendaHeading'
import { ITEM_NUMBER } from './itemMark'
import { MAX_HEADING_LENGTH } from './maxHeadingLength'
import { rosterOfInitials, workGivenToInitials } from './workGivenToInitials'
import { endsLinesInRollInitials } from './readParagraphsEndingInOwners'
import { actionLabelsInLine, decidedWorkInLine, ownerClosingLine } from './actionLabelInLine'
import { handlesGivenWork } from './handlesGivenWork'
import { openingOf } from './verbLedLinesUnderHeadings'
import { taskLineOf } from './readTaskListItems'
import { minuteRefHeading } from './minuteRefHeading'
import { looksLikeHeader } from './mapColumns'
import { technicianCommitment } from '../taxonomy/technicianCommitment'

/** A heading over a meeting's action items: "Action items:", "Review of open action items", "8. Next steps",
 * "Actions from last time", "3. Outstanding actions - updates", and French minutes' "Actions décidées à la dernière séance" (the actions planned
 * last time), "Actions à mener", "Suivi des actions". */
const actionHeading =
  /\b(?:action items?|action points?|actions? agreed|actions? decided|agreed actions|next steps|actions from (?:the )?(?:last|previous)|outstanding actions?|actions arising|summary of actions|new actions|action log|actions? (?:prévues|décidées|à (?:faire|mener|réaliser|suivre))|suivi des actions|feedback (?:from|on) (?:the )?(?:last|previous) meeting)\b/i

/** "Open actions carried forward.", "Actions carried over": the actions a sentence says are carried on from the last
 * meeting, a lead-in only when a bulleted list follows it (a heading "Actions carried forward:" over lines, each
 * with a status line, is read by the reader of such logs). */
const carriedActions = /\bactions? carried (?:forward|over)\b/i

/** "ALV to-do's", "To-dos:", "Board todo list", "To-do lijst": a heading over a meeting's to-do list, whose lines may
 * name their owner as the subject of a plain sentence ("Wim prepares the figures"). Anchored at the line's end. */
const todoHeading = /(?:^|\s)(?:to-do|todo)(?:'?s|\s{1,2}(?:list|lijst))?\s{0,2}:?$/i

/** "AIs", "Updates (AIs from last meeting)": the plural of "AI", as minutes abbreviate "action items" in a heading.
 * In capitals only, so the word "ais" and an item's "AI:" label are not headings. */
const actionItemsAbbreviated = /(?:^|[\s(*-])AIs(?=$|[\s):])/

/** "Actions", "Actions:", "4. Actions", "Resolved": a heading that is the word alone, as minutes close with their list
 * (a plenum's or an assembly's "Resolved" / "Agreed" over what each member undertook). */
const actionsAlone = /^(?:\d{1,2}[.)]?\s{1,3})?(?:actions?|resolved|agreed)\s{0,2}:?$/i

/** "## Actions", "##### Deliverables": a Markdown heading's marks and the spaces after them; group 1 is the marks,
 * whose count is the heading's level. Anchored and bounded. */
const headingMarks = /^(#{1,6})\s{1,3}(?=\S)/

/** A line's text without the marks of a Markdown heading ("## Actions" → "Actions"). */
function withoutHeadingMarks(text: string): string {
  const marks = headingMarks.exec(text)
  return marks === null ? text : text.slice(marks[0].length)
}

/** "Assigned: Greg", "Owner - Communications Committee": a bullet under an item naming who it is assigned to. */
const assignedLine = /^(?:assigned(?: to)?|assignee|owner|responsible)\s{0,2}[:–-]\s{0,3}(\S.{0,59})$/i

/** "MartinO:", "George Clark", "Everyone:": a bullet naming only an owner, over that owner's items. */
const ownerBullet = /^([^:]{1,40}?):?$/

/** A plain item naming no one is a sentence of at least this many words ("Review the data again in spring"); a
 * shorter line ("Pathways (curriculum sequencing)") is the next topic's heading. */
const minOwnerlessWords = 5

/** A discussion topic over sub-points that assign work is at most this long ("2. A letter from the treasurer …"). */
const maxTopicLength = 200

/** "Specific", "General:", "This week": a label of one or two words that sorts a list of action items beneath it. */
const subListLabel = /^\p{L}[\p{L}'’-]{0,24}(?: [\p{L}'’-]{1,24})?:?$/u

/** "Ongoing.", "Recurring. In progress.": a status written as a sentence, closed by its full stop. */
const statusSentence = /^\p{Lu}.{0,60}\.$/u

/** "Ongoing.", "Recurring. In progress.": a line that is only a status, closed by its full stop. */
function isStatusSentence(text: string): boolean {
  return statusSentence.test(text) && statusGroupHeading(text) !== null
}

/** "Discharged: letter sent in February.": a line that opens with its state alone before a colon and its note. */
function isStateColonNote(text: string): boolean {
  const lead = stateColonNote.exec(text)?.[1]
  return lead !== undefined && statusAtStart(lead) === lead
}

/** "Unable to continue at this time due to the closure. …": a line whose first sentence opens with the item's
 * state. */
function opensWithState(text: string): boolean {
  const stop = text.indexOf('. ')
  const first = stop < 0 ? text.slice(0, 120) : text.slice(0, Math.min(stop, 120))
  const status = parseStatus(first)
  // The status words open the sentence: what is left of it after them is its end ("at this time due to …").
  return (
    status.state !== 'unknown' &&
    (status.note === null || (status.note.length < first.length && first.endsWith(status.note)))
  )
}

/** " [Extraordinary meeting]", " (AGM)": a bracketed note after a meeting's date. Bounded. */
const meetingNote = /\s{0,3}[[(][^\])]{1,40}[\])]$/

/** "1. ", "12) ": the item's number in a numbered list. */
const itemNumber = new RegExp(`^(${ITEM_NUMBER})[.)]\\s+`)

/**
 * Reads the action items of meeting minutes or an agenda, each naming its owner at its start, as open-source
 * foundations' steering committees, standards bodies' working groups and university committees write them under a
 * heading ("Action items:", "Review of open action items", "Next steps"): "TSC: Get a first release out",
 * "1. ACTION, Doug S: Write up the proposal (carried over)", "Eric will take a look at the draft", "Mike
 * volunteered to update the parser". Each item is one action: its whole line (owner lead and all, as the minutes
 * word it) is the title, the named person or group its owner, its list number its ref. An item written "Owner:
 * action", as retrospectives and stand-ups list them ("Stephen: Check out other mapping tools"), is titled by its
 * action alone, the whole line kept as its description. The lines above the heading
 * are the title rows. Markdown and wiki minutes write the items as bullets ("- AI: Fred to …", "* Ethan: Fix …",
 * "- Release the packs (Gonzalo)", owners in brackets after the item), with an item's status on a bullet indented
 * under it ("  - DONE in principle. …"), or with an owner's bullet ("- MartinO:") over that owner's items, each
 * ending in its status ("  - Contact the supplier - open"). A bulleted item may end in its own status ("- [NM]
 * Share the poll - done", "- [NM] Update the website: done"), taken off its title; minutes that tag each item with
 * its owner's initials in square brackets ("Outstanding actions" over "- [NM] Share the poll - done", as
 * committees' and societies' minutes do) name the owner so, the title starting after the bracket (several names
 * may share it, joined by commas or slashes: "1. [Kurt/Helen] work with Outreach …"); and a bullet beneath an item saying whom it is
 * assigned to ("* Annual report" over "    * Assigned: Communications Committee", "    * In progress", as
 * boards' minutes kept in Markdown write them) gives its owner, whatever the item's own words. Committees' and
 * boards' minutes may name the owner after the action instead ("Circulate the minutes (Jane)", "… [JS/AK]",
 * "Circulate the minutes – Jane Smith – end of May"). The list ends at the first line that names none (in a
 * bulleted list, the first that is not a bullet of the list; in a plain list, a short line or one not followed by
 * an owner-led item), and every later list under its own heading (minutes closing each topic with "Action items:")
 * is read too; the lines between them are left out, except an action point marked among them with the
 * minute-taker's label and its owner ("ACTION: HL initiate the vote (Done)"). A list numbered "1." item after item
 * was numbered by Markdown: no item of the page takes its number as its ref.
 * Minutes with no such list, whose action points sit among the discussion each labelled on its own line ("Action -
 * JS to ensure the code of practice names the standards", "ACTION: Priya to book the room"), give each labelled line
 * that names its owner before "to" or a colon as an action. Returns null unless a one-column page has such a heading
 * followed straight away (or after one plain lead-in line) by at least two items that name an owner, or at least two
 * such labelled lines.
 *
 * @example
 * readOwnerLedActionItems([
 *   ['Lab committee, 3 May'], ['Action items:'], ['Priya: Book the safety audit'], ['Tom will order the new rack'],
 * ])?.rows.slice(1) // [['Ref', 'Action', 'Owner', 'Description'], ['', 'Book the safety audit', 'Priya', 'Priya: Book the safety audit'], ['', 'Tom will order the new rack', 'Tom', '']]
 */
export function readOwnerLedActionItems(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null || holdsTableHeader(table, lines)) return null
  const byHandles = givesWorkByHandles(lines)
  // Minutes close each agenda item with its own "Action items:" list: every such list on the page is read.
  const lists: { at: number; read: ReturnType<typeof readItems> }[] = []
  // Lists under a bare "Actions" heading whose items name no owner but each open with an instruction ("Start the
  // webinar series"): read when another list under the same heading names owners.
  const unnamed: { at: number; read: ReturnType<typeof readItems> }[] = []
  for (let at = 0; at < lines.length; at++) {
    // Markdown minutes mark their headings ("## Actions"): the words after the marks are the heading.
    const heading = withoutHeadingMarks(lines[at]!.text)
    // "@ana to figure out next steps with the team" gives work to someone: an item, whatever words it holds.
    // A sentence is no heading, unless it names the actions and a bulleted list follows it ("Open actions carried
    // forward." over "- [NM] Share the poll - done").
    const lead =
      heading.endsWith('.') &&
      (actionHeading.test(heading) || carriedActions.test(heading)) &&
      BULLET_LEAD.test(lines[at + 1]?.text ?? '')
    if ((heading.endsWith('.') && !lead) || (byHandles && handlesGivenWork(heading) !== null)) continue
    // A discussion topic may be a sentence of its own ("2. A letter from the treasurer asked …"); a heading is short.
    if (heading.length > (lists.length > 0 ? maxTopicLength : MAX_HEADING_LENGTH)) continue
    const todo = todoHeading.test(heading)
    const plain = !lead && !actionHeading.test(heading) && !actionItemsAbbreviated.test(heading) && !todo
    // Below an action-item list, a discussion topic whose sub-points assign work ("1. The office move is late" over
    // "   1. Eric to find a new landlord", "   2. Ben to tell the staff") is such a list too.
    const topic = plain && !actionsAlone.test(heading) && lists.length > 0 && subListBelow(table, lines, at)
    if (heading.length > MAX_HEADING_LENGTH && !topic) continue
    if (plain && !actionsAlone.test(heading) && !topic) continue
    const bare = actionsAlone.test(heading)
    const read = readItems(
      table,
      lines,
      at + 1,
      bare,
      todo,
      headingMarks.exec(lines[at]!.text)?.[1]?.length ?? 0,
    )
    const instructions =
      bare &&
      read.records.length > 0 &&
      read.records.every((record) => record.owner !== '' || opensInstruction(record.text))
    if (read.named === 0 || (topic && read.named < 2)) {
      if (instructions) unnamed.push({ at, read })
      continue
    }
    // A plan's "Actions" heading is as plain as the minutes' own: its list is read so when most items name owners,
    // or when two do below a list the page heads as the minutes' actions ("Actions from last meeting" over the
    // items reviewed, then "Actions" over the new ones, some naming no one).
    if (plain && read.named * 2 < read.records.length && (lists.length === 0 || read.named < 2)) {
      if (instructions) unnamed.push({ at, read })
      continue
    }
    lists.push({ at, read })
    at = Math.max(at, read.next - 1)
  }
  if (lists.reduce((sum, list) => sum + list.read.named, 0) < 2)
    return labelledActionLines(table, lines, byHandles)
  // Minutes closing every topic with the same "Actions" heading: its lists of plain instructions are the topic's
  // actions as much as those naming owners.
  const headingWords = (at: number) => withoutHeadingMarks(lines[at]!.text).replace(/:$/, '').toLowerCase()
  const ownedHeadings = new Set(lists.map((list) => headingWords(list.at)))
  const alike = unnamed.filter((list) => ownedHeadings.has(headingWords(list.at)))
  if (alike.length > 0) {
    lists.push(...alike)
    lists.sort((a, b) => a.at - b.at)
  }
  // "1." on item after item: Markdown numbers the page's lists, and the numbers are no refs of the minutes'.
  const markupNumbers = lists.some(({ read }) => numberedByMarkup(read.records))
  const listed = lists
    .flatMap((list) => list.read.records)
    .map((record) => (markupNumbers && record.numbered === true ? { ...record, ref: '' } : record))
  const mergedRows = lists.flatMap((list) => list.read.mergedRows)
  const inLists = new Set([
    ...listed.map((record) => record.index + 1),
    ...mergedRows,
    ...lists.flatMap((list) => list.read.leadIn),
  ])
  const listHeading = lines[lists[0]!.at]!.index
  // "ACTION: HL initiate the vote (Done)": an action point marked in the discussion beside the lists is one more,
  // above the first list too (minutes of several meetings, the latest first, whose first meeting has no such list).
  const marked = labelledLinesBesideLists(lines, inLists, -1)
  const records = marked.length === 0 ? listed : [...listed, ...marked].sort((a, b) => a.index - b.index)
  // The page's title rows end at the first list's heading or the first marked action point above it.
  const headingIndex = Math.min(listHeading, records[0]!.index - 1)
  // The lines from there on that no list holds (other headings, the discussion between lists).
  const used = new Set([...inLists, ...marked.map((record) => record.index + 1), listHeading + 1])
  const skippedRows = lines
    .filter((line) => line.index > headingIndex && !used.has(line.index + 1))
    .map((line) => line.index + 1)
  const withStatus = records.some((record) => record.status !== '')
  const titled = records.map((record) => ({ ...record, ...ownerColonTitle(record) }))
  const withLine = titled.some((record) => record.line !== '')
  const withDue = records.some((record) => record.due !== '')
  // The line as written beside each item keeps an item naming no one from reading as a heading over the rows below.
  const asWritten = alike.length > 0
  const lineAt = new Map(asWritten ? lines.map((line) => [line.index, line.text]) : [])
  return oneColumnRecords(
    table.slice(0, headingIndex),
    headingIndex + 1,
    [
      'Ref',
      'Action',
      'Owner',
      ...(withStatus ? ['Status'] : []),
      ...(withDue ? ['Target date'] : []),
      ...(withLine ? ['Description'] : []),
      ...(asWritten ? ['As written'] : []),
    ],
    titled.map(({ index, ref, title, owner, status, due, line }, at) => ({
      index,
      cells: [
        ref,
        title,
        owner,
        ...(withStatus ? [status] : []),
        ...(withDue ? [due] : []),
        ...(withLine ? [line] : []),
        ...(asWritten ? [lineAt.get(records[at]!.index) ?? ''] : []),
      ],
    })),
    {
      mergedRows,
      skippedRows,
      titleEvidence: 'each action item under the action heading, whose owner the item names at its start',
    },
  )
}

/**
 * Whether a list's numbers are Markdown's, not the minute-taker's: its items are written "1." one after another, as a
 * Markdown list may number every item (the page shows "1., 2., 3."), and "1." is at least half of its numbers.
 */
function numberedByMarkup(records: readonly ItemRecord[]): boolean {
  const numbers = records.filter((record) => record.numbered === true).map((record) => record.ref)
  const ones = numbers.filter((number) => number === '1').length
  return ones * 2 >= numbers.length && numbers.some((number, at) => number === '1' && numbers[at + 1] === '1')
}

/**
 * The action points minutes mark inside their discussion beside the action-item lists ("ACTION: HL initiate the
 * Governing Board vote on the response (Done)"): each line below `from` (a row, or -1 for the whole page), in no list
 * (`used`, by row), that opens with the minute-taker's label and then names its owner, as a list's item names it or
 * by initials before a bare verb ("HL initiate …"). Its title is the line after the label, its status the one it
 * closes on.
 */
function labelledLinesBesideLists(
  lines: readonly PageLine[],
  used: ReadonlySet<number>,
  from: number,
): ItemRecord[] {
  const records: ItemRecord[] = []
  // The number of the earlier minute's item the lines report on ("Item 7. Compost" over "ACTION: RL will …"), up
  // to the next agenda heading ("4. Finance"); '' elsewhere.
  let reported = ''
  for (const line of lines) {
    if (line.index > from) {
      const heading = reportedItem.exec(line.text)
      if (heading !== null) reported = heading[1]!
      else if (isAgendaItem(line.text)) reported = ''
    }
    if (line.index <= from || used.has(line.index + 1)) continue
    const label = actionLabel.exec(line.text)
    if (label === null) {
      records.push(...reportedItemMarks(line))
      continue
    }
    const rest = line.text.slice(label[0].length)
    const item = readItem(rest, false)
    if (item !== null) {
      records.push({ index: line.index, ...item, ref: reported })
      continue
    }
    const split = statusOf(rest)
    const initials = ownerAtStart(split.text, 'initials-before-verb')
    if (initials !== null)
      records.push({
        index: line.index,
        ref: reported,
        text: split.text,
        owner: ownerCell(initials),
        status: split.status,
        due: '',
      })
  }
  return records
}

/** "Item 4b. ", "Item 12: ": a line opening with the number of the minute's item it reports on (group 1). Anchored. */
const reportedItem = /^Item\s{1,3}(\d{1,3}[a-z]?)[.:]\s{1,3}(?=\S)/i

/**
 * The action points marked inside a line that reports on an earlier minute's item by its number ("Item 6c. Hall
 * hire. ACTION: IB to book the hall."), as minutes review the last meeting's actions: each marked point
 * ({@link actionLabelsInLine}), the item's number its ref. Empty for any other line.
 */
function reportedItemMarks(line: PageLine): ItemRecord[] {
  const item = reportedItem.exec(line.text)
  if (item === null) return []
  return actionLabelsInLine(line.text).map((marked) => ({
    index: line.index,
    ref: marked.ref ?? item[1]!,
    text: marked.title,
    owner: marked.owner === null ? '' : ownerCell(marked.owner),
    status: '',
    due: '',
  }))
}

/** Whether the line after `at` opens a numbered or bulleted list indented deeper than the line itself. */
function subListBelow(
  table: readonly (readonly string[])[],
  lines: readonly { index: number; text: string }[],
  at: number,
): boolean {
  const below = lines[at + 1]
  if (below === undefined || !(itemNumber.test(below.text) || BULLET_LEAD.test(below.text))) return false
  return indentOf(table[below.index]![0] ?? '') > indentOf(table[lines[at]!.index]![0] ?? '')
}

/** "2.1 Discovery findings", "3. Any other business": a numbered agenda item's heading. */
const agendaItem = /^\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+\S/

/** An agenda item's heading is a numbered line of at most this many words ("2.4 Current status of standards."). */
const maxAgendaWords = 12

function isAgendaItem(text: string): boolean {
  return agendaItem.test(text) && text.length <= 120 && text.split(' ').length <= maxAgendaWords
}

/**
 * "TODOs (FL):", "Actions (Priya Shah):", "To-do (Sam/Jo):": an action label in the plural or singular naming its
 * owner in brackets, alone on its line with a colon, over the owner's items. Group 1 is the owner. Anchored, bounded.
 */
const ownedGroupLabel = /^(?:to-?dos?|actions?|action items|action points)\s{0,3}\(([^()]{1,40})\)\s{0,3}:$/i

/** An item under an owned group label is a short line of its own: at most this many words. */
const maxGroupItemWords = 24

/**
 * Whether a line is an item under an owned group label ("weitere Admins eintragen", "Archive the old list"): a short
 * line that is no agenda heading, no action label's line, no lead-in ending in a colon and no "Topic: …" line of its
 * own (a short label before a colon starts the discussion again).
 */
function isGroupItem(text: string): boolean {
  if (isAgendaItem(text) || actionLabel.test(text) || text.endsWith(':')) return false
  if (text.split(' ').length > maxGroupItemWords) return false
  return !/^[^\s:]{1,30}(?: [^\s:]{1,30}){0,2}:\s/.test(text)
}

/**
 * Minutes with no action heading, whose action points sit among the discussion under each agenda item, each its own
 * line opening with the minute-taker's label and the owner ("Action - JS to draft the policy", "ACTION: Priya to
 * book the room", "Action, TE/LG: Send the list"): each labelled line that names its owner is an action, titled by
 * the line after its label ("JS to draft the policy"), the whole line kept as its description, the numbered agenda item above it ("2.2 Future of open standards") its section; the page's first
 * line is its title and every other line is left out. A short heading opening with its minute's number or a
 * sub-item's letter ("2031/02 – 07 Court nets", "b) Gate") gives its number to the action lines below it, unless
 * such numbers repeat among the actions. A progress note right below a labelled line that opens with a
 * status ("Done, email sent in June") is its status. A team line naming its members ("Outreach - Ama, Karl") owns the
 * labelled lines below it that name no owner; under a "Next steps:" heading, a plain line naming its owner before
 * "to" is an action too. An owner may be set off by an arrow ("Action: Ivo/Noor -> rerun the study"), and a plain line
 * opening with the name of someone the labelled lines give work to and a colon ("Noor: add a warning to the manual")
 * is work given to them as well. Null unless at least two lines are so read.
 */
function labelledActionLines(
  table: readonly (readonly string[])[],
  lines: readonly { index: number; text: string }[],
  byHandles: boolean,
): FlattenedActionTables | null {
  const records: { index: number; cells: string[] }[] = []
  const skippedRows: number[] = []
  const sectionRows: number[] = []
  let section = ''
  let withStatus = false
  const unowned: { index: number; cells: string[] }[] = []
  // Labelled lines naming no owner on a page where they are many: actions when others name theirs.
  const unnamedMany: { index: number; cells: string[] }[] = []
  // The number of the minute or sub-item heading the lines below answer ("2031/04 – 12 Shed roof", "b) Gate").
  let itemRef = ''
  // The number of the minute a mark inside a line stands under ("47. Public questions" over "- … Action: To …").
  let minuteRef = ''
  const citedByHeading = new Set<number>()
  let team: string[] | null = null
  let underHeading = false
  let group: string | null = null
  const fewMarked = marksFewLines(lines)
  /** Lines whose action a numbered label inside it numbers ("… Action 2.1: VF add …"). */
  const labelRefs = new Set<number>()
  // Minutes whose every label stands inside a line of the discussion ("Roof. The roofer has not replied. ACTION: OB to
  // phone him."), none opening a line: the marks are the page's actions, however many lines they are.
  const marksInsideOnly = !fewMarked && marksOnlyInsideLines(lines)
  // "Members Present – Chairman PAB, Treasurer BT": minutes that name their members by initials give them work so.
  // Minutes that label their actions ("ACTION: AT Done") say which lines are actions: the label is read instead.
  // Minutes closing their lines with the roll's initials ("… raffle prizes wanted NP") are read by those marks too.
  const roster =
    lines.some((line) => actionLabel.test(line.text)) || endsLinesInRollInitials(lines)
      ? new Set<string>()
      : rosterOfInitials(lines.map((line) => line.text))
  // "Noor: add a warning to the manual" among "Action: Ivo/Noor -> rerun the study": the people the labelled lines give work
  // to are the members, and a line opening with one of their names and a colon is work given to them too.
  const given = membersGivenWorkByColon(lines)
  for (let at = 1; at < lines.length; at++) {
    // "3. ACTION: Tony to follow up …": a list number before the label numbers the action, not an agenda item.
    const listed = numberedLabelLine(lines[at]!.text)
    const written = listed === null ? lines[at]! : { ...lines[at]!, text: listed.text }
    // "Actioned KH to get the cups": an action labelled done, read as "Action: KH to …" with the status done.
    const done = doneLabel.exec(written.text)
    // "ACTION: Ongoing: PK will ask …": a state alone before a colon right after the label is the action's status,
    // not its owner; the line is read without it.
    const stated = done === null ? statedAfterLabel(written.text) : null
    const line =
      done !== null
        ? { ...written, text: `Action: ${written.text.slice(done[0].length)}` }
        : stated !== null
          ? { ...written, text: stated.text }
          : written
    if (listed === null && isAgendaItem(line.text)) {
      minuteRef = agendaNumberOf(line.text)
      section = line.text
      sectionRows.push(line.index + 1)
      team = null
      underHeading = false
      itemRef = ''
      // "1. Sell tickets online" over "It was agreed we won't do this": the task heading is an action dropped.
      const below = lines[at + 1]
      if (below !== undefined && droppedByDecision.test(below.text)) {
        withStatus = true
        const title = line.text.replace(agendaNumber, '')
        records.push({ index: line.index, cells: ['', title, '', '', below.text, 'Cancelled'] })
        at++
      }
      continue
    }
    const headingRef = actionLabel.test(line.text) ? null : minuteRefHeading(line.text)
    if (headingRef !== null) itemRef = headingRef
    // "TODOs (FL):" over short lines: each line below is an action of the owner the label names, up to the first
    // line that is no such item.
    const heads = ownedGroupLabel.exec(line.text)
    if (heads !== null && isNamedOwner(heads[1]!.trim())) {
      group = ownerCell(heads[1]!.trim())
      continue
    }
    if (group !== null && isGroupItem(line.text)) {
      records.push({ index: line.index, cells: ['', line.text, group, section, '', ''] })
      continue
    }
    group = null
    const label = actionLabel.exec(line.text)
    // "Sam: TODO: book the hall": the owner, a colon, then the label; the work after the label is the title.
    const ownerFirst = label === null ? ownerBeforeLabel(line.text) : null
    if (ownerFirst !== null) {
      records.push({
        index: line.index,
        cells: ['', ownerFirst.work, ownerCell(ownerFirst.owner), section, '', ''],
      })
      continue
    }
    // "… in future. ACTION: we need to …", "…  Robin to ACTION.": an action marked inside a line of the discussion.
    const labelled = label === null && (fewMarked || marksInsideOnly) ? actionLabelsInLine(line.text) : []
    // "… Decision: Secretary to prepare notices.": among marks inside the lines, a decision giving someone work.
    const decided = labelled.length === 0 && marksInsideOnly ? decidedWorkInLine(line.text) : null
    const marks = decided === null ? labelled : [decided]
    // "16. The verge was not cut. Action: To write …": a minute's own number, before the one it stands under.
    const ownNumber = marks.length === 0 ? '' : agendaNumberOf(line.text)
    for (const marked of marks) {
      const owner = marked.owner === null ? '' : ownerCell(marked.owner)
      if (marked.ref !== undefined) labelRefs.add(line.index)
      records.push({
        index: line.index,
        cells: [marked.ref ?? (ownNumber || minuteRef), marked.title, owner, section, line.text, ''],
      })
    }
    if (marks.length > 0) continue
    // "… would be emailed to members. Action: Clerk.": on such a page, the label and an owner alone closing a line
    // give that owner the work before the label.
    const closed = label === null && (fewMarked || marksInsideOnly) ? ownerClosingLine(line.text) : null
    if (closed !== null) {
      records.push({
        index: line.index,
        cells: ['', closed.title, ownerCell(closed.owner), section, line.text, ''],
      })
      continue
    }
    // "@TomFern to review …", "… - @ana and @bo to meet this week": a code host's handles name whom work is given to
    // as surely as a label does.
    const handed = label === null && byHandles ? handlesGivenWork(line.text) : null
    if (handed !== null) {
      if (handed.ongoing) withStatus = true
      records.push({
        index: line.index,
        cells: ['', line.text, handed.owners.join(', '), section, '', handed.ongoing ? 'In progress' : ''],
      })
      continue
    }
    // "…; BT to investigate", "… would be adjusted by PJB": with no label, work given to members by their initials.
    const toInitials = label === null ? workGivenToInitials(line.text, roster) : null
    if (toInitials !== null) {
      const whole = toInitials.title === line.text ? '' : line.text
      records.push({
        index: line.index,
        cells: ['', toInitials.title, toInitials.owners.join(', '), section, whole, ''],
      })
      continue
    }
    const addressed = label === null ? memberColonWork(line.text, given) : null
    if (addressed !== null) {
      records.push({
        index: line.index,
        cells: ['', addressed.work, addressed.owner, section, line.text, ''],
      })
      continue
    }
    // "Outreach - Ama, Karl": a team named over its members owns the labelled lines below it that name no owner.
    const members = label === null ? teamMembers(line.text) : null
    if (members !== null || (label === null && line.text.endsWith(':'))) {
      team = members
      if (members === null) underHeading = actionHeading.test(line.text)
      continue
    }
    // "Next steps:" over "Ana to book the room": an unlabelled line there that names its owner before "to" is one too.
    if (label === null && underHeading) {
      const named = ownerAtStart(line.text, 'name-first')
      if (named !== null && line.text.startsWith(`${named} to `)) {
        records.push({ index: line.index, cells: ['', line.text, ownerCell(named), section, '', ''] })
        continue
      }
    }
    // "Action: Panel members to draft a statement (Chris Taggart/Janet Hughes)": the people named in brackets at
    // the end own it, whoever the line's subject is; but a subject before "will" ("Action: CG will price the paint
    // (Magnolia)") names the owner outright, and the bracket then says more about the work.
    const named = label === null || namesSubjectOfWill(line.text) ? null : namedAtEnd(line.text)
    const owner =
      label === null ? null : (ownerAtStart(line.text, 'name-first') ?? ownerAfterAside(line.text, label[0]))
    // "Action - JS to …", "ACTION, Jo: …": a note written as an action elsewhere ("ACTION: The museum will …",
    // under each numbered recommendation it answers) is read by the readers of such pairs.
    const ownerAt = label === null || owner === null ? -1 : line.text.indexOf(owner, label[0].length)
    const rest = ownerAt < 0 ? '' : line.text.slice(ownerAt + owner!.length)
    // "AP1: Comms to …", "Action 3 - JS to …": a numbered label is the action's ref.
    const labelRef = label !== null && /\d/.test(label[0]) ? label[0].replace(/[\s,:–—-]+$/, '') : ''
    // An action line under a minute's or sub-item's heading ("b) Entrance gate") is cited by that heading's number.
    // "2.3 PK to price the bins" over "ACTION: Ongoing: PK to price the bins": a labelled line right under a numbered
    // sub-item carries that item on, and is cited by its number.
    const subItem =
      label !== null && itemRef === '' && at > 1 && !actionLabel.test(lines[at - 1]!.text)
        ? subItemNumber(lines[at - 1]!.text)
        : ''
    const ref = labelRef !== '' ? labelRef : (listed?.ref ?? (label === null ? '' : itemRef || subItem))
    if (labelRef === '' && listed === null && label !== null && (itemRef !== '' || subItem !== ''))
      citedByHeading.add(line.index)
    // The label is the minute-taker's, not the work: it leaves the title, the whole line kept as the description;
    // so does an owner set off by a colon or a spaced dash after it ("Action, RS: Ask the data team …", "Action – JS –
    // update the terms …"). A numbered label is the ref, and the line after it the title, as before.
    const ownerColon =
      ownerAt < 0 || labelRef !== '' ? null : /^(?:\s{0,3}:|\s(?:->|→|[-–—]))\s{0,3}(?=\S)/.exec(rest)
    const title =
      label === null
        ? line.text
        : ownerColon !== null
          ? rest.slice(ownerColon[0].length)
          : line.text.slice(label[0].length)
    const whole = label === null || labelRef !== '' ? '' : written.text
    // "Done, email sent 25 June": a progress note on the line below, opening with a status, is the action's status.
    const below = label === null ? undefined : lines[at + 1]?.text
    const progress =
      done !== null
        ? 'Done'
        : stated !== null
          ? stated.status
          : below === undefined || actionLabel.test(below) || doneLabel.test(below) || isAgendaItem(below)
            ? null
            : (statusAtStart(below) ?? actionClosedAtEnd(below))
    if (progress !== null) withStatus = true
    if (named !== null)
      records.push({ index: line.index, cells: [ref, title, named, section, whole, progress ?? ''] })
    else if (label !== null && owner === null && team !== null)
      records.push({
        index: line.index,
        cells: [ref, title, team.join(', '), section, whole, progress ?? ''],
      })
    // "Action – JS – update …": the owner may be set off by a spaced dash as well as by a colon.
    else if (owner === null || !/^(?:\s{1,3}to\s|\s{0,3}:|\s(?:->|→|[-–—])\s)/.test(rest)) {
      // "AI: Draft the grant proposal" among long notes: the marked item is an action though it names no one. A
      // numbered label ("Action 05: All departments will …") heads a plan's own item, read by the readers of those.
      // "Action: Site Manager" under a paragraph: an office or a body alone on the label owns the line above
      // (read by the reader of such labels), and is no action of its own.
      const ownerAlone = label !== null && labelRef === '' ? (ownerOfLineAbove(line.text) ?? '') : ''
      if (
        ownerAlone !== '' &&
        // "Action: Cllrs Ross/Lee": several people alone on the label, as well as an office.
        (ownerAlone.includes(', ') || namesRoleAlone(line.text))
      )
        skippedRows.push(line.index + 1)
      else if (label !== null && labelRef === '' && /\S \S/.test(line.text.slice(label[0].length))) {
        // "Action: LG will let people know …": among long notes, the one the marked line says will do it owns it;
        // so do initials opening the work before a bare verb ("TODO: SJ reicht die Belege ein", "AI: DE talk to
        // the venue"), as notes kept in any language name who does it.
        const willDo = owner !== null && /^\s{1,3}will\s/.test(rest)
        const initials = willDo ? null : ownerAtStart(title.trim(), 'initials-before-verb')
        const record = {
          index: line.index,
          cells: [
            ref,
            title,
            willDo ? ownerCell(owner) : initials === null ? '' : splitInitialsOwners(initials).join(', '),
            section,
            whole,
            progress ?? '',
          ],
        }
        // Among many labelled lines ("Action: The gate to be painted" under each item), kept aside until others show
        // their owners.
        if (fewMarked) records.push(record)
        else unnamedMany.push(record)
      } else if (labelRef !== '' && owner === null && named === null)
        // "ACTION 4- Stakeholder review" among "ACTION 1- RG to …": kept aside until the list shows its habit.
        unowned.push({ index: line.index, cells: [ref, title, '', section, whole, progress ?? ''] })
      else skippedRows.push(line.index + 1)
    } else {
      // "ACTION: Toni to send the list. Neville to book the courier.": a later sentence opening with its own people
      // and "to" shares the work out; they own it too.
      const owners = ownerCell(owner).split(', ')
      if (/^\s{1,3}to\s/.test(rest))
        for (const name of ownersOpeningLaterSentences(title)) if (!owners.includes(name)) owners.push(name)
      records.push({
        index: line.index,
        cells: [ref, title, owners.join(', '), section, whole, progress ?? ''],
      })
    }
  }
  // A numbered action naming no owner ("ACTION 4- Stakeholder review") is one more of the list's actions when at
  // least two others are numbered the same way and name theirs; otherwise it heads a plan's own item, skipped here.
  const numberedOwned = records.filter((record) => record.cells[0] !== '' && record.cells[2] !== '').length
  if (numberedOwned >= 2) {
    records.push(...unowned)
    records.sort((a, b) => a.index - b.index)
  } else skippedRows.push(...unowned.map((record) => record.index + 1))
  // A labelled line naming no owner is an action all the same when at least two others name theirs, however many
  // lines the minute-taker marked.
  if (records.filter((record) => record.cells[2] !== '').length >= 2) {
    records.push(...unnamedMany)
    records.sort((a, b) => a.index - b.index)
  } else skippedRows.push(...unnamedMany.map((record) => record.index + 1))
  if (records.length < 2) return null
  // "Action: Review the draft" over "Who: Ana", "When: 28.08.2031", "Status 19.08.31: started": the action's owner,
  // date and status on labelled lines below it, as a project board's minutes write each action.
  const dues = new Map<number, string>()
  const atOf = new Map(lines.map((line, at) => [line.index, at]))
  for (const record of records) {
    let below = (atOf.get(record.index) ?? lines.length) + 1
    let status = ''
    for (; below < lines.length; below++) {
      const field = fieldLine(lines[below]!.text)
      if (field === null) break
      if (field.field === 'owners' && record.cells[2] === '') record.cells[2] = ownerOfFieldLine(field.value)
      else if (field.field === 'target' && !dues.has(record.index)) dues.set(record.index, field.value)
      // The latest status line stands: a board dates each of its reviews.
      else if (field.field === 'status') status = field.value
    }
    if (status !== '' && record.cells[5] === '') {
      record.cells[5] = status
      withStatus = true
    }
  }
  const withDue = dues.size > 0
  // Sub-items lettered afresh under each agenda item ("i) Footpaths" under 4 and under 5), or two action lines
  // under one heading: a heading's number then cites no one action, and is left out.
  const cited = records.filter((record) => citedByHeading.has(record.index))
  if (new Set(cited.map((record) => record.cells[0])).size < cited.length)
    for (const record of cited) record.cells[0] = ''
  // "Action 2.1:" numbers only the actions so labelled: beside actions with no number, the numbers are left out, as
  // a number written on some rows only would be read as a group's, passed down to the rows below it.
  if (labelRefs.size > 0 && records.some((record) => record.cells[0] === ''))
    for (const record of records) if (labelRefs.has(record.index)) record.cells[0] = ''
  const titleIndex = lines[0]!.index
  return oneColumnRecords(
    table.slice(0, titleIndex + 1),
    titleIndex + 1,
    [
      'Ref',
      'Action',
      'Owner',
      'Section',
      'Description',
      ...(withStatus ? ['Progress'] : []),
      ...(withDue ? ['Due'] : []),
    ],
    records.map((record) => ({
      ...record,
      cells: [
        ...record.cells.slice(0, withStatus ? 6 : 5),
        ...(withDue ? [dues.get(record.index) ?? ''] : []),
      ],
    })),
    {
      mergedRows: [],
      skippedRows,
      sectionRows,
      titleEvidence: 'each line labelled as an action ("Action - JS to …") that names its owner at its start',
    },
  )
}

/**
 * The people the page's labelled lines give work to by name ("Action: Ivo/Noor -> rerun the study", "ACTION: Ana to
 * book the room" give Ivo, Noor and Ana), each as written; empty when no labelled line names its owner.
 */
function namesGivenWork(lines: readonly { text: string }[]): ReadonlySet<string> {
  const names = new Set<string>()
  for (const { text } of lines) {
    if (!actionLabel.test(text)) continue
    const owner = ownerAtStart(text, 'name-first')
    if (owner !== null) for (const name of ownersJoined(owner)) names.add(name)
  }
  return names
}

/** Minutes report their discussion turn by turn when at least this share of the lines opening with a member's name
 * and a colon are what the member said ("Noor: I think …", "Ivo: Agreed."). */
const minSpeechTurnShare = 1 / 3

/**
 * The members whose name before a colon gives them work ({@link memberColonWork}): the people the labelled lines give
 * work to, or none when the lines opening with their names and a colon report the discussion turn by turn (at least
 * {@link minSpeechTurnShare} of them are speech turns, "Noor: I think the threshold is too low"), where every such
 * line is what the member said, even one worded as work ("Ivo: Let's rerun it then").
 */
function membersGivenWorkByColon(lines: readonly { text: string }[]): ReadonlySet<string> {
  const given = namesGivenWork(lines)
  if (given.size === 0) return given
  let named = 0
  let spoken = 0
  for (const { text } of lines) {
    const turn = memberColonLine(text, given)
    if (turn === null) continue
    named++
    if (isSpeechTurn(turn.work)) spoken++
  }
  return spoken > 0 && spoken >= minSpeechTurnShare * named ? new Set() : given
}

/** "Noor: add a warning to the manual", "Ana Lee:  check the list": a name (at most 40 characters), a colon, then
 * the work. */
const nameColonWork = /^([^:\s][^:]{0,39}):\s{1,3}(?=\S+ \S)/

/** The members (every one in `given`) and the words of a line opening with their names and a colon; null else. */
function memberColonLine(text: string, given: ReadonlySet<string>): { owner: string; work: string } | null {
  if (given.size === 0) return null
  const match = nameColonWork.exec(text)
  if (match === null) return null
  const names = ownersJoined(match[1]!.trim())
  if (!names.every((name) => given.has(name))) return null
  return { owner: names.join(', '), work: text.slice(match[0].length) }
}

/**
 * The owner and the work of a line opening with the name of someone the labelled lines give work to and a colon
 * ("Noor: add a warning to the manual" when another line reads "Action: Noor to …"); null for any other line, so
 * a topic before a colon ("Calibration: …") is never read as an owner, nor is what the member said in the meeting
 * ("Noor: I think the threshold is too low", {@link isSpeechTurn}).
 */
function memberColonWork(text: string, given: ReadonlySet<string>): { owner: string; work: string } | null {
  const line = memberColonLine(text, given)
  return line === null || isSpeechTurn(line.work) ? null : line
}

/** At least this many lines giving work to handles ("@ana to …") make a page whose notes are read so. */
const minHandedLines = 3

/** Whether at least {@link minHandedLines} lines of the page give work to people by their handles. */
function givesWorkByHandles(lines: readonly { text: string }[]): boolean {
  let handed = 0
  for (const line of lines)
    if (handlesGivenWork(line.text) !== null && ++handed >= minHandedLines) return true
  return false
}

/** "(depending on 4) ", "(if funds allow) ": an aside in brackets before the owner, a condition on the work. */
const asideLead = /^\([^()]{1,60}\)\s{1,3}(?=\S)/

/**
 * The owner a labelled line names after a bracketed aside ("AP5: (depending on 4) Kevin to talk to …" → Kevin), as
 * minutes note that an action waits on another; null without one. The aside stays in the title.
 */
function ownerAfterAside(text: string, label: string): string | null {
  const rest = text.slice(label.length)
  const aside = asideLead.exec(rest)
  return aside === null ? null : ownerAtStart(rest.slice(aside[0].length), 'name-first')
}

/** "3. ", "12) ": a list number before a minute-taker's label. Anchored, bounded. */
const listNumberLead = /^(\d{1,3})[.)]\s{1,3}(?=\S)/

/**
 * A numbered list's item that opens, after its number, with the minute-taker's label ("3. ACTION: Tony to follow up
 * with the venue"), as wiki minutes number the actions under each meeting: the number (its ref) and the line after
 * it; null for any other line.
 */
function numberedLabelLine(text: string): { ref: string; text: string } | null {
  const number = listNumberLead.exec(text)
  if (number === null) return null
  const rest = text.slice(number[0].length)
  return actionLabel.test(rest) ? { ref: number[1]!, text: rest } : null
}

/**
 * "Actioned KH to get the cups", "Actioned: book the hall": the action label in the past tense, as a committee's
 * running task list marks the actions already done (the open ones keep "Action:"). Anchored and bounded.
 */
const doneLabel = /^actioned\s{0,3}:?\s{1,3}(?=\S)/i

/**
 * "ACTION: Ongoing: PK to …" → status "Ongoing", text "ACTION: PK to …": an action label followed by a state alone
 * and a colon, as a review of carried actions restates each (the state read by the owner reader's
 * {@link statusAfterLabel}); null for any other line.
 */
function statedAfterLabel(text: string): { status: string; text: string } | null {
  const label = actionLabel.exec(text)
  const stated = label === null ? null : statusAfterLabel(text.slice(label[0].length))
  return stated === null ? null : { status: stated.status, text: `${label![0]}${stated.rest.trimStart()}` }
}

/**
 * "It was agreed we won't do this", "Decided not to go ahead", "We agreed not to": a decision that a task heading's
 * work will not be done, on the line right under it. Anchored and bounded.
 */
const droppedByDecision =
  /^(?:it was |we |the committee )?(?:agreed|decided)(?: that)?(?: we| it)? (?:won[’']?t|will not|would not|not to|not)\b/i

/** "1. ", "2.3 ": an agenda item's number, before its words. */
const agendaNumber = /^\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+/

/** "2.3 BT to …" → "2.3": a minute's sub-item number (two or three parts) opening a line; '' for any other line. */
function subItemNumber(text: string): string {
  const number = agendaNumberOf(text)
  return /^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?$/.test(number) ? number : ''
}

/** The agenda number opening a line without its closing full stop ("12.3. Hall hire" → "12.3"); '' when none. */
function agendaNumberOf(text: string): string {
  return (agendaNumber.exec(text)?.[0] ?? '').trim().replace(/\.$/, '')
}

/** A line marks an action among long notes when at most this share of the page's lines are so marked. */
const maxMarkedShare = 0.2

/**
 * True when at least two of a page's lines open with an action label ("AI: …", "Action: …", "TODO: …", or the owner
 * first, "Sam: TODO: …") and they are at most {@link maxMarkedShare} of its lines: meeting notes whose long discussion
 * holds a few marked action items, each an action whether it names an owner or not. Where the labelled lines are
 * many (every other line, each answering the item above it), they are a list's answers, read by other readers,
 * unless two of them name their owners: then every labelled line is an action.
 */
function marksFewLines(lines: readonly { text: string }[]): boolean {
  let marked = 0
  for (const { text } of lines)
    if (actionLabel.test(text) || doneLabel.test(text) || ownerBeforeLabel(text) !== null) marked++
  return marked >= 2 && marked <= maxMarkedShare * lines.length
}

/**
 * True when no line of the page opens with an action label and at least two lines mark an action inside their
 * discussion ("… has not replied. ACTION: OB to phone him."): minutes that write each topic as a paragraph and mark its actions in
 * it.
 */
function marksOnlyInsideLines(lines: readonly { text: string }[]): boolean {
  let inside = 0
  let decided = 0
  for (const { text } of lines) {
    if (actionLabel.test(text) || ownerBeforeLabel(text) !== null) return false
    if (actionLabelsInLine(text).length > 0) inside++
    else if (decidedWorkInLine(text) !== null) decided++
  }
  // "… Decision: Secretary to …" beside "… Action: Cllr Moss to …": a decision giving someone work counts with them.
  return inside >= 2 || (inside >= 1 && inside + decided >= 2)
}

/** "Sam: TODO: book the hall", "Priya Shah: AI: send the minutes": a name of at most four words, a colon, a label. */
const nameThenColon = /^([^:]{1,40}):\s{1,3}(?=\S)/

/**
 * The owner and the work of a line that names its owner before the action label ("Sam: TODO: book the hall" → Sam,
 * "book the hall"), as shared meeting notes write an item under the speaker who took it; null when the line opens no
 * such way.
 */
function ownerBeforeLabel(text: string): { owner: string; work: string } | null {
  const named = nameThenColon.exec(text)
  if (named === null || !isNamedOwner(named[1]!.trim())) return null
  const rest = text.slice(named[0].length)
  const label = actionLabel.exec(rest)
  if (label === null) return null
  const work = rest.slice(label[0].length).trim()
  return /\S \S/.test(work) ? { owner: named[1]!.trim(), work } : null
}

/** "Jane and Ahmed" → "Jane, Ahmed": two owners an item names together, one per comma for the owner cell. */
/** "Outreach - Ama, Karl", "Admin/Budgets - Jo and Sam": a team's name of a few words, a spaced dash, its members. */
const teamLine = /^([^–—-]{2,60}?) [-–—] (\S.{0,160})$/
/** A team's name is a heading of at most this many words, not a sentence. */
const maxTeamWords = 5

/** The members a team line names after its spaced dash, at least two of them, or null when the line is none. */
function teamMembers(text: string): string[] | null {
  const match = teamLine.exec(text)
  if (match === null || match[1]!.split(' ').length > maxTeamWords || match[1]!.endsWith('.')) return null
  const members = ownersOfGroupLabel(match[2]!)
  return members !== null && members.length >= 2 ? members : null
}

/**
 * A retrospective's or a stand-up's item written "Owner: action" ("Stephen: Check out other mapping tools", "All:
 * split out the issues") is titled by its action, the owner leaving the title since it is read as the owner; the
 * whole line, as the notes word it, is kept as the description (`line`), so a search for the owner's name still finds
 * it. So is an item opening with its owner in square brackets ("[NM] Share the poll"). Any other item (a label before
 * the owner, "Eric will …") keeps its whole line as the title.
 */
function ownerColonTitle(record: ItemRecord): { title: string; line: string } {
  const { text, owner } = record
  // "ACTION: Noor: write to the groups": past the label, the owner's colon leaves the title too; the line kept whole.
  if (record.whole !== undefined && record.whole !== text)
    return { title: workAfterOwnColon(text, owner) ?? text, line: record.whole }
  // "[Kurt/Helen] work with Outreach on …": the owner in square brackets leaves the title as a colon's does.
  const bracket = ownerInSquareBrackets(text)
  if (bracket !== null && ownerAtStart(text, 'name-first') === bracket.owner)
    return { title: bracket.rest, line: text }
  const work = workAfterOwnColon(text, owner)
  return work === null ? { title: text, line: '' } : { title: work, line: text }
}

/** The work after the owner's colon; "Mina and Joel: book the hall", the owners joined before the colon (split in
 * the owner cell, "Mina, Joel"), leave the title too. */
function workAfterOwnColon(text: string, owner: string): string | null {
  return workAfterOwnerColon(text, owner) ?? workAfterOwnerColon(text, ownerAtStart(text, 'name-first') ?? '')
}

interface ItemRecord {
  readonly index: number
  readonly ref: string
  readonly text: string
  owner: string
  status: string
  /** A target the item writes after its owner ("– Jane Smith – end of May"), else ''. */
  due: string
  /** The whole line, when the owner written after the action left the title ("Circulate the minutes (Jane)"). */
  whole?: string
  /** Whether the owner was read only as the subject of the item's sentence ("Steering group to agree …"). */
  bySubject?: boolean
  /** Whether the ref is the item's number in a numbered list ("1. Jo to …"), not a code of its own. */
  numbered?: boolean
}

/** Whether the item opens (after its label) with its owner as the subject of "will" ("Action: CG will …"). */
function namesSubjectOfWill(text: string): boolean {
  const owner = ownerAtStart(text, 'name-first')
  if (owner === null) return false
  const at = text.indexOf(owner)
  return at >= 0 && at <= 20 && text.startsWith(' will ', at + owner.length)
}

/** The owners a line names in brackets at its very end ("… statement (Jo Bloggs/Al Smith)." → "Jo Bloggs, Al Smith"), or null. */
function namedAtEnd(text: string): string | null {
  const tail = bracketAtEnd(text.trimEnd())
  if (tail === null || tail.shape !== '(') return null
  // "… in consultation with Richard French (Allotment Liaison)": the bracket gives the role of the person named
  // right before it, not the item's owner.
  if (namesPersonBefore(text.slice(Math.max(0, tail.open - 60), tail.open))) return null
  return bracketedOwners(`(${tail.inner})`)
}

/**
 * "… with Richard French ": two capitalised words after a word in small letters, right before a bracket. Group 1 is
 * the small word, group 2 the last capitalised one. Bounded.
 */
const personBefore = /\s([a-z]{2,12})\s\p{Lu}\p{Ll}{1,20}\s(\p{Lu}\p{Ll}{1,20})\s{0,2}$/u

/** Words that make the capitalised words after them a thing's name, never a person's ("the Finance Committee"). */
const determiners: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'our',
  'their',
  'its',
  'his',
  'her',
  'each',
  'every',
  'any',
  'some',
])

/**
 * Whether the text ends in a person named in full, first name and surname, as a bracket after it gives their role
 * ("… in consultation with Richard French"): not a body or a thing ("… to the Finance Committee", "… the Village
 * Hall").
 */
function namesPersonBefore(text: string): boolean {
  const match = personBefore.exec(text)
  return match !== null && !determiners.has(match[1]!) && !isRoleOrBodyWord(match[2]!)
}

/** The owners an item names in brackets ("(Martha and Tony)" → "Martha, Tony"), or null. */
function bracketedOwners(text: string): string | null {
  const names = ownersInBrackets(text)
  return names.length === 0 ? null : names.join(', ')
}

/**
 * An item of the list that names no owner in the usual way but opens, after its label, with a name other items
 * give as their owner ("AI: Fred restrict pushing …" beside "AI: Fred to delegate …"): that name owns it.
 */
function giveNamedOwners(records: ItemRecord[]): void {
  const owners = new Set(records.map((record) => record.owner).filter((owner) => owner !== ''))
  for (const record of records) {
    if (record.owner !== '') continue
    const label = actionLabel.exec(record.text)
    const rest = label === null ? record.text : record.text.slice(label[0].length)
    const space = rest.indexOf(' ')
    const first = space < 0 ? '' : rest.slice(0, space)
    if (owners.has(first)) record.owner = first
  }
}

/**
 * The items from line `from` on: owner-led lines (numbered, bulleted or plain); in a bulleted list, a bullet
 * indented under an item that reads as a status is that item's status, another indented bullet a note on it, and a
 * bullet naming only an owner ("- MartinO:") heads that owner's items indented beneath it, each ending in its status
 * where one is given ("- Contact the supplier - open").
 */
function readItems(
  table: readonly (readonly string[])[],
  lines: readonly { index: number; text: string }[],
  from: number,
  instructions = false,
  todo = false,
  level = 0,
): { records: ItemRecord[]; named: number; next: number; mergedRows: number[]; leadIn: number[] } {
  const records: ItemRecord[] = []
  const mergedRows: number[] = []
  let named = 0
  let listIndent = -1
  let groupOwner: string | null = null
  /** The indent of the list's numbered items: a line numbered deeper is a sub-item of the one above. */
  let numberIndent = -1
  const leadIn: number[] = []
  /** The state headings met so far ("New", "Ongoing"), each with its line. */
  const groupStates: { index: number; state: string }[] = []
  /** The number of an owner's label over a list numbered afresh ("8. Andreas:"), while its items run; else -1. */
  let groupTop = -1
  let numberedGroupOwner = ''
  /** Whether an item of the list has taken the status sentence below it. */
  let statusLines = false
  let next = from
  for (; next < lines.length; next++) {
    const line = lines[next]!
    const bullet = BULLET_LEAD.exec(line.text)
    const indent = indentOf(table[line.index]![0] ?? '')
    // "[ ] Coordinate the landing page. (Eric)": a box opening a plain line says whether the item is done, and leaves
    // its title.
    const box = bullet === null ? taskLineOf(line.text) : null
    const body = bullet === null ? line.text : line.text.slice(bullet[0].length)
    if (bullet !== null && listIndent >= 0 && indent > listIndent) {
      if (groupOwner !== null) {
        const { text, status } = statusAtEnd(body, 'item') ?? { text: body, status: '' }
        records.push({ index: line.index, ref: '', text, owner: groupOwner, status, due: '' })
        named++
        continue
      }
      const last = records.at(-1)
      if (last === undefined) break
      const status = statusAtStart(body)
      if (status !== null && last.status === '') last.status = status
      mergedRows.push(line.index + 1)
      continue
    }
    // "* Annual Report" over "    * Assigned: Communications Committee": the bullet beneath names its owner.
    const assigned = bullet === null ? null : assignedBelow(table, lines, next, indent)
    if (assigned !== null && (listIndent < 0 || indent === listIndent)) {
      listIndent = indent
      groupOwner = null
      records.push({ index: line.index, ref: '', text: body, owner: assigned, status: '', due: '' })
      named++
      continue
    }
    if (bullet !== null && (listIndent < 0 || indent === listIndent)) {
      // "Kevin:", "Tex and Kevin:", "Arnaud (or the QA team):" over the actions each took on.
      const owners = ownersOfGroupLabel(ownerBullet.exec(body)?.[1] ?? '')
      const below = lines[next + 1]
      if (
        owners !== null &&
        below !== undefined &&
        BULLET_LEAD.test(below.text) &&
        indentOf(table[below.index]![0] ?? '') > indent
      ) {
        listIndent = indent
        groupOwner = owners.join(', ')
        mergedRows.push(line.index + 1)
        continue
      }
    }
    groupOwner = null
    // "Karen will order the paint" over "Ongoing." or "Recurring. In progress.": a status written as a sentence
    // right under an item, in a list not sorted under state headings, is that item's status, as boards reviewing
    // their open actions note each one's progress below it.
    const above = records.at(-1)
    if (
      bullet === null &&
      above !== undefined &&
      above.index === lines[next - 1]?.index &&
      above.status === '' &&
      groupStates.length === 0 &&
      (isStatusSentence(line.text) ||
        (statusLines && opensWithState(line.text)) ||
        isStateColonNote(line.text))
    ) {
      above.status = line.text
      statusLines = true
      mergedRows.push(line.index + 1)
      continue
    }
    // "Ana and the newsletter" over "In progress.": in a list whose items have their status below them, a short line
    // over a status is an item too, owned by the person it opens with when that person owns another item.
    const statusBelow = lines[next + 1]?.text ?? ''
    if (
      statusLines &&
      bullet === null &&
      (isStatusSentence(statusBelow) || opensWithState(statusBelow)) &&
      readItem(codedItem(line.text).text, false) === null
    ) {
      const opening = /^\p{Lu}[\p{L}'’-]{1,20}(?= )/u.exec(line.text)?.[0] ?? ''
      const owner = records.some((record) => record.owner === opening) ? opening : ''
      records.push({ index: line.index, ref: '', text: line.text, owner, status: '', due: '' })
      continue
    }
    // "Ongoing" over "ACTION (JB) to …": a heading naming the state of the items below it, as minutes sort their
    // action list into new, ongoing and resolved items.
    const state = bullet === null ? statusGroupHeading(line.text) : null
    if (state !== null && headsOwnedItems(lines, next)) {
      groupStates.push({ index: line.index, state })
      continue
    }
    // "November 12th 2030" or "January 8th 2031 [Special meeting]" over "AP3 Nia to …": a date alone, with any bracketed
    // note, over an owner-led item is the meeting the items below it came from, as a review of earlier meetings'
    // action points sorts them: neither an item nor the list's end.
    if (
      bullet === null &&
      isDateAlone(line.text.replace(meetingNote, '')) &&
      readItem(codedItem(lines[next + 1]?.text ?? '').text, false) !== null
    ) {
      leadIn.push(line.index + 1)
      continue
    }
    // One plain lead-in line may stand between the heading and a bulleted list ("See: the minutes of 4 May").
    if (next === from && bullet === null && BULLET_LEAD.test(lines[next + 1]?.text ?? '')) {
      leadIn.push(line.index + 1)
      continue
    }
    // "Action points" over "Specific" or "This week" over "Ana will …": a label of a word or two, no item itself,
    // sorts the list beneath it and is its lead-in when two owner-led items follow it.
    if (
      next === from &&
      bullet === null &&
      subListLabel.test(line.text) &&
      readItem(line.text, false) === null &&
      itemOwnerOf(lines[next + 1]?.text ?? '') !== null &&
      itemOwnerOf(lines[next + 2]?.text ?? '') !== null
    ) {
      leadIn.push(line.index + 1)
      continue
    }
    // "## Actions" over its items, then "##### Deliverables" over more: a Markdown heading deeper than the list's own
    // sorts the items under it, and the list goes on past it when an owner-led item follows.
    const marks = bullet === null && level > 0 ? headingMarks.exec(line.text) : null
    if (
      marks !== null &&
      marks[1]!.length > level &&
      records.length > 0 &&
      itemOwnerOf((lines[next + 1]?.text ?? '').replace(BULLET_LEAD, '')) !== null
    ) {
      leadIn.push(line.index + 1)
      continue
    }
    const number = bullet === null ? itemNumber.exec(line.text) : null
    const last = records.at(-1)
    // "3. Paolo to set a budget" over "Budget asked for:" and its figures, then "4. …": plain lines between two
    // items whose numbers run on are the item's details, not the list's end.
    if (number === null && bullet === null && last?.numbered === true && groupTop < 0) {
      const resumes = numberResumesAt(lines, next, Number(last.ref) + 1)
      if (resumes > next) {
        for (let detail = next; detail < resumes; detail++) mergedRows.push(lines[detail]!.index + 1)
        next = resumes - 1
        continue
      }
    }
    // "8. Andreas:" over "1. Move the account", "2. Register the business", then "9. …": an owner's numbered label
    // over a list numbered afresh, each item of it that owner's, until the outer numbering runs on.
    if (number !== null && groupTop >= 0 && Number(number[1]) !== groupTop + 1) {
      const split = statusOf(line.text.slice(number[0].length))
      const owner = numberedGroupOwner
      records.push({
        index: line.index,
        ref: number[1]!,
        text: split.text,
        owner,
        status: split.status,
        due: '',
      })
      named++
      continue
    }
    if (number !== null) groupTop = -1
    const label = number === null ? null : ownerBullet.exec(line.text.slice(number[0].length))
    const labelOwners = label === null || !label[0].endsWith(':') ? null : ownersOfGroupLabel(label[1]!)
    if (
      labelOwners !== null &&
      last?.numbered === true &&
      Number(number![1]) === Number(last.ref) + 1 &&
      itemNumber.exec(lines[next + 1]?.text ?? '')?.[1] === '1'
    ) {
      groupTop = Number(number![1])
      numberedGroupOwner = labelOwners.join(', ')
      mergedRows.push(line.index + 1)
      continue
    }
    // A line numbered less deep than the items ("2. A letter from the treasurer" after "   2. Jo to …") is the next
    // topic, not one more item: the list ends.
    if (number !== null && numberIndent >= 0 && indent < numberIndent) break
    const afterNumber = number === null ? body : line.text.slice(number[0].length)
    // A nested numbered list: a line numbered deeper than the items ("   1. Action: Eric to …" over "      1.
    // Completed") belongs to the item above, its status when it says nothing else, else a note (a follow-up).
    if (number !== null && numberIndent >= 0 && indent > numberIndent && last !== undefined) {
      if (last.status === '' && statusAtStart(afterNumber) === afterNumber.replace(/[.!]$/, ''))
        last.status = afterNumber
      mergedRows.push(line.index + 1)
      continue
    }
    const coded = codedItem(afterNumber)
    const text = coded.text
    const ref = coded.ref !== '' ? coded.ref : (number?.[1] ?? '')
    const numbered = coded.ref === '' && number !== null
    // Under a to-do heading, "Ana: it would be good to …" reports what Ana said: the list's lead-in, not a task.
    if (todo && records.length === 0 && number === null && bullet === null && isSpeakersRemark(text)) {
      leadIn.push(line.index + 1)
      continue
    }
    const read = readItem(text, bullet !== null) ?? (todo && bullet === null ? subjectOfTodo(text) : null)
    // "Action 1.1: DS to contact …": the label leaves the title, the whole line kept as its description.
    const item = read === null || coded.line === '' ? read : { ...read, whole: read.whole ?? coded.line }
    // "Send the poster to the printer for" over "the parents - Jo", "Check the cupboard -" over "Rowan": an item that
    // trails off, its owner on the line below after the dash, is one item over the two lines.
    const wrapped =
      item === null && bullet === null && named > 0 ? wrappedItem(text, lines[next + 1]?.text ?? '') : null
    if (wrapped !== null) {
      records.push({ index: line.index, ref, numbered, ...wrapped })
      mergedRows.push(lines[next + 1]!.index + 1)
      named++
      next++
      continue
    }
    if (item === null) {
      // "Post the forum's rules (Ana)" over "https://example.org/forum": a link alone on its line, in a plain list,
      // is a page the item above refers to; the list goes on when an owner-led item follows the links.
      if (named > 0 && bullet === null && number === null && isBareLink(text)) {
        let after = next + 1
        while (after < lines.length && isBareLink(lines[after]!.text)) after++
        if (after < lines.length && itemOwnerOf(lines[after]!.text) !== null) {
          for (let link = next; link < after; link++) mergedRows.push(lines[link]!.index + 1)
          next = after - 1
          continue
        }
      }
      // A bulleted list goes on past an item that names no one ("- AI: Fred restrict pushing …"), and a plain
      // list past one such item between two that name their owners ("We will revisit the model in June").
      // "3. We'll look for a new treasurer" after "2. Jo to …" at the same depth: its number carries the list on.
      const numberedOn =
        number !== null &&
        numberIndent >= 0 &&
        indent === numberIndent &&
        last !== undefined &&
        Number(number[1]) === Number(last.ref) + 1
      const listGoesOn =
        bullet !== null
          ? indent === listIndent
          : text.split(' ').length >= minOwnerlessWords &&
            // Every sentence under a to-do heading is a to-do, named or not ("We check the slides on 21 May").
            (todo ||
              // "Finance update - 5 minutes": the agenda's next topic, timed as topics are, ends the list.
              (!isTimedAgendaHeading(text) &&
                (numberedOn ||
                  (lines[next + 1] !== undefined &&
                    // "Open an issue in the board's repo for" over the questions it is to ask: an item that trails off
                    // into the lines below it is one more item, not the list's end.
                    (itemOwnerOf(lines[next + 1]!.text) !== null || endsMidPhrase(text))))))
      // A numbered list may open with such an item too ("1. Regarding the open issue, Jo to …" over "2. Ana will …"):
      // its number says it is the first item, not a lead-in, when the next item sits at its level (a topic over
      // its own deeper list of owners' items is no item).
      const opensList =
        number !== null && indentOf(table[lines[next + 1]?.index ?? line.index]![0] ?? '') === indent
      // Under a bare "Actions" heading, an item opening with an instruction ("Draft the terms for the liaison")
      // is one more item, named or not.
      const instruction = instructions && bullet === null && number === null && opensInstruction(text)
      if (((named > 0 || opensList) && listGoesOn) || instruction) {
        const split = statusOf(text)
        records.push({
          index: line.index,
          ref,
          numbered,
          text: split.text,
          owner: '',
          status: split.status,
          due: '',
        })
        continue
      }
      break
    }
    if (bullet !== null && listIndent < 0) listIndent = indent
    if (bullet !== null && indent !== listIndent) break
    if (number !== null && numberIndent < 0) numberIndent = indent
    records.push({ index: line.index, ref, numbered, ...(box === null ? item : unboxed(item, box)) })
    // An owner read only as the sentence's subject does not make a list of owner-led items by itself.
    if (item.bySubject !== true) named++
  }
  giveNamedOwners(records)
  // Each item with no status of its own takes the state of the group heading above it.
  let group = -1
  for (const record of records) {
    while (group + 1 < groupStates.length && groupStates[group + 1]!.index < record.index) group++
    if (group >= 0 && record.status === '') record.status = groupStates[group]!.state
  }
  return { records, named, next, mergedRows, leadIn }
}

/** "Who: Ana", "When: 28.08.2031", "Status 19.08.31: started": a field's label (with a date after it or not), a colon
 * and its value. Groups: the label, the value. Bounded and anchored. */
const fieldLabelLine =
  /^(\p{L}{2,12}(?: \p{L}{2,12}){0,2})(?: \d{1,2}[./]\d{1,2}[./]\d{2,4})?\s{0,2}:\s{1,3}(\S.{0,600})$/u

/** A line naming the owner, the date or the status of the item above it, by a label a table's header would use. */
function fieldLine(text: string): { field: 'owners' | 'target' | 'status'; value: string } | null {
  const labelled = fieldLabelLine.exec(text.trim())
  if (labelled === null) return null
  const field = matchColumnHeader(labelled[1]!)?.field
  return field === 'owners' || field === 'target' || field === 'status'
    ? { field, value: labelled[2]!.trim() }
    : null
}

/** "Ana and Tom to brief the board": who a "Who:" line names before "to" or "will"; else its names as a cell's. */
function ownerOfFieldLine(value: string): string {
  const opening = ownerAtStart(value, 'name-first')
  if (opening !== null && value.startsWith(opening) && /^ (?:to|will) /.test(value.slice(opening.length)))
    return ownerCell(opening)
  return readOwnerCell(value).join(', ')
}

/**
 * An item read from a line opening with a checklist's box ("[ ] Coordinate the landing page. (Eric)"): the box
 * leaves its title and says its status, not started or complete, unless the item gives its own.
 */
function unboxed(
  item: Omit<ItemRecord, 'index' | 'ref'>,
  box: { readonly ticked: boolean; readonly text: string },
): Omit<ItemRecord, 'index' | 'ref'> {
  const mark = item.text.indexOf(box.text.slice(0, 20))
  const text = mark > 0 && /^[[(]/.test(item.text) ? item.text.slice(mark) : item.text
  const status = item.status !== '' ? item.status : box.ticked ? 'Complete' : 'Not started'
  const whole = item.whole === undefined ? undefined : (taskLineOf(item.whole)?.text ?? item.whole)
  return { ...item, text, status, ...(whole === undefined ? {} : { whole }) }
}

/** "Start the webinar series", "Replace the labels": a line opening with an instruction's verb, or with a word that
 * may be one before a word in lower case. */
function opensInstruction(text: string): boolean {
  return openingOf(text) !== null
}

/** At most this many state headings may stand one over another ("Resolved" with no items, then "New"). */
const maxStackedHeadings = 3

/**
 * Whether the state heading on line `at` heads items: the first line below it that is not another such heading
 * (an empty "Resolved" over "New") names its owner as an item does.
 */
function headsOwnedItems(lines: readonly { index: number; text: string }[], at: number): boolean {
  for (let below = at + 1; below < lines.length && below <= at + maxStackedHeadings; below++) {
    const text = lines[below]!.text
    if (statusGroupHeading(text) === null) return itemOwnerOf(text) !== null
  }
  return false
}

/**
 * An item's text and the status it ends in: after a spaced dash or a colon ("Share the poll - done"), or, as
 * minutes reviewing earlier actions write it, closing the update ("… at this stage. Closed", "… Ongoing.").
 */
function statusOf(text: string): { text: string; status: string } {
  // "… the hall turbines.Ongoing": a state word run on after the full stop, its space lost in the copy.
  const runOn = runOnState.exec(text)
  // "… events.- done": the dash's space before it lost in the copy.
  const glued = runOn === null ? gluedDashState.exec(text) : null
  const spaced =
    runOn !== null && statusAtStart(runOn[1]!) === runOn[1]
      ? `${text.slice(0, runOn.index + 1)} ${runOn[1]}`
      : glued !== null && statusAtStart(glued[1]!) === glued[1]!.replace(/\.$/, '')
        ? `${text.slice(0, glued.index + 1)} - ${glued[1]}`
        : text
  return statusAtEnd(spaced, 'update') ?? closingCapitalsState(text) ?? { text, status: '' }
}

/** "… quelque part (pass ?) PAS FAIT", "… the hall DONE": one or two words in capitals closing the item, after a word
 * that is not. Group 1 is the state. Anchored at the end, bounded. */
const closingCapitals = /[\p{Ll}\d)?!.]\s{1,3}(\p{Lu}{2,12}(?: \p{Lu}{2,12})?)$/u

/** The state an item closes with in capitals ("PAS FAIT" → not started, "DONE"), its text before it; null otherwise. */
function closingCapitalsState(text: string): { text: string; status: string } | null {
  const closing = closingCapitals.exec(text)
  if (closing === null || parseStatus(closing[1]!).state === 'unknown') return null
  return { text: text.slice(0, closing.index + 1).trim(), status: closing[1]! }
}

/** "….Ongoing", "….Discharged": one capitalised word right after a closing full stop. Anchored, bounded. */
const runOnState = /\.(\p{Lu}[\p{Ll}-]{2,15})$/u

/** "… for online events.- done": a dash glued to the closing full stop, then the state. Group 1 is the state. Anchored,
 * bounded. */
const gluedDashState = /\.[-–—]\s{1,3}(\S.{0,40})$/

/** "Discharged: letter sent in February.", "Done: sent in May": a state word, a colon and a note, under an item. Group 1. */
const stateColonNote = /^(\p{Lu}[\p{L}-]{2,15}(?: [\p{L}-]{1,15}){0,2}):\s{1,3}\S/u

/** "2.4: ", "3.1: ": an action's code from the meeting that set it, before its owner. */
const codeLead = /^(\d{1,3}(?:\.\d{1,3}){0,2}):\s+(?=\S)/

/** "AP125 ", "A7 ": an action point's code (one to three capitals, then digits) opening an item, before a space. */
const pointCode = /^([A-Z]{1,3}\d{1,6})\s{1,3}(?=\S)/

/** "Q3", "H1", "FY31", "FY2031": a period of the year, written as a code is, that says when an item is due. Anchored. */
const periodCode = /^(?:Q[1-4]|H[12]|FY\d{2}|FY\d{4})$/

/**
 * The ref an item codes at its start, and its text after it: "Action 1.1: DS to contact …" (a numbered action label,
 * as minutes reviewing their action log print it) → ref "1.1", text "DS to contact …", `line` the whole item;
 * "ACTION: Noor to review …" (a bare label before the owner) → no ref, text "Noor to review …", the line kept;
 * "2.4: AA/CG: Create a scoping action" → ref "2.4"; "AP125 SL to ask …" (an action point's code before the owner)
 * → ref "AP125", the line kept; "Q3 JS to draft …" (a period of the year) → no ref, the line kept for its date. Else
 * ref '' and the text as it is.
 */
function codedItem(text: string): { ref: string; text: string; line: string } {
  const label = actionLabel.exec(text)
  const number =
    label !== null && /^action/i.test(label[0]) ? /\d{1,6}(?:\.\d{1,3})?[a-z]?/i.exec(label[0]) : null
  if (number !== null && label!.index === 0)
    return { ref: number[0], text: text.slice(label![0].length), line: text }
  // "AI: Everyone - work on the goals": the owner set off by a dash after the label is read as one before a colon,
  // the item titled by its work.
  const dashed = ownerBeforeLabelDash(text)
  if (dashed !== null) return { ref: '', text: `${dashed.owner}: ${dashed.rest}`, line: text }
  // "ACTION: Noor to review …" in a list of action items: the bare label leaves the title as a numbered one does.
  if (label !== null && label.index === 0 && ownerAtStart(text, 'name-first') !== null)
    return { ref: '', text: text.slice(label[0].length), line: text }
  // "AP125 SL to ask …": an action point's code of capitals and digits, as a log numbers its items, before the
  // owner the item opens with. "Q3 JS to draft the budget": a period there says when the item is due (read from the
  // line kept), not its code.
  const point = pointCode.exec(text)
  if (point !== null && ownerAtStart(text.slice(point[0].length), 'name-first') !== null) {
    const ref = periodCode.test(point[1]!) ? '' : point[1]!
    return { ref, text: text.slice(point[0].length), line: text }
  }
  const code = codeLead.exec(text)
  return code === null
    ? { ref: '', text, line: '' }
    : { ref: code[1]!, text: text.slice(code[0].length), line: '' }
}

/** " -", " –": a spaced dash closing a line, the owner written on the line below. */
const trailingDash = /\s[-–—]$/

/**
 * The item a line trailing off (mid-phrase, or closing with a spaced dash) makes with the line below it, when the
 * two read as one item whose owner follows a spaced dash ("… for flyers to" over "new parents - Jo"); null else.
 */
function wrappedItem(text: string, below: string): Omit<ItemRecord, 'index' | 'ref'> | null {
  if (below === '' || !(endsMidPhrase(text) || trailingDash.test(text))) return null
  // The line below must not be an item of its own that opens with its owner.
  if (ownerAtStart(below, 'name-first') !== null) return null
  const joined = ownerAfterAction(`${text} ${below}`)
  return joined === null
    ? null
    : {
        text: joined.title,
        owner: ownersJoined(joined.owner).join(', '),
        status: joined.status,
        due: joined.due,
        whole: `${text} ${below}`,
      }
}

/**
 * One item of the list: its text with any status it ends in taken off ("- [NM] Share the poll - done", "1. Jane to
 * circulate the draft – Complete"), and its owner, named at its start ("Jane to …", "The Chair will …", "@jsmith to
 * …"), in brackets after it ("Circulate the minutes (Jane)", "… [JS/AK]"; a bulleted item's first bracket of names
 * anywhere) or between spaced dashes after it ("Circulate the minutes – Jane Smith – end of May"). Null when it names
 * no owner.
 */
function readItem(text: string, bulleted: boolean): Omit<ItemRecord, 'index' | 'ref'> | null {
  const split = statusOf(text)
  // "ACTION (JB) to book the hall": the label and the bracketed owner leave the title, the whole line kept.
  const labelled = ownerInLabelBracket(split.text)
  if (labelled !== null)
    return {
      text: labelled.rest,
      owner: ownerCell(labelled.owner),
      status: split.status,
      due: '',
      whole: text,
    }
  // "PR to the core repo with the priorities (Mia, Joe)": names in a closing bracket own the item, over a code
  // that opens it before "to".
  // "CG will look at paint costings (Magnolia)": a subject before "will" names the owner outright; the bracket then
  // says more about the work.
  const closing = namesSubjectOfWill(split.text) ? null : namedAtEnd(split.text)
  // "Parking: Ana to write to the council": the topic before the colon, the owner after it.
  const topic = closing === null ? ownerAfterTopicLabel(split.text) : null
  const opening = closing === null ? (topic ?? ownerAtStart(split.text, 'name-first')) : null
  // "Ask Mark Lee to print the flyers - Vicky": an instruction to the person it names, owned by the name after the
  // closing dash.
  const handed = opening !== null && opensInstruction(opening) ? ownerAfterAction(split.text) : null
  const atStart = (handed === null ? opening : null) ?? (bulleted ? bracketedOwners(split.text) : null)
  if (atStart !== null) {
    const partner = split.text.startsWith(atStart) ? partnerAfter(split.text.slice(atStart.length)) : null
    const owner = partner === null ? ownerCell(atStart) : `${ownerCell(atStart)}, ${partner}`
    return { text: split.text, owner, status: split.status, due: '' }
  }
  const after = ownerAfterAction(split.text) ?? (split.status === '' ? null : ownerAfterAction(text))
  if (after === null) {
    // "Steering group to agree …", "Technical Liaison at the Faculty level will chair …": a body or a role as
    // the sentence's subject, as a plan's one-column actions name them.
    const subject = ownersNamedAsSubject(split.text)
    return subject.length === 0
      ? null
      : { text: split.text, owner: subject.join(', '), status: split.status, due: '', bySubject: true }
  }
  const status = after.status !== '' ? after.status : split.status
  return {
    text: after.title,
    owner: ownersJoined(after.owner).join(', '),
    status,
    due: after.due,
    whole: text,
  }
}

/** " will work with Luke to …", " to work with Dr Ode to …": a person the owner is to do the work with, named by one or
 * two capitalised words, then "to" and the work. Group 1 is the name. Bounded and anchored. */
const workWith =
  /^ (?:will|to|can) work (?:with|alongside) (\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30})?) to \S/u

/**
 * The person an item's owner is to work with on it, after the owner's name ("Ana will work with Luke to set up the
 * list" → "Luke"): minutes name the two who share the action so. Null when the text after the owner says no such
 * thing, or names a group rather than a person ("work with CRAN members to …").
 */
function partnerAfter(rest: string): string | null {
  const name = workWith.exec(rest)?.[1]
  return name !== undefined && isNamedOwner(name) ? name : null
}

/** Words that open a sentence without naming anyone, in the languages minutes' to-do lists are kept in: pronouns,
 * articles and the like ("We check …", "Het budget …", "Die Folien …"). */
const sentenceOpeners: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  'i',
  'he',
  'she',
  'you',
  'the',
  'that',
  'ik',
  'je',
  'jij',
  'hij',
  'zij',
  'ze',
  'wij',
  'u',
  'het',
  'de',
  'een',
  'dit',
  'dat',
  'deze',
  'die',
  'er',
  'ja',
  'nee',
  'der',
  'das',
  'wir',
  'es',
  'sie',
  'ich',
  'man',
])

/** "Wim prepares …", "Anneke en Wim kijken …", "Ana and Tom book …": one or two capitalised names, then a word in
 * lower case, the sentence's verb. Group 1 is the names. Anchored, bounded runs. */
const namesThenVerb =
  /^(\p{Lu}\p{Ll}{1,20}(?:(?: en | and | & | und )\p{Lu}\p{Ll}{1,20})?) \p{Ll}{2,20}(?=[\s,.;:]|$)/u

/**
 * A to-do written as a plain sentence whose subject is who does it ("Wim prepares the figures", "Anneke en Wim
 * kijken naar het budget"), as boards' minutes list their to-dos: the names are its owners, the title the whole
 * line. Null when the sentence opens with a pronoun or an article ("We check …").
 */
function subjectOfTodo(text: string): Omit<ItemRecord, 'index' | 'ref'> | null {
  const names = namesThenVerb.exec(text)?.[1]
  if (names === undefined) return null
  const owners = names.split(/ (?:en|and|&|und) /)
  if (owners.some((name) => sentenceOpeners.has(name.toLowerCase()))) return null
  const split = statusOf(text)
  return { text: split.text, owner: owners.join(', '), status: split.status, due: '' }
}

/** "Chris: het zou fijn zijn …", "Ana: we could …": a name, a colon, then a pronoun or an article opening what the
 * person said. Bounded. */
const speakerThenWords = /^\p{Lu}\p{Ll}{1,20}:\s{1,3}(\p{Ll}{1,10})\s/u

/** Whether a line reports a remark someone made ("Chris: het zou fijn zijn …"), not a task given to them. */
function isSpeakersRemark(text: string): boolean {
  const word = speakerThenWords.exec(text)?.[1]
  return word !== undefined && sentenceOpeners.has(word)
}

/** Plain lines between two numbered items are at most this many. */
const maxDetailLines = 8

/**
 * The line, within a few lines of `from`, where a numbered list runs on with `number` ("4. …" after the plain lines
 * under "3. …"), or -1 when a numbered or bulleted line of another number, or none, comes first.
 */
function numberResumesAt(lines: readonly { text: string }[], from: number, number: number): number {
  for (let at = from; at < lines.length && at <= from + maxDetailLines; at++) {
    const text = lines[at]!.text
    const numbered = itemNumber.exec(text)
    if (numbered !== null) return Number(numbered[1]) === number && at > from ? at : -1
    if (BULLET_LEAD.test(text)) return -1
  }
  return -1
}

/** The owner a plain line of the list names, read as {@link readItem} reads it, or null. */
function itemOwnerOf(line: string): string | null {
  const number = itemNumber.exec(line)
  return readItem(number === null ? line : line.slice(number[0].length), false)?.owner ?? null
}

/**
 * The owner a bullet indented under the item on line `at` assigns it ("    * Assigned: Greg"), looking through the
 * bullets beneath the item only; null when none names one.
 */
function assignedBelow(
  table: readonly (readonly string[])[],
  lines: readonly { index: number; text: string }[],
  at: number,
  indent: number,
): string | null {
  for (let below = at + 1; below < lines.length; below++) {
    const line = lines[below]!
    const bullet = BULLET_LEAD.exec(line.text)
    if (bullet === null || indentOf(table[line.index]![0] ?? '') <= indent) return null
    const owner = assignedLine.exec(line.text.slice(bullet[0].length))?.[1]?.trim()
    if (owner !== undefined && isNamedOwner(owner)) return owner
  }
  return null
}

/** A table's header cut into this many cells or more among a page's lines makes the page a table with prose around it. */
const minHeaderCells = 3

/**
 * Whether one of the page's lines is a table's header, its row cut into three or more cells that each name a column
 * ("Action | Task | Who | Deadline"): minutes that set their actions out in such small tables are read
 * by the table reader, and the header's "Action" is no action label.
 */
function holdsTableHeader(table: readonly (readonly string[])[], lines: readonly PageLine[]): boolean {
  return lines.some((line) => {
    const row = table[line.index]!
    let filled = 0
    for (const cell of row) if (cell.trim() !== '') filled++
    return filled >= minHeaderCells && looksLikeHeader(row, technicianCommitment, { body: true })
  })
}

/**
 * Whether a label's text is only an office or a body, of two or three words ("Action: Site Manager", "Action:
 * Deputy Head", "Action: Finance Committee"): its last word names a role ({@link isRoleOrBodyWord}). "Action: Website
 * Update" is work, not a role.
 */
function namesRoleAlone(text: string): boolean {
  const words = text.replace(/\.$/, '').trim().split(/\s+/)
  return isRoleOrBodyWord(words.at(-1) ?? '')
}
