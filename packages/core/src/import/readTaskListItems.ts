import { HANDLE } from './codeHostHandle'
import { statusAtEnd } from './statusAtEnd'
import { parseTargetDate } from '../dates/parseTargetDate'
import { hasText } from '../text/cleanCellText'
import { bracketAtEnd } from './bracketAtEnd'
import { BULLET_LEAD, BULLET_MARKS, indentOf } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import {
  type OneColumnRecord,
  oneColumnRecords,
  type PageLine,
  pageLineOf,
  pageLines,
} from './oneColumnRecords'
import { isWholeGroup, ownerAtStart, ownerCell } from './ownerAtStart'
import { ownersInBrackets, splitJoinedNames } from './ownersInBrackets'
import { peelHandleAndDate } from './peelHandleAndDate'
import { namesAfterDash } from './namesAfterDash'
import { ownersNamedAsSubject } from './ownersNamedAsSubject'
import { struckOpening } from './struckThrough'
import { refAndOwnersOpening } from './refAndOwnersOpening'
import { statusAtStart } from './statusAtStart'
import { headingPeriod } from './headingPeriod'
import { ROLL_LABEL_WORDS } from './rollLabelWords'
import { namesPresent } from './namesPresent'

/** "Present:", "Attendees", "Présents :": a roll's label alone on its line, over the names ticked off as come. */
const rollLabel = new RegExp(`^(?:${ROLL_LABEL_WORDS})\\s{0,3}:?$`, 'i')

/** "Ana", "Lola": a capitalised name of one word. */
const capitalisedName = /^\p{Lu}\p{Ll}{1,20}$/u

/**
 * Whether the names after an item's dash are people ("Ana, Lola, Raj"): each a capitalised name, and at least one of
 * them a member the page's roll lists (`members`, lower-cased first names).
 */
function namesMembers(names: readonly string[], members: ReadonlySet<string>): boolean {
  return (
    names.every((name) => capitalisedName.test(name)) && names.some((name) => members.has(name.toLowerCase()))
  )
}

/** At least this many checkbox items make a task list. */
const minItems = 3

/** Items indented under others that average fewer words than this ("draft", "legal check") are their parts. */
const minSubItemWords = 4

/** At least this many items with parts of their own for those parts to be read so. */
const minPartedItems = 2

/**
 * "- [x] Book the room", "* [ ] Draft the guide", "[X] Done", and the round boxes some editors export checklists
 * with ("( ) Draft the guide", "(x) Book the room"): a task-list item, its box (square or round) and its text.
 */
const checkbox = new RegExp(
  `^(?:[${BULLET_MARKS}]\\s{1,3})?(?:\\[([ xX✓✔])\\]|\\(([ xX✓✔])\\))\\s{1,3}(\\S.*)$`,
)

/**
 * A task-list item crossed off as a whole ("~~[ ] Bring a spare router~~ not needed"): its box and text as
 * {@link checkbox} reads them, or null when the line is no struck item.
 */
function struckItem(text: string): RegExpExecArray | null {
  const struck = struckOpening(text)
  return struck === null ? null : checkbox.exec(struck.struck)
}

/**
 * A task-list line's box and text ("- [x] Book the room" → ticked, "Book the room"), or null when the line is no
 * task-list item: the one reading of a checkbox line, shared with the readers of checklists inside a cell.
 *
 * @example
 * taskLineOf('- [ ] Draft the guide') // { ticked: false, text: 'Draft the guide' }
 */
export function taskLineOf(text: string): { readonly ticked: boolean; readonly text: string } | null {
  const item = checkbox.exec(text)
  if (item === null) return null
  const box = item[1] ?? item[2] ?? ' '
  return { ticked: box !== ' ', text: item[3]!.trim() }
}

/** Whether a line is a task-list item, crossed off or not. */
function isTaskLine(text: string): boolean {
  return checkbox.test(text) || struckItem(text) !== null
}

/** "[name=Ana]": the mark some note editors sign a line with, naming who wrote or took it on. Bounded. */
const nameMark = /\[name=([^[\]\s][^[\]]{0,40})\]/

/** A heading or lead-in saying the items below are a meeting's action items. */
const actionItemsLine = /\baction items?\b/i

/** "Action Plan:", "Action items", "Next steps:": a heading naming the actions below it. Bounded. */
const actionsHeading = /^(?:(?:our|the) )?(?:action (?:plan|items?|points?)|next steps)\s{0,2}:?$/i

/** "(Wed 4/22)", "(Thurs 4/23)", "(Fri. 12/3)": a weekday and a day of the month in brackets, as notes date one item. */
const bracketedDay =
  /\((?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)[a-z]{0,6}\.?(?: [a-z]{1,10})? \d{1,2}\/\d{1,2}\)/i

/** "… [2019-Q3]", "… [2019-Q4 → 2020-Q1]": a closing bracket the item ends with, and its text. Bounded. */
const closingBracket = /\s\[([^[\]]{2,60})\]$/

/**
 * An item's text and the date it ends with in square brackets, as roadmaps written as task lists give each item its
 * quarter or quarter span ("Add batch support [2019-Q3]"); the whole text and '' when the brackets hold no date.
 */
function splitClosingDate(text: string, dates: Map<string, boolean>): { text: string; target: string } {
  const bracket = closingBracket.exec(text)
  if (bracket === null || !/\d/.test(bracket[1]!)) return { text, target: '' }
  // A roadmap repeats its few quarters: each bracket's text is read once.
  let dated = dates.get(bracket[1]!)
  if (dated === undefined) {
    const kind = parseTargetDate(bracket[1]!).kind
    dated = kind === 'due' || kind === 'range' || kind === 'multiple'
    dates.set(bracket[1]!, dated)
  }
  return dated ? { text: text.slice(0, bracket.index).trimEnd(), target: bracket[1]! } : { text, target: '' }
}

/** A key/value row of a report's header block ("Detected | 2021-03-05 23:27"): at most two filled cells. */
const maxHeaderBlockCells = 2

/**
 * The lines of a task list whose page opens with a report's key/value header block ("Event | Elan outage",
 * "Detected | 2021-03-05 23:27", "Team | SN", as incident reviews and minutes head their page), cut into two cells a
 * row: such a block, however long against the list, is the page's title, not a sign that the page is a table. The
 * lines start at the row just above the first checkbox item (its label); null when a row above it fills more than
 * two cells (a table's row, not a header block) or no row is an item.
 */
function linesBelowHeaderBlock(table: readonly (readonly string[])[]): PageLine[] | null {
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    const line = pageLineOf(row)
    if (typeof line === 'string' && isTaskLine(line)) {
      const start = Math.max(0, index - 1)
      const lines = pageLines(table.slice(start), 'join')
      return lines === null ? null : lines.map((below) => ({ index: below.index + start, text: below.text }))
    }
    let filled = 0
    for (const cell of row) if (hasText(cell)) filled++
    if (filled > maxHeaderBlockCells) return null
  }
  return null
}

/** "… (#178)", "… (#178) - Ana, Raj": an issue number in brackets closing an item or standing before names after a
 * spaced dash. Group 1 is the number with its "#". Bounded. */
const issueClosing = /\s\((#\d{1,7})\)(?=\s[-–]\s\S|\.?$)/

/**
 * The issue number an item ends with in brackets, as project task lists link each task to its tracker ("Move the
 * docs (#178)", "Move the docs (#178) - Ana"): the number with its "#" and the text without the bracket, or null.
 */
function issueRefClosing(text: string): { ref: string; text: string } | null {
  const issue = issueClosing.exec(text)
  if (issue === null) return null
  const rest = `${text.slice(0, issue.index)}${text.slice(issue.index + issue[0].length)}`
  return { ref: issue[1]!, text: rest.trim() }
}

/**
 * Whether every item of the task list closes with its issue number in brackets ({@link issueRefClosing}), as a
 * project's roadmap links each task to its tracker: then the numbers are the items' refs. A list where only some
 * items do mentions issues in passing, and none is read as a ref.
 */
function linksEveryItem(lines: readonly PageLine[]): boolean {
  let items = 0
  for (const line of lines) {
    const task = taskLineOf(line.text)
    if (task === null) continue
    if (issueRefClosing(task.text) === null) return false
    items++
  }
  return items >= minItems
}

/** "(@ahmed, due 1 May)", "(@jo, @sam)": a closing bracket that opens with handles. */
const closingHandles = new RegExp(String.raw`\((${HANDLE}(?:,? ${HANDLE}){0,4})\b[^()]{0,60}\)\.?$`)

/** "@ahmed Draft the budget": a handle opening the item. */
const openingHandle = new RegExp(`^${HANDLE}(?= )`)

/**
 * The people an item assigns by their handles, as GitHub and chat tools name them: at its start ("@ahmed draft the
 * budget") or in the bracket that closes it ("Draft the budget (@ahmed, due 2024-05-01)", "(@jo, @sam)"). Joined
 * by ", ", or null when the item names none.
 */
function handlesOf(text: string): string | null {
  const closing = closingHandles.exec(text)
  if (closing !== null) return closing[1]!.split(/,? (?=@)/).join(', ')
  return openingHandle.exec(text)?.[0] ?? null
}

/**
 * The people an item names in round brackets at its end, as working groups' task lists assign an item ("Move the
 * repository (Aram)", "Draft the explainer (Sean and Tara)"), or in the bracket just before a closing remark
 * ("Land the spec in the right place (Tara) (remaining where it is)"): the owners joined by ", " and the item's
 * text without their bracket, or null when no such bracket holds only names ({@link ownersInBrackets}).
 */
function namesClosing(text: string): { owners: string; text: string } | null {
  let end = text.length
  for (let turn = 0; turn < 2; turn++) {
    const bracket = bracketAtEnd(text.slice(0, end))
    // The bracket stands apart from the words before it: "(Aram)", never "f(x)".
    if (bracket === null || bracket.shape !== '(' || !/\s/.test(text[bracket.open - 1] ?? '')) return null
    const names = ownersInBrackets(`(${bracket.inner})`)
    if (names.length > 0) {
      const rest = `${text.slice(0, bracket.open - 1)}${text.slice(end)}`
      return { owners: names.join(', '), text: rest.trim() }
    }
    end = bracket.open - 1
  }
  return null
}

/** "(Mira) Draft the guide", "(Jo, Sam) Book the room": a round bracket opening the text, and its content. Bounded. */
const openingRound = /^\(([^()]{1,80})\)\s{1,3}(?=\S)/

/**
 * The people an item names in a round bracket before its text, as retrospectives write each action item's owner
 * first ("( ) (Mira) Draft the guide", "(Jo and Sam) Book the room"): the owners joined by ", " and the text after
 * the bracket, or null when the bracket does not hold only names ({@link ownersInBrackets}: "(Draft) Write the
 * guide" holds a status, "(see notes) Write" a remark).
 */
function namesOpening(text: string): { owners: string; text: string } | null {
  const bracket = openingRound.exec(text)
  if (bracket === null) return null
  const names = ownersInBrackets(bracket[0])
  return names.length === 0 ? null : { owners: names.join(', '), text: text.slice(bracket[0].length) }
}

/** "[MK, TS] Price the ladders", "[all] Book the room": a square bracket opening the text, and its content. Bounded. */
const openingSquare = /^\[([^[\]]{1,80})\]\s{1,3}(?=\S)/

/** "TS (to start it)": a remark in round brackets closing the names inside a square bracket. Bounded. */
const remarkAfterNames = /\s{0,3}\([^()]{1,60}\)$/

/**
 * The people an item names in a square bracket right after its box, as staff meetings' running task lists write
 * each task's owners as initials ("[ ] [MK, TS] Price the ladders", "[ ] [TS (to start it)] Book the room", "[ ]
 * [all] Read the draft"): the owners joined by ", " (a remark in round brackets after them left out) and the text
 * after the bracket, or null when the bracket does not hold only names or the whole group ("[P1] Fix", "[Q3]").
 */
function namesInSquareOpening(text: string): { owners: string; text: string } | null {
  const bracket = openingSquare.exec(text)
  if (bracket === null) return null
  const inner = bracket[1]!.replace(remarkAfterNames, '').trim()
  const rest = text.slice(bracket[0].length)
  if (isWholeGroup(inner)) return { owners: inner, text: rest }
  const names = ownersInBrackets(`(${inner})`)
  return names.length === 0 ? null : { owners: names.join(', '), text: rest }
}

/** At least this many items opening with a square bracket of names for those brackets to be read as owners. */
const minSquareOwnedItems = 2

/**
 * Whether the items open with their owners in square brackets ("[ ] [JH] Draft the guide"): at least two items do,
 * so one tag-like bracket ("[ ] [Docs] Fix the links") is never read as a name.
 */
function ownsInSquareBrackets(lines: readonly PageLine[]): boolean {
  let owned = 0
  for (const line of lines) {
    const task = taskLineOf(line.text)
    if (task !== null && namesInSquareOpening(task.text) !== null) owned++
    if (owned >= minSquareOwnedItems) return true
  }
  return false
}

/** A label over a group of items is short: a name, or a name and "to <verb>". */
const maxLabelLength = 60
const maxPartWords = 3

/** "ENISA", "CERT.AT", "HR": an acronym, dots and digits allowed. */
const acronym = /^[A-Z][A-Z0-9.&-]{1,12}$/
/** "Priya", "O'Neill", "Estates": a capitalised word. */
const capitalised = /^[A-Z][a-z’'-]{1,30}$/
/** "Library team", "Board members": a group word after a name. */
const groupWord = /^(?:team|group|members?|committee|office|staff|council|board)$/
/** Capitalised words that head a group of items by what they are, not by who does them, in English and the languages
 * minutes come in ("Acciones", "Tareas", "Tâches", "Aufgaben", "Úkoly", "Oppgaver"); a question word ("Where to go
 * next") asks, it names no one. */
const notNames =
  /^(?:where|what|when|how|who|why|which|actions?|items?|tasks?|steps?|next|previous|last|new|open|closed|pending|outstanding|completed?|done|other|agenda|minutes|notes?|review|meeting|to-?do|todo|checklists?|backlog|roadmap|milestones?|goals?|phase|stage|part|section|acciones|tareas|pendientes|tâches|aufgaben|úkoly|oppgaver|tiltak|actiepunten)$/i

/**
 * The owners a label over a group of task-list items names ("ENISA and CERT.AT", "CIRCL to provide", "TF to start"),
 * as one owner cell, else ''. A name part is one to three words, each an acronym or a capitalised word (or, after
 * the first, a group word: "Library team"), never a word that heads items by what they are ("Completed actions",
 * "Next steps").
 */
function labelOwners(label: string): string {
  const text = label.replace(/:$/, '')
  if (text.length > maxLabelLength || /[.!?;]$/.test(text)) return ''
  const name = ownerAtStart(text, 'role-before-to') ?? text
  const parts = splitJoinedNames(name)
  for (const part of parts) {
    const words = part.split(' ')
    if (part === '' || words.length > maxPartWords) return ''
    for (const [i, word] of words.entries()) {
      const named = acronym.test(word) || capitalised.test(word) || (i > 0 && groupWord.test(word))
      if (notNames.test(word) || !named) return ''
    }
  }
  return name
}

/** At least this many items opening with their code in brackets make a log whose codes and owners are read so. */
const minCodedItems = 2

/** In a log whose items open with their code, at least this share of the items do: the rest are sub-points. */
const minCodedShare = 0.75

/**
 * Whether the task list is an action log whose items open with their code in brackets ("[ ] (0611-1 - Ana) …",
 * "[ ] (A015) …"): at least two items, and three in four of them, do.
 */
function isCodedLog(lines: readonly PageLine[]): boolean {
  let items = 0
  let coded = 0
  for (const line of lines) {
    const task = taskLineOf(line.text)
    if (task === null) continue
    items++
    if (refAndOwnersOpening(task.text) !== null) coded++
  }
  return coded >= minCodedItems && coded >= items * minCodedShare
}

/** "Previous actions", "Open action items", "Completed tasks": a heading naming the items below by what they are. */
const groupHeading =
  /^(?:[\p{L}-]{1,20}\s){0,3}(?:actions?|action (?:items|points)|items|tasks|to-?dos)\s{0,2}:?$/iu

/**
 * Whether the page writes progress notes on the lines under its items, as a working group's action log does with
 * its indentation lost: some line right under an item opens with a state and goes on to say more ("On going, see
 * this note", "In progress. The draft is with Ana"). A state alone between items ("Done" over ticked items) may head
 * the items below it, so it proves no such habit.
 */
function writesNotesUnderItems(lines: readonly PageLine[]): boolean {
  for (let at = 1; at < lines.length; at++) {
    const text = lines[at]!.text
    if (!isTaskLine(lines[at - 1]!.text) || isTaskLine(text)) continue
    const state = statusAtStart(text)
    if (state !== null && state.length < text.replace(/[.:!]$/, '').length) return true
  }
  return false
}

/**
 * Whether a plain bullet (`cell`) in a run of checkbox items is an item whose box the minute-taker left out ("* [ ]
 * Nigel to share the logistics" then "* (From previous minutes) Document our CLA policy - on hold"): it has the
 * bullet and the indent of the run's items (`runCell`, the last item's cell), and the next line (`next`) is another
 * checkbox item or the end of the page. A bullet indented under an item is a note on it, never an item.
 */
function isBoxlessItem(cell: string, runCell: string, next: string | undefined): boolean {
  const at = indentOf(cell)
  if (at !== indentOf(runCell) || cell[at] !== runCell[at] || !BULLET_LEAD.test(cell.slice(at))) return false
  return next === undefined || isTaskLine(next)
}

/**
 * Reads a task list, as GitHub Markdown renders checkboxes in minutes, roadmaps and project READMEs: each "- [x] …"
 * or "- [ ] …" item is an action titled by its text after the box, complete when the box is ticked ("[x]") and not
 * started when it is open (the status "To do", as a task board's first column reads). The line right above
 * a run of items is its label: where it names who does them ("ENISA", "ENISA and CERT.AT", "CIRCL to provide", "TF
 * to start", as working-group minutes write a member once over the items it took on) each item takes those owners,
 * and the label is the items' section either way. An item ending in a date in square brackets, as roadmaps kept as
 * task lists date each item by its quarter ("[x] Add batch support [2019-Q3]", "[ ] Finalise the API [2019-Q4 →
 * 2020-Q1]"), takes it as its target, the title stopping before it. An item opening with its owner's handle and its
 * date, each set off by a spaced dash ("[ ] @ana - 2025-03-14 - book the hall", by {@link peelHandleAndDate}), takes
 * them as its owner and target, the title starting after them. Names in round brackets closing an item ("Move the repository
 * (Aram)", also before a closing remark) are its owners, over the label's, and leave its title. In a project's task list whose every item closes with its issue number in brackets ("[ ] Move
 * the docs (#178) - Ana"), the number with its "#" is the item's ref, the names after the dash its owners. In an action log whose
 * items open with their code and owners in brackets ("[ ] (0403-1 - Priya, Tom) Draft the checklist", by
 * {@link refAndOwnersOpening}), the code is the ref and the names the owners, and a box with no code is a point of
 * the item above. On a page that writes notes under its items ("Ongoing, half of the pages are moved"), the lines
 * under an item are its notes, not labels, and an open item takes the state its latest note opens with. Lines above the first label are the page's title
 * (an incident review's or minutes' key/value header block, "Detected | 2021-03-05 23:27", however long); other lines
 * (agenda bullets, prose) are left out. Returns null unless a one-column page (label rows cut into two cells allowed) has at least three checkbox items.
 *
 * @example
 * readTaskListItems([
 *   ['Group minutes'], ['Library team to'], ['- [x] book the room'], ['- [ ] send the agenda'], ['HR'],
 *   ['- [x] post the advert'],
 * ])?.rows.slice(1) // [['Action', 'Owner', 'Section', 'Status'], ['book the room', 'Library team', 'Library team to', 'Complete'], …]
 */
export function readTaskListItems(
  table: readonly (readonly string[])[],
  joined: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  // Minutes open with label rows ("Date:", "26/09/2018") cut into two cells: joined back, they are lines too.
  const lines = joined ?? linesBelowHeaderBlock(table)
  if (lines === null) return null
  // Every item is a box ("[ ]", "[x]") or follows one: a page with none is given up before any line is read whole.
  if (!lines.some((line) => isTaskLine(line.text))) return null
  const records: OneColumnRecord[] = []
  const skippedRows: number[] = []
  let label = ''
  let owners = ''
  /** The label when it is a period longer than a day ("Q1 2020", "March 2031"): the items' target; '' otherwise. */
  let period = ''
  let top = -1
  let dated = false
  const dates = new Map<string, boolean>()
  /** The raw cell of the last checkbox item's run ('' outside a run): its bullet and indent, for a boxless item. */
  let runCell = ''
  // Minutes that head their checklist as action items name each item's owner at its start ("Ana to book the hall",
  // "Raj: send the agenda"); a roadmap's "API: add paging" names no one, so only such a page is read so.
  const actionItems = lines.some((line) => !isTaskLine(line.text) && actionItemsLine.test(line.text))
  /** Per record, the names its text gives after a dash ("Stickers - ana, raj"), taken only where several do. */
  const dashNames: string[][] = []
  /** The open groups above the current item, outermost first: items with their own items indented beneath them. */
  const groups: { indent: number; owners: string }[] = []
  const parts = partsOfItems(table, lines)
  const described = new Map<number, string>()
  // "[ ] (0611-1 - Ana, Raj) Finish the review": an action log's items open with their code and owners in brackets.
  const coded = isCodedLog(lines)
  // "[ ] [MK, TS] Price the ladders": a staff meeting's task list names each item's owners in a square bracket.
  const squareOwners = ownsInSquareBrackets(lines)
  // "[ ] Move the docs (#178) - Ana": a project's task list links every item to its tracker issue.
  const linked = !coded && linksEveryItem(lines)
  // "On going, see this note" under an item: a note on it, its state the item's, never a label over the next items.
  const notes = writesNotesUnderItems(lines)
  /** The record of the last item read, while the lines below it may be its notes; -1 after a label. */
  let noted = -1
  const noteRows: number[] = []
  // Notes ticking off their agenda above a heading naming the actions ("Action Plan:") over more items: only the
  // items below that heading are actions.
  const firstTask = lines.findIndex((line) => isTaskLine(line.text))
  const lastTask = lines.findLastIndex((line) => isTaskLine(line.text))
  const planHeading = lines.findIndex(
    (line, at) => at > firstTask && at < lastTask && actionsHeading.test(line.text),
  )
  /** The indent of a dated item whose own items are its steps: the lines indented deeper are left out. */
  let stepsUnder = -1
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!
    if (at < planHeading) {
      if (top >= 0) skippedRows.push(line.index + 1)
      continue
    }
    if (stepsUnder >= 0) {
      if (indentOf(table[line.index]![0] ?? '') > stepsUnder) {
        skippedRows.push(line.index + 1)
        continue
      }
      stepsUnder = -1
    }
    // A part ticked off under its item ("    [x] legal check"): read into the item, not an action.
    if (parts?.parts.has(at) === true) continue
    const struck = struckItem(line.text)
    const item = struck ?? checkbox.exec(line.text)
    if (item === null) {
      const next = lines[at + 1]
      const cell = table[line.index]![0] ?? ''
      if (runCell !== '' && isBoxlessItem(cell, runCell, next?.text)) {
        records.push({
          index: line.index,
          cells: [line.text.replace(BULLET_LEAD, ''), owners, label, '', '', ''],
        })
        dashNames.push([])
        continue
      }
      // A bullet indented under an item is a note on it; the run goes on past it.
      if (indentOf(cell) <= indentOf(runCell) || !BULLET_LEAD.test(line.text)) runCell = ''
      // Under an item of a page that writes notes so, a line is a note on it unless it heads the next items by
      // what they are or who does them ("Previous actions", "HR and IT").
      const state = notes && noted >= 0 ? statusAtStart(line.text) : null
      if (
        notes &&
        noted >= 0 &&
        (state !== null || (!groupHeading.test(line.text) && labelOwners(line.text) === ''))
      ) {
        // The latest note saying a state says where an open item stands; a ticked or struck box has the last word.
        const record = records[noted]!
        if (state !== null && record.cells[3] === 'To do')
          records[noted] = { ...record, cells: record.cells.with(3, state) }
        noteRows.push(line.index + 1)
        continue
      }
      if (next !== undefined && isTaskLine(next.text)) {
        noted = -1
        label = line.text
        owners = labelOwners(label)
        period = periodOfLabel(label)
        if (top < 0) top = line.index
      } else if (top >= 0) skippedRows.push(line.index + 1)
      continue
    }
    // "Présents :" over "- [x] Ana Cruz", "- [ ] Tom Reed": the roll, each box saying whether that member came.
    if (rollLabel.test(label)) {
      if (top >= 0) skippedRows.push(line.index + 1)
      continue
    }
    if (top < 0) top = line.index
    runCell = table[line.index]![0] ?? ''
    const indent = indentOf(runCell)
    while (groups.length > 0 && groups[groups.length - 1]!.indent >= indent) groups.pop()
    const ticked = (item[1] ?? item[2]) !== ' '
    const closing = splitClosingDate(item[3]!, dates)
    // "[ ] @ana - 2025-03-14 - book the hall": the owner and the date set off by dashes before the text.
    const opening = peelHandleAndDate(closing.text)
    // "Move the docs (#178) - Ana": the issue number in brackets closing the item, before any names after a dash.
    const issue = linked ? issueRefClosing(opening?.text ?? closing.text) : null
    const written = issue?.text ?? opening?.text ?? closing.text
    const target = closing.target === '' ? (opening?.target ?? period) : closing.target
    if (target !== '') dated = true
    // "(0611-1 - Ana, Raj) Finish the review": the code is the item's ref, the names its owners.
    const log = coded ? refAndOwnersOpening(written) : null
    // In such a log a box with no code is a point under the item above (a talk it lists, a step), not an action.
    if (coded && log === null && noted >= 0) {
      noteRows.push(line.index + 1)
      continue
    }
    const logged = log?.text ?? written
    const logOwners = log !== null && log.owners.length > 0 ? log.owners.join(', ') : null
    const handles = opening !== null && opening.owners !== '' ? opening.owners : handlesOf(logged)
    const named =
      handles === null && logOwners === null
        ? ((squareOwners ? namesInSquareOpening(logged) : null) ??
          namesOpening(logged) ??
          namesClosing(logged))
        : null
    const text = named?.text ?? logged
    const signed = nameMark.exec(text)?.[1]?.trim() ?? null
    const opener = actionItems && logOwners === null ? openingOwners(text) : null
    const own = logOwners ?? handles ?? named?.owners ?? signed ?? opener ?? null
    const inherited = groups.findLast((group) => group.owners !== '')?.owners ?? owners
    // "[x] Website (@jo)" over "  [x] Fix the footer", "  [x] Add the map": an item with its own items indented
    // beneath it heads them. They are the work, and take its owner unless they name their own.
    const below = lines[at + 1]
    const ownParts = parts?.items.get(at)
    const headsItems =
      ownParts === undefined &&
      below !== undefined &&
      isTaskLine(below.text) &&
      indentOf(table[below.index]![0] ?? '') > indent
    // "[x] Contact the design team by (Wed 4/22)" over what that takes: an item dated on its own is the action, the
    // items beneath it its steps.
    if (headsItems && bracketedDay.test(text)) stepsUnder = indent
    else if (headsItems) {
      groups.push({ indent, owners: own ?? '' })
      skippedRows.push(line.index + 1)
      continue
    }
    if (ownParts !== undefined) described.set(records.length, ownParts.names.join('; '))
    // An open box is the task board's "To do": not done, and not started, unless the item says more ("(Deferred)").
    // Crossed off with its box still open, the item was dropped, not done. An open box over parts some of which are
    // ticked is work under way.
    const status = ticked
      ? 'Complete'
      : ownParts !== undefined
        ? ownParts.ticked > 0
          ? 'In progress'
          : openStatus(text)
        : struck !== null
          ? 'Cancelled'
          : openStatus(text)
    noted = records.length
    records.push({
      index: line.index,
      cells: [text, own ?? inherited, label, status, target, log?.ref ?? issue?.ref ?? ''],
    })
    dashNames.push(
      ownParts !== undefined || (logOwners ?? handles ?? named ?? signed ?? opener)
        ? []
        : namesAfterDash(text),
    )
  }
  // "Stickers - ana, raj", "Cups - ana": several items ending in names after a dash, as packing lists say who brings
  // each thing; one such tail alone may be a remark.
  // One such tail names people when they are capitalised names, one of them a member the page's roll lists
  // ("Asistencia: Ana, Pablo" above "[ ] Meet the sponsors - Ana, Lola"): a remark names no member.
  const several = dashNames.filter((names) => names.length > 0).length >= 2
  const members = several || dashNames.every((names) => names.length === 0) ? null : namesPresent(table)
  for (const [index, names] of dashNames.entries())
    if (names.length > 0 && (several || (members !== null && namesMembers(names, members)))) {
      const record = records[index]!
      records[index] = { ...record, cells: record.cells.with(1, names.join(', ')) }
    }
  if (records.filter((record) => record.cells[0] !== '').length < minItems) return null
  // The target column only where an item gives a date, so an undated list reads as it always has; the owners
  // column only where a label or a handle names someone, so that otherwise each item's own sentence is read for
  // its owner ("Nia will book …"), as in any plan without an owners column.
  const owned = records.some((record) => record.cells[1] !== '')
  const withParts = described.size > 0
  const withRefs = records.some((record) => record.cells[5] !== '')
  const columns = [0, 1, 2, 3, 4, 5, 6].filter(
    (column) =>
      (column !== 1 || owned) &&
      (column !== 4 || dated) &&
      (column !== 5 || withRefs) &&
      (column !== 6 || withParts),
  )
  const header = ['Action', 'Owner', 'Section', 'Status', 'Target date', 'Ref', 'Description']
  const cut = records.map((record, at) => {
    const cells = [...record.cells, described.get(at) ?? '']
    return { ...record, cells: columns.map((column) => cells[column]!) }
  })
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    columns.map((column) => header[column]!),
    cut,
    {
      mergedRows: [
        ...(parts === null ? [] : [...parts.parts].map((at) => lines[at]!.index + 1)),
        ...noteRows,
      ],
      skippedRows,
      titleEvidence: 'each task-list item ("- [x] …", "- [ ] …"), owned by the label above its group',
    },
  )
}

/**
 * The owners an action item names at its start, as one owner cell: its subject as any plan's action is read for it
 * ("All TSC members to review …", by {@link ownersNamedAsSubject}), else a name before "to", "will" or a colon ("Ana to
 * book …", "Raj: send the agenda", by {@link ownerAtStart}); null when it opens with no one.
 */
function openingOwners(text: string): string | null {
  const subject = ownersNamedAsSubject(text, { should: true })
  if (subject.length > 0) return subject.join(', ')
  const named = ownerAtStart(text, 'name-first')
  return named === null ? null : ownerCell(named)
}

/**
 * A label that is a period longer than a day ("Q1 2020", "2031 Q2", "March 2031"), as a roadmap heads each quarter's
 * checklist: the label, which every item below takes as its target; '' for any other label, and for a day ("Friday 7
 * October 2031"), which dates a meeting, not the work.
 */
function periodOfLabel(label: string): string {
  const text = label.replace(/:$/, '')
  const date = headingPeriod(text, {})
  return date === null || date.precision === 'day' || date.kind === 'multiple' ? '' : text
}

/** An open box's status: "To do", or none when the item ends in a status of its own ("… (Deferred)"), read later. */
function openStatus(text: string): string {
  return statusAtEnd(text, 'marker') === null ? 'To do' : ''
}

/** The items with parts of their own (by line), and the lines that are those parts. */
interface ItemParts {
  readonly items: ReadonlyMap<number, { readonly names: readonly string[]; readonly ticked: number }>
  readonly parts: ReadonlySet<number>
}

/**
 * The items of a task list whose own items, indented beneath them, are only their parts named in a few words ("[ ]
 * Logo" over "    [x] draft", "    [ ] final", "    [ ] stickers"), as a project's checklist breaks each task into
 * the pieces it is ticked off by: each such item with its parts' names and how many are ticked. Null unless at
 * least two items hold parts and the parts average fewer than four words; items over longer ones ("[x] Website" over
 * "  [x] Fix the broken links in the footer") head them, and the parts are the work.
 */
function partsOfItems(table: readonly (readonly string[])[], lines: readonly PageLine[]): ItemParts | null {
  const items = new Map<number, { names: string[]; ticked: number }>()
  const parts = new Set<number>()
  let words = 0
  for (let at = 0; at < lines.length; at++) {
    const item = checkbox.exec(lines[at]!.text)
    if (item === null) continue
    const indent = indentOf(table[lines[at]!.index]![0] ?? '')
    const names: string[] = []
    let ticked = 0
    let next = at + 1
    for (; next < lines.length; next++) {
      const part = checkbox.exec(lines[next]!.text)
      if (part === null || indentOf(table[lines[next]!.index]![0] ?? '') <= indent) break
      names.push(part[3]!)
      words += part[3]!.split(' ').length
      if ((part[1] ?? part[2]) !== ' ') ticked++
      parts.add(next)
    }
    if (names.length === 0) continue
    items.set(at, { names, ticked })
    at = next - 1
  }
  if (items.size < minPartedItems || words >= parts.size * minSubItemWords) return null
  return { items, parts }
}
