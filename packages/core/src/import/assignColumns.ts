import { countWords } from './countWords'
import { peelPriorityLabel } from './peelPriorityLabel'
import { parseTargetDate } from '../dates/parseTargetDate'
import { MONTHS, UNKNOWN_WORDS } from '../dates/lexicon'
import type { Taxonomy } from '../model/taxonomySchema'
import { parseStatus } from '../status/parseStatus'
import { resolvePillars } from '../taxonomy/resolvePillars'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { actionsUnderGroupLabel } from './actionsUnderGroupLabel'
import { actionColumnChoice, holdsRefs, listsPeople } from './actionColumnChoice'
import { actionBesideIssueColumn } from './actionBesideIssueColumn'
import { themeOverStackedMilestones } from './themeOverStackedMilestones'
import type { ColumnField } from './columnSynonyms'
import type { ColumnMap, ExtraColumn, ForcedColumn } from './mapColumns'
import { isNameParagraphs } from './isNameParagraphs'
import { itemsBesideCommitments } from './itemsBesideCommitments'
import { instructionColumnBesideContext } from './instructionColumnBesideContext'
import { namesBesideLongerNotes } from './namesBesideLongerNotes'
import { objectiveBesideActionLines } from './objectiveBesideActionLines'
import { holdsCitations } from './holdsCitations'
import { isItemMarkList } from './isItemMarkList'
import { objectivesWithoutActions } from './objectivesWithoutActions'
import { isPriorityColumn } from './isPriorityColumn'
import { isCountColumn, namesCount } from './isCountColumn'
import { numberedMilestoneColumn } from './numberedMilestoneColumn'
import {
  acceptedHeader,
  completedHeader,
  openClosedHeader,
  yesNoDoneHeader,
} from './statusFromQuestionColumn'
import { actionsTakenHeader } from './actionsTakenHeader'
import { tasksReadAsNames } from './tasksReadAsNames'
import { ownerHeadNoun } from './ownerHeadNoun'
import { joinsActionAndDate, joinsActionAndProgress, progressHeadNoun } from './progressHeadNoun'
import { subjectsBesideSentences } from './subjectsBesideSentences'
import { startDateHeader } from './startDateHeader'
import { matchColumnHeader, normalizeHeader, recordedDate } from './columnSynonyms'
import { itemsUnderGroupedAction } from './itemsUnderGroupedAction'
import { tasksUnderGroupedAction } from './tasksUnderGroupedAction'
import { outcomeColumnOfStatuses } from './outcomeColumnOfStatuses'
import { objectiveOverSteps } from './objectiveOverSteps'
import { yieldsToActionColumn } from './yieldsToActionColumn'
import { datedTargetColumn } from './datedTargetColumn'
import { peelRef } from './peelRef'
import { labelledRefCell } from './labelledRefCell'
import { rowsOutsideNamedActionLists } from './rowsOutsideNamedActionLists'
import { verbLedLinesUnderHeadings } from './verbLedLinesUnderHeadings'
import { startsWithLongItemNumber } from './continuedNumbers'
import { filledOnTableRows } from './filledOnTableRows'
import { hasNumberedList } from './hasNumberedList'
import { romanItemsUnderLeadIn } from './romanItemsUnderLeadIn'
import { itemRowsOfBody } from './itemRowsOfBody'
import { refColumnUnderPillarHeader } from './refColumnUnderPillarHeader'
import { codedRefBesideRowCount } from './codedRefBesideRowCount'
import { refColumnUnderSectionHeader } from './refColumnUnderSectionHeader'
import { tableRows } from './tableRows'
import { secondNamedField } from './secondNamedField'
import { BULLET_MARKS } from './bulletMarks'
import { ownersColumnByCells } from './ownersColumnByCells'
import { ownerListColumn, ownerListScore } from './ownerListColumn'
import { ownerPartsColumn, ownerPartsScore } from './ownerPartsColumn'
import { byDeadlineColumn, byDeadlineScore } from './byDeadlineColumn'
import { laterDateColumn } from './laterDateColumn'
import { namesPresent } from './namesPresent'
import { statusColumnByCells } from './statusColumnByCells'
import { milestoneColumnOfDates } from './milestoneColumnOfDates'
import { milestoneNamesWork } from './milestoneNamesWork'
import { ITEM_NUMBER, NOT_A_YEAR } from './itemMark'
import { responsibleOverAccountable } from './responsibleOverAccountable'
import { refsRunInOrder } from './refsRunInOrder'
import { isIssueRef, issueTitleBesideBody } from './issueTitleBesideBody'

/** How one column was read: the field it was given, how sure the importer is, and why. */
export interface ColumnExplanation {
  /** 1-based column number. */
  readonly column: number
  readonly header: string
  /** The action field, `pillar-flag`, `year`, or `extra` (kept verbatim in each action's `extra`). */
  readonly field: ColumnField | 'pillar-flag' | 'year' | 'extra'
  /** 0–1. Below 0.5 the importer also reports a `low-confidence-column` issue. */
  readonly confidence: number
  /** Plain words: `header "By when" names a date; 74% of cells read as dates`. */
  readonly evidence: string
}

/** What the cells of one column hold, as shares of its filled cells (0–1). */
export interface ColumnProfile {
  readonly filled: number
  readonly dates: number
  /** Cells that say the date is not set yet ("N/A", "TBD", "TBC"): a dated column's gaps, not its prose. */
  readonly undated: number
  readonly statuses: number
  readonly owners: number
  readonly refs: number
  readonly pillars: number
  /** Cells that start with a ref or a list bullet ("1. ", "Objective 2: ", "• "). */
  readonly listed: number
  readonly averageWords: number
  /** Cells that say nothing yet ("n/a", "TBC") and are no status either ("Pending" is one). */
  readonly placeholders?: number
  /** Cells read as dates only because they name a state ("Completed", "Ongoing"), no date: statuses, as a rule. */
  readonly stateDates?: number
  /** Cells counted in `listed` only because a day's number opens a date alone ("14 Aug"): no numbered items. */
  readonly listedDates?: number
}

/** The result of {@link assignColumns}. */
export interface ColumnAssignment {
  readonly map: ColumnMap
  readonly explanations: readonly ColumnExplanation[]
  /** The column whose cells start with refs to peel into `ref` (no ref column of its own), or null. */
  readonly peelFrom: number | null
  /** True when the ref/label column is written once per group of rows (a merged cell in the source). */
  readonly grouped: boolean
  /** True when the table is an outline: one cell a row, headings in one column and the actions indented one
   * column to the right of them. Each action cell is then an action even alone on its row. */
  readonly outline?: boolean
  /** True when the action column's cells are lists of actions, one a line, beside their objective
   * ({@link objectiveBesideActionLines}): each line is then an action of its own. */
  readonly actionLines?: boolean
  /** True when the plan is listed by its objectives, some with no actions written yet
   * ({@link objectivesWithoutActions}): each objective is an action, even alone on its row. */
  readonly objectiveRows?: boolean
  /** True when the column the header names as the action is written once over rows of deliverables that are
   * read as the actions ({@link actionsUnderGroupLabel}): a number peeled from it is the action's, and each
   * deliverable is cited by it and its place ("13.1"). */
  readonly deliverables?: boolean
}

type Field = Exclude<ColumnField, 'id' | 'targetColumn'>

// Header words, matched as whole tokens anywhere in the header ("What we will do", "Lead(s)", "By when").
// The weight says how strongly a word names the field: 3 names it, 2 usually, 1 hints.
/** "Action completed by", "Task to be done by", "Action complete by:": a deadline header that opens with "action". */
const actionDoneByHeader = /^(?:actions?|tasks?|work) (?:to be )?(?:achieved|completed?|done|delivered) by:?$/

/** "Action outstanding", "Actions remaining", "Action still required": what is left to do on a row's item. Anchored. */
const actionLeftHeader = /^actions? (?:outstanding|remaining|still (?:required|to be taken|needed))$/

const headerWords: readonly (readonly [Field, number, RegExp])[] = [
  ['title', 3, /\b(?:actions?|activit(?:y|ies)|tasks?|what we will do|planned activity|initiatives?)\b/],
  // A header that opens the sentence each cell finishes: "We will…" over the actions, "We have" over the progress.
  ['title', 3, /^(?:what )?we will\b/],
  // A header asked as a question ("What will we do?", "What are we going to do?"): the answer is the action.
  ['title', 3, /^what (?:will|shall|are|do) we (?:going to )?do\b/],
  ['status', 3, /^(?:what )?we have(?: done| achieved)?\b|^what (?:has been|we have) (?:done|achieved)\b/],
  // "Manifesto Pledge", "Our pledges": what a council or a body promised to do, each an action.
  [
    'title',
    2,
    /\b(?:objectives?|deliverables?|commitments?|pledges?|priorit(?:y|ies)|projects?|workstreams?)\b/,
  ],
  // "Strategy" over the steps a plan will take (an accessibility plan's Strategy column).
  ['title', 2, /\b(?:strateg(?:y|ies))\b/],
  ['description', 2, /\b(?:details?|description|rationale|aims?|why|summary|background|context)\b/],
  // "Issues to be addressed", "Issue identified": the problem the row's action answers, its rationale.
  ['description', 3, /^(?:key )?issues? (?:to be addressed|identified|raised)$/],
  // "Requirement", "Legal requirements": what a compliance plan must meet, which the row's activities answer.
  ['description', 3, /^(?:(?:legal|statutory|regulatory|compliance) )?requirements?$/],
  [
    'owners',
    3,
    /\b(?:who|whom|leads?|lead\(s\)|owners?|responsib(?:le|ility|ilities)|persons?|people|accountab(?:le|ility))\b/,
  ],
  ['owners', 1, /\b(?:team|contact|champion)\b/],
  // "Staff" alone over a column of first names; "staff" inside a longer header is about the staff, not an owner.
  ['owners', 1, /^(?:staff|staff members?|members? of staff)$/],
  [
    'target',
    3,
    /\b(?:when|deadlines?|dates?|timescales?|time ?frames?|timelines?|due|completion|target date)\b/,
  ],
  // "Achieved by", "To be completed by": the day the work is to be done by.
  ['target', 2, /^(?:to be )?(?:achieved|complete|completed) by$/],
  // "Action completed by", "Task to be done by": the day the action is to be done by, not the action.
  ['target', 3, actionDoneByHeader],
  ['status', 3, /\b(?:status|progress|rag|current position|updates?)\b/],
  // A header asking whether the work is done ("Has target been met, if so how?", "Achieved?"): its answers are the
  // status.
  [
    'status',
    3,
    /^(?:(?:has|have|is|are|was|were) (?:[a-z]+ ){0,3}(?:been )?(?:met|achieved|completed|done|delivered)\b|(?:met|achieved|completed|done)\s?\?)/,
  ],
  // A header that records when the work was done ("Completed", "Date completed"): its cells are the status.
  ['status', 3, completedHeader],
  // "Delivered Yes/No": its "Yes" says the action is done.
  ['status', 3, yesNoDoneHeader],
  // "Open or Closed": whether the item is still being worked on.
  ['status', 3, openClosedHeader],
  // "Accepted" over ticked boxes: whether a reviewer signed the deliverable off.
  ['status', 3, acceptedHeader],
  [
    'successMeasures',
    3,
    /\b(?:success|measures?|measurables?|evidence|indicators?|outcomes?|kpis?|criteria|impact|milestones?)\b/,
  ],
  // "Overall result", "Expected results": what the work should bring about.
  ['successMeasures', 2, /\b(?:expected|overall|intended) results?\b/],
  [
    'ref',
    3,
    /^(?:no\.?|nos?|number|ref\.?|reference|#|item|action (?:no|number|ref|id)|(?:task|item|project) id|id)$/,
  ],
  ['pillars', 2, /\b(?:pillars?|themes?|strands?|commitment areas?)\b/],
  ['section', 2, /\b(?:principles?|areas?|clauses?|categor(?:y|ies))\b/],
  // "Section" alone: the heading each row sits under (as the synonym list reads it).
  ['section', 3, /^sections?$/],
  ['notes', 2, /\b(?:notes?|comments?|remarks?)\b/],
]

/** A priority header that names its rating scale or calls itself a rating. Bounded, anchored tokens. */
const priorityRating = /\bpriority\b.{0,20}\b(?:h m l|h m s|high|rating|level|rank(?:ing)?|score)\b/

/**
 * Scores a header cell against every field, by its words ("Date for completion" → target, 1).
 *
 * @example
 * scoreHeader('By when').get('target') // 1
 */
export function scoreHeader(header: string): Map<Field, number> {
  const text = collapseWhitespace(header).toLowerCase().replace(/[_/]+/g, ' ')
  const scores = new Map<Field, number>()
  if (text === '' || text.length > 80) return scores
  const at = new Map<Field, number>()
  for (const [field, weight, pattern] of headerWords) {
    const match = pattern.exec(text)
    if (match === null) continue
    if (weight / 3 > (scores.get(field) ?? 0)) at.set(field, match.index)
    scores.set(field, Math.max(scores.get(field) ?? 0, weight / 3))
  }
  // "Action Project Leader": the last word names what the column holds, the owners; the action only hints.
  if (ownerHeadNoun(normalizeHeader(text))) {
    scores.set('owners', 1)
    at.set('owners', 0)
  }
  // "Date Raised", "Date added": when the row was written down, not when the action is due.
  if (recordedDate.test(text) && /\bdates?\b/.test(text)) scores.delete('target')
  // "Priority H/M/L", "Priority (high/medium/low)", "Priority rating": how urgent the action is, not the action.
  if (priorityRating.test(text)) scores.delete('title')
  // "Actions taken", "Action taken to date": the progress made on each row, a note, not the action.
  if (actionDoneByHeader.test(text)) scores.delete('title')
  // "Action outstanding", "Actions remaining": the steps left on the row's item, not the item.
  if (actionLeftHeader.test(text)) scores.delete('title')
  // "Action Update", "Action Status": how the action stands, named by the last word.
  const progress = joinsActionAndProgress(text) ? null : progressHeadNoun(normalizeHeader(text))
  if (progress !== null) {
    scores.delete('title')
    scores.set(progress, 1)
    at.set(progress, 0)
  }
  // "Action / Target date": when the action is due, not the action.
  if (joinsActionAndDate(header)) {
    scores.delete('title')
    scores.set('target', 1)
    at.set('target', 0)
  }
  if (actionsTakenHeader.test(text)) {
    scores.delete('title')
    scores.set('notes', 1)
    at.set('notes', 0)
  }
  // "Milestone No.", "Measure #", "Outcome number": the number of each row of the kind the words before it name.
  if (namesRowNumber(text)) {
    scores.clear()
    scores.set('ref', 1)
    at.set('ref', 0)
  }
  // "Start date" beside "End date": the end is the target, so the start names it only weakly.
  if (scores.get('target') === 1 && startDateHeader(text)) scores.set('target', 0.7)
  // Two fields named as strongly ("Current status and ongoing actions"): the header is about the one it names
  // first; the other only hints.
  const first = Math.min(...[...scores].filter(([, score]) => score === 1).map(([field]) => at.get(field)!))
  for (const [field, score] of scores) {
    if (score === 1 && at.get(field)! > first) scores.set(field, 0.7)
  }
  return scores
}

/** A header closing on a number word after one to three other words ("Milestone No.", "Measure #"). Bounded. */
const rowNumberHeader = /^([a-z]{2,20}(?: [a-z]{2,20}){0,2}) ?(?:no\.?|number|num\.?|#|ref\.?)$/

/**
 * True when a header names the rows’ kind and then its number ("Milestone No.", "Measure #", "Outcome number",
 * "Measure ref"): the column of each row's number, not the column the kind word alone would head. The kind must
 * itself name a field ("Phone no.", "Room number" do not), and "Action no." is read by the ref words already.
 *
 * @example
 * namesRowNumber('milestone no.') // true
 * namesRowNumber('phone no.') // false
 */
function namesRowNumber(text: string): boolean {
  const match = rowNumberHeader.exec(text)
  if (match === null) return false
  const kind = scoreHeader(match[1]!)
  return kind.size > 0 && !kind.has('ref')
}

const sampleLimit = 40
/** A dated cell of at most this many words is a date alone, whatever number opens it ("14 Aug", "3 May 2031"). */
const maxListedDateWords = 3
/** A column whose filled cells read as statuses at least this often is a status column, whatever else they read as. */
const statusShare = 0.8

/**
 * Reads what a column's cells hold: dates, statuses, owner lists, refs, pillar names, list bullets, prose.
 * Looks at a spread sample of at most 40 filled cells, so the cost per column is bounded on any table.
 *
 * @example
 * profileColumn(['June 2019', 'Dec. 18', 'Ongoing'], technicianCommitment).dates // 1
 */
export function profileColumn(cells: readonly string[], taxonomy: Taxonomy): ColumnProfile {
  let dates = 0
  let undated = 0
  let statuses = 0
  let owners = 0
  let refs = 0
  let pillars = 0
  let listed = 0
  let words = 0
  let placeholders = 0
  let stateDates = 0
  let listedDates = 0
  const { filled, sample } = spreadSample(cells)
  // Owner, date and status columns repeat a few texts down the column: each is read once.
  const readings = new Map<string, CellReading>()
  for (const cell of sample) {
    let reading = readings.get(cell)
    if (reading === undefined) {
      reading = readCell(cell, taxonomy)
      readings.set(cell, reading)
    }
    words += reading.words
    if (reading.dated) dates++
    else if (reading.undated) undated++
    if (reading.undated && !reading.status) placeholders++
    if (reading.status) statuses++
    if (reading.stateOnly === true) stateDates++
    if (reading.kind === 'ref') refs++
    else if (reading.kind === 'pillars') pillars++
    else if (reading.kind === 'owners') owners++
    if (reading.listed) listed++
    // "14 Aug", "3 May 2031": a day's number opens a date, not a numbered item.
    if (reading.listed && reading.dated && reading.words <= maxListedDateWords) listedDates++
  }
  const n = sample.length
  // Single letters in order ("a, b, C, d"), with roman sub-steps or not, are a lettered list's refs. Order is read
  // on every cell: a spread sample of a long column is out of order.
  if (isItemMarkList(sample.length === filled ? sample : cells.filter(hasText))) refs = n
  const share = (count: number) => (n === 0 ? 0 : count / n)
  return {
    filled,
    dates: share(dates),
    undated: share(undated),
    statuses: share(statuses),
    owners: share(owners),
    refs: share(refs),
    pillars: share(pillars),
    listed: share(listed),
    averageWords: n === 0 ? 0 : words / n,
    placeholders: share(placeholders),
    stateDates: share(stateDates),
    listedDates: share(listedDates),
  }
}

/** Two or more bulleted lines, each a short name or role (at most six words, no sentence end). */
function isNameList(cell: string): boolean {
  if (cell.length > 400) return false
  const lines = cell.split('\n').filter(hasText)
  return (
    lines.length >= 2 &&
    lines.every((line) => {
      const text = line.trim()
      const words = text.split(/\s+/).length
      return /^[•·▪*–-]\s/.test(text) && words <= 7 && !/[.!?;:]$/.test(text)
    })
  )
}

function filledCount(row: readonly string[]): number {
  let count = 0
  for (const cell of row) if (hasText(cell)) count++
  return count
}

/**
 * A column's filled cells, and a sample of at most `sampleLimit` of them: all of them when there are few, else
 * a spread that never falls in step with a table's own rhythm (a heading every 12 rows sampled every 240th
 * cell would read headings only): the golden-ratio sequence.
 */
function spreadSample(cells: readonly string[]): { filled: number; sample: string[] } {
  const filledCells = cells.filter(hasText)
  if (filledCells.length <= sampleLimit) return { filled: filledCells.length, sample: filledCells }
  const sample: string[] = []
  for (let i = 0; i < sampleLimit; i++) {
    sample.push(filledCells[Math.floor(((i * 0.6180339887498949) % 1) * filledCells.length)]!)
  }
  return { filled: filledCells.length, sample }
}

/** How many cells a column has and what share of them start with a ref or a bullet: all refs peeling needs. */
type ColumnListing = Pick<ColumnProfile, 'filled' | 'listed'> & {
  /** Every ref the cells open with is the same ("20.08 Libraries freeze", "20.08 Charm freeze"): a release's or a
   * year's name, not each row's number. */
  readonly oneRef?: boolean
}

/** The listing of a column, read from the same sample as {@link profileColumn} but with no parser. */
function listColumn(cells: readonly string[]): ColumnListing {
  const { filled, sample } = spreadSample(cells)
  const listed = sample.filter((cell) => isListed(collapseWhitespace(cell))).length
  return { filled, listed: sample.length === 0 ? 0 : listed / sample.length, oneRef: oneRefOpens(sample) }
}

/**
 * Two cells or more open with a ref, all with the same one, and not a list's first number: cells that each hold a
 * list ("1. Create …⏎2. Train …") open with "1" every time, and their lists are read item by item.
 */
function oneRefOpens(cells: readonly string[]): boolean {
  const refs = new Set<string>()
  let count = 0
  for (const cell of cells) {
    const ref = peelRef(collapseWhitespace(cell))?.ref
    if (ref === undefined) continue
    refs.add(ref)
    count++
  }
  return count >= 2 && refs.size === 1 && !/^(?:0?1|[aAiI])$/.test([...refs][0]!)
}

// "P0 - @ana - Publish …", "Cache the downloads [p0]": a priority marks an item of a list, as a bullet does.
const isListed = (text: string): boolean =>
  peelRef(text) !== null ||
  bulletCell.test(text) ||
  startsWithLongItemNumber(text) ||
  peelPriorityLabel(text) !== null

/** What one cell reads as, for {@link profileColumn}. */
interface CellReading {
  readonly words: number
  readonly dated: boolean
  /** Read as a date only because it is a state ("Completed", "Ongoing"): a status that names no date. */
  readonly stateOnly?: boolean
  /** The cell says its date is not set yet ("N/A", "TBD"). */
  readonly undated: boolean
  readonly status: boolean
  readonly kind: 'ref' | 'pillars' | 'owners' | null
  readonly listed: boolean
}

// "1.2", "AP3", "4b", "1200", and a dotted number lettered in capitals ("1.6B": an AONB or park plan's sub-actions).
// A year alone ("2019", "FY2020") is deliberately not a ref: a column of years is dated, not numbered.
const refCell = new RegExp(
  String.raw`^[A-Za-z]{0,3}${NOT_A_YEAR}${ITEM_NUMBER}(?:(?:\.\d{1,3}){0,3}[a-z]?|(?:\.\d{1,3}){1,3}[A-Z])\.?$`,
)
/** "Stage one", "Phase 2", "Step IV", "Preliminary stage": the stage a timetable's row is, named as its label. Anchored. */
const stageCell =
  /^(?:(?:stage|phase|step)\s{1,3}(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[ivx]{1,4})|(?:preliminary|initial|first|final|last|closing)\s{1,3}(?:stage|phase|step))$/i
/** "One month", "Three months", "2 weeks", "One month later": how long a stage lasts, never who does it. Anchored. */
const durationCell =
  /^(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s{1,3}few)\s{1,3}(?:days?|weeks?|months?|years?|quarters?)(?:\s{1,3}(?:later|after|before|long))?$/i
const bulletCell = new RegExp(`^[${BULLET_MARKS}]\\s`)
const sentenceEnd = /[.!?]$/
/** A date cell holds at most this many words. */
const maxDateWords = 10

function readCell(cell: string, taxonomy: Taxonomy): CellReading {
  // A bulleted list of short names, one a line ("• Recruitment Manager⏎• HR Business Partners"), is an
  // owner list: read by its longest line, not as a list item.
  if (isNameList(cell) || isNameParagraphs(cell)) {
    const longest = Math.max(
      ...cell
        .split('\n')
        .filter(hasText)
        .map((line) => line.trim().split(/\s+/).length - 1),
    )
    return { words: longest, dated: false, undated: false, status: false, kind: 'owners', listed: false }
  }
  const text = collapseWhitespace(cell)
  const words = countWords(text)
  const listed = isListed(text)
  if (text.length > 80) return { words, dated: false, undated: false, status: false, kind: null, listed }
  // A date cell is mostly its date: a sentence that mentions one ("Survey run in March 2024 and again …")
  // is evidence or progress prose, and its words are too many for a status, a pillar or an owner too.
  if (words > maxDateWords) return { words, dated: false, undated: false, status: false, kind: null, listed }
  const read = parseTargetDate(text)
  // "March-May", "June": a month without its year is a date all the same; the plan's year is applied on import.
  const date =
    read.kind === 'unknown' && read.alternatives.length === 0 && words <= 4 && isYearlessPeriod(text)
      ? parseTargetDate(text, { referenceDate: '2000-01-01' })
      : read
  // A US month-first date ("12/31/2024") is unknown read day first, but is still a date: its one reading.
  const reading = date.kind === 'unknown' && date.alternatives.length === 1 ? date.alternatives[0]! : date
  const dated = reading.kind !== 'unknown' && reading.confidence >= 0.5
  const undated = !dated && words <= 2 && UNKNOWN_WORDS.has(text.toLowerCase().replace(/[^a-z]/g, ''))
  // Statuses and pillar names are short: longer prose is not handed to their parsers at all.
  const status = words <= 6 && parseStatus(text).state !== 'unknown'
  let kind: CellReading['kind'] = null
  // "Activity 1.2a", "Action 4": a ref cell that names what it numbers is a ref all the same.
  // "Stage one", "Preliminary stage": a timetable's stage label numbers its row, whole, as a code does.
  // "acme/garden-app#12": an issue tracker's ref, the repository and the issue's number.
  if (refCell.test(text) || labelledRefCell(text) !== null || stageCell.test(text) || isIssueRef(text))
    kind = 'ref'
  else if (words <= 6 && resolvePillars(text, taxonomy).codes.length > 0) kind = 'pillars'
  else if (
    !dated &&
    !status &&
    words <= 8 &&
    !sentenceEnd.test(text) &&
    hasLetter.test(text) &&
    !answer.test(text) &&
    !durationCell.test(text)
  )
    kind = 'owners'
  const stateOnly = dated && status && (reading.due === null || reading.due === undefined)
  return { words, dated, undated, status, kind, listed, stateOnly }
}

/** Words around a month's name in a year-less period: "Mid November", "End of June", "October to December". */
const monthQualifiers: ReadonlySet<string> = new Set([
  'mid',
  'early',
  'late',
  'end',
  'start',
  'of',
  'to',
  'and',
  'until',
])

/**
 * Whether a short cell is a year-less period and nothing else ("June", "March-May", "October-Mid November"): every
 * word a month, as the date parser spells them, or a word placing the time within it. "May Chen" names a person.
 */
function isYearlessPeriod(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word !== '')
  return (
    words.some((word) => MONTHS.has(word)) &&
    words.every((word) => MONTHS.has(word) || monthQualifiers.has(word))
  )
}

/** Two letters at least: "$0", "—" and a footnote's lone "a" name nobody. Each letter scans to the next: linear. */
const hasLetter = /\p{L}\P{L}*\p{L}/u
/** "Yes", "No", "N/A": an answer to the header's question, not a name. */
const answer = /^(?:yes|no|n\/?a|true|false)$/i
/** "Yes", "Yes - agreed", "No (not needed)": a cell that opens with its answer. */
const opensWithAnswer = /^\s{0,3}(?:yes|no)\b/i

/**
 * Whether a column's filled cells (two or more) are answers, each opening with "Yes" or "No" ("Yes - agreed",
 * "No"), bar a first cell (the header): the column answers its header's question about each row, however many words
 * follow the answer.
 */
export function answersYesOrNo(cells: readonly string[]): boolean {
  let answers = 0
  let first = true
  for (const cell of cells) {
    if (!hasText(cell)) continue
    // The first filled cell may be the header a table without a recognised header row still has.
    if (opensWithAnswer.test(cell.slice(0, 20))) answers++
    else if (!first) return false
    first = false
  }
  return answers >= 2
}
const percentHeader = /%|\bper ?cent(?:age)?\b/i
/** "Urgency", "Importance", "Severity", "Likelihood": a header naming the scale a row is rated on. Anchored. */
const ratingHeader = /^\s{0,3}(?:urgency|importance|severity|likelihood)\b/i
const moneyHeader = /\b(?:budgets?|costs?|funding|spend|£|\$)/i

/** What a column of short names gains when the first row of a table without a recognised header calls it the owners. */
const ownersLabelBonus = 0.1

/**
 * Whether a column's labels are each written once over a group of rows: no filled cell repeats another's text (names of
 * owners mostly do) or sits right under another filled cell (a group's label is followed by its rows, left blank).
 */
function writtenOnce(cells: readonly string[]): boolean {
  const seen = new Set<string>()
  let above = false
  for (const cell of cells) {
    const filled = hasText(cell)
    if (filled && above) return false
    above = filled
    if (!filled) continue
    const text = collapseWhitespace(cell).toLowerCase()
    if (seen.has(text)) return false
    seen.add(text)
  }
  return seen.size >= 2
}

/** A group label is a short heading, not a sentence. */
const maxGroupLabelWords = 12

/** Without a header, a column of states may give a date in at most this share of its cells and still be the status. */
const maxDatesAmongStates = 0.1

/** The least weight a column of short labels keeps as the owners when it is filled on few of the table's rows. */
const sparseOwnersWeight = 0.6

const percent = (share: number) => `${Math.round(share * 100)}%`

function contentScore(field: Field, p: ColumnProfile): { score: number; evidence: string } {
  switch (field) {
    case 'target':
      return { score: p.dates, evidence: `${percent(p.dates)} of cells read as dates` }
    case 'status':
      return { score: p.statuses, evidence: `${percent(p.statuses)} of cells read as statuses` }
    case 'ref':
      return { score: p.refs, evidence: `${percent(p.refs)} of cells are refs such as "1.2"` }
    case 'pillars':
      return { score: p.pillars, evidence: `${percent(p.pillars)} of cells name pillars` }
    case 'owners':
      return {
        // Numbered items are actions, not names, however short.
        score: p.owners * (p.averageWords <= 6 ? 0.8 : 0.4) * (1 - p.listed),
        evidence: `${percent(p.owners)} of cells are short names or roles`,
      }
    case 'title': {
      const numbered = p.listed - (p.listedDates ?? 0)
      return {
        score: Math.max(Math.min(1, p.averageWords / 8) * 0.7, numbered * 0.9),
        evidence:
          numbered >= 0.5
            ? `${percent(numbered)} of cells start with a number or bullet`
            : `prose, ${p.averageWords.toFixed(1)} words a cell on average`,
      }
    }
    case 'description':
    case 'successMeasures':
    case 'notes':
    case 'section':
      return {
        score: Math.min(1, p.averageWords / 10) * 0.5,
        evidence: `prose, ${p.averageWords.toFixed(1)} words a cell`,
      }
  }
}

/** A list opening at its first item, "1." or "1)", and its second item anywhere after. Anchored, bounded. */
const firstItem = /^\s{0,3}1[.)]\s/
const secondItem = /(?:^|\s)2[.)]\s/

/**
 * Whether every filled cell of a column (three at least) opens a list of its own at "1.", and at least half of
 * them go on to a "2.": the numbering starts again in each cell, so it numbers each row's steps, not the rows.
 */
function listsInEachCell(cells: readonly string[]): boolean {
  const filled = cells.filter(hasText)
  if (filled.length < 3 || !filled.every((cell) => firstItem.test(cell))) return false
  return filled.filter((cell) => secondItem.test(cell)).length * 2 >= filled.length
}

/** Below this share of ref cells a column under a ref header holds no refs. */
const fewRefs = 0.2
/** Cells of at least this many words on average are sentences, not numbers or codes. */
const proseWords = 3

/**
 * Whether a header naming only the item's number ("Item", "No.") stands over cells that are sentences, none of them a
 * ref: the header names nothing the cells hold, and the cells are read for what they are (the work, as a rule).
 *
 * @example
 * refHeaderOverProse('Item', profileColumn(['Mend the fence along the lane', 'Order the saplings'], taxonomy)) // true
 */
export function refHeaderOverProse(header: string, profile: ColumnProfile): boolean {
  const words = scoreHeader(header)
  return (
    words.size === 1 &&
    words.has('ref') &&
    profile.refs < fewRefs &&
    profile.listed < fewRefs &&
    profile.averageWords >= proseWords
  )
}

/** Options for {@link assignColumns}. */
export interface AssignColumnsOptions {
  readonly taxonomy: Taxonomy
  readonly columns?: Partial<Record<ColumnField, ForcedColumn>>
  /** The header's cells when its row is left out of the table (a header below rows of its own body). */
  readonly headerCells?: readonly string[]
}

const fieldsInOrder: readonly Field[] = [
  'title',
  'ref',
  'target',
  'owners',
  'status',
  'pillars',
  'successMeasures',
  'description',
  'section',
  'notes',
]

/**
 * Gives each column of a table a field, from its header words (when there is a header row) and from what its
 * cells hold, with a confidence and the evidence for it. Forced columns (`options.columns`, by header text or
 * 1-based number) always win. Used when no header row names the columns well enough for the synonym match.
 *
 * @example
 * const { map } = assignColumns([['1. Launch a webpage', 'Forum', 'June 2019']], null, 0, { taxonomy })
 * map.fields.get('target') // 2
 */
export function assignColumns(
  table: readonly (readonly string[])[],
  headerIndex: number | null,
  bodyStart: number,
  options: AssignColumnsOptions,
): ColumnAssignment {
  const width = table.reduce((max, row) => Math.max(max, row.length), 0)
  const header = headerIndex === null ? [] : (options.headerCells ?? table[headerIndex] ?? [])
  const headers = Array.from({ length: width }, (_, i) => collapseWhitespace(header[i] ?? ''))
  // Without a header, lone lines above the first row of two or more cells are captions (an intro, a finding):
  // the columns are read from the table that starts there, when it has at least two such rows.
  const firstWide =
    headerIndex === null ? table.findIndex((row, i) => i >= bodyStart && filledCount(row) >= 2) : -1
  const wideRows = firstWide < 0 ? 0 : table.slice(firstWide).filter((row) => filledCount(row) >= 2).length
  const body = table.slice(wideRows >= 2 ? firstWide : bodyStart)
  const profiles = headers.map((_, c) =>
    profileColumn(
      body.map((row) => row[c] ?? ''),
      options.taxonomy,
    ),
  )
  const fields = new Map<ColumnField, number>()
  const explained = new Map<number, ColumnExplanation>()
  const taken = new Set<number>()

  for (const [field, forced] of Object.entries(options.columns ?? {}) as [ColumnField, ForcedColumn][]) {
    if (forced === null || forced === undefined) continue
    const index =
      typeof forced === 'number'
        ? forced - 1
        : headers.findIndex((text) => text.toLowerCase() === String(forced).trim().toLowerCase())
    if (index < 0 || index >= width || taken.has(index)) continue
    fields.set(field, index)
    taken.add(index)
    explainColumn(explained, headers, index, field, 1, 'forced by options.columns')
  }

  // An outline (a nested list pasted as a table): one cell a row, headings in one column and items indented one
  // column to the right. The items are the actions, the headings their section.
  const outline = headerIndex === null && options.columns === undefined ? findOutline(body, profiles) : null
  if (outline !== null) {
    const { heading, item } = outline
    fields.set('title', item)
    fields.set('section', heading)
    taken.add(item)
    taken.add(heading)
    explainColumn(
      explained,
      headers,
      heading,
      'section',
      0.7,
      `an outline: one cell a row; its ${profiles[heading]!.filled} cells head the items indented in column ${item + 1}`,
    )
    explainColumn(
      explained,
      headers,
      item,
      'title',
      0.7,
      `an outline: one cell a row; its ${profiles[item]!.filled} cells are the items under the headings in column ${heading + 1}`,
    )
  }

  // "Milestones" written over the items' numbers and the items beside them: the numbers are the refs, the items the
  // actions.
  const spanned =
    headerIndex !== null && options.columns === undefined && outline === null
      ? actionColumnChoice('numbersBesideUnheadedItems', {
          fields,
          headers,
          profileOf: (index) => profiles[index]!,
          namesOtherField: (text) => {
            const words = scoreHeader(text)
            return (['ref', 'target', 'owners', 'status'] as const).some((f) => (words.get(f) ?? 0) >= 0.6)
          },
        })
      : null
  if (spanned !== null) {
    const { action: items, headed: numbers } = spanned
    fields.set('ref', numbers)
    fields.set('title', items)
    taken.add(numbers)
    taken.add(items)
    const why = `header "${headers[numbers]}" spans the numbers in column ${numbers + 1} and the items beside them, which have no header of their own`
    explainColumn(explained, headers, numbers, 'ref', 0.7, `${why}: the refs`)
    explainColumn(explained, headers, items, 'title', 0.7, `${why}: the actions`)
  }

  // Every (column, field) pair with its score; the best pairs are taken first, one field per column.
  const pairs: { column: number; field: Field; score: number; evidence: string }[] = []
  profiles.forEach((profile, column) => {
    if (profile.filled === 0 || taken.has(column)) return
    const words = scoreHeader(headers[column]!)
    // "Date | Item" over "Ask the council for a second water butt": a header that names only a number ("Item",
    // "No.") over cells that are sentences, none of them a ref, names nothing the cells hold; the cells say what
    // the column is.
    if (refHeaderOverProse(headers[column]!, profile)) words.delete('ref')
    // A header that names one field ("Description", "Comments") makes the cells' look of another field (short
    // phrases that read like names) weaker evidence: the writer said what the column holds. Not so for the loose
    // group words ("Internal Area", "Theme"), which units and pillars alike are written under.
    const named = [...words].some(
      ([field, score]) => score >= 0.6 && field !== 'section' && field !== 'pillars',
    )
    const namedElse = named ? 0.8 : 1
    for (const field of fieldsInOrder) {
      // A share ("Overall %") or a count ("# Weeks") is never the actions' numbering, however bare its numbers; money
      // ("Additional Budget Required": "2012: TBD") is never the target, however many years its cells name.
      // "Urgency 0-high 5-low", "Importance": a scale each row is rated on, never the rows' numbering.
      if (
        field === 'ref' &&
        (percentHeader.test(headers[column]!) ||
          namesCount(headers[column]!) ||
          ratingHeader.test(headers[column]!))
      )
        continue
      if (field === 'target' && moneyHeader.test(headers[column]!)) continue
      const byHeader = words.get(field) ?? 0
      const byContent = contentScore(field, profile)
      const score =
        byHeader > 0
          ? 0.6 * byHeader + 0.4 * Math.max(byContent.score, 0.5)
          : 0.85 * namedElse * byContent.score
      const evidence =
        byHeader > 0
          ? `header "${headers[column]}" names ${field}; ${byContent.evidence}`
          : byContent.evidence
      pairs.push({ column, field, score, evidence })
    }
  })
  // "Responsibility | Accountability": those who do the work own it, however long their posts' titles; those
  // they answer to are kept beside.
  const raci = responsibleOverAccountable(headers)
  if (raci !== null) {
    const owners = (column: number) => pairs.find((p) => p.field === 'owners' && p.column === column)
    const responsible = owners(raci.responsible)
    const accountable = owners(raci.accountable)
    if (responsible !== undefined && accountable !== undefined && responsible.score <= accountable.score) {
      responsible.score = accountable.score + 0.01
      responsible.evidence = `header "${headers[raci.responsible]}" names who does the work, beside "${headers[raci.accountable]}" naming whom they answer to`
    }
  }
  // Without a header, a column of states ("Completed", "Ongoing", "In progress") that names no date at all is the
  // status: the states read as dates only because a target may say them. A column where some cells give a date and
  // the others "Completed" is a timetable, its done rows marked so: still the target.
  if (headerIndex === null && options.columns === undefined) {
    for (const pair of pairs) {
      if (pair.field !== 'target') continue
      const profile = profiles[pair.column]!
      const stateDates = profile.stateDates ?? 0
      if (stateDates === 0 || profile.dates - stateDates > maxDatesAmongStates) continue
      pair.score = 0.85 * Math.max(0, profile.dates - stateDates)
      pair.evidence = `${percent(profile.dates - stateDates)} of cells read as dates`
    }
  }
  // Without a header, a column whose cells open with "By" and a date ("By end of May 2031") states deadlines: the
  // target, before a column of dates alone beside it (the day a step was done or reported).
  if (headerIndex === null && options.columns === undefined) {
    for (const pair of pairs) {
      if (pair.field !== 'target' || pair.score >= byDeadlineScore) continue
      const deadlines = byDeadlineColumn(body.map((row) => row[pair.column] ?? ''))
      if (deadlines === null) continue
      pair.score = byDeadlineScore
      pair.evidence = deadlines
    }
  }
  // Without a header, short phrases alone (a theme's name, a short task) look like names too: the column whose cells
  // read as owner lists (roles, units, people's names) is the owners before any column of merely short cells.
  if (headerIndex === null && options.columns === undefined) {
    for (const pair of pairs) {
      if (pair.field !== 'owners') continue
      const cells = body.map((row) => row[pair.column] ?? '')
      // "High", "Medium", "Low": how urgent each row is, short capitalised words that name no one.
      if (isPriorityColumn(cells)) {
        pair.score = 0
        continue
      }
      const lists = ownerListColumn(cells)
      if (lists !== null) {
        pair.score = Math.max(pair.score, ownerListScore)
        pair.evidence = lists
        continue
      }
      // Long lists of roles ("Director of Estates, Head of HR, co-opted members") read part by part.
      const parts = ownerPartsColumn(cells)
      if (parts === null || pair.score >= ownerPartsScore) continue
      pair.score = ownerPartsScore
      pair.evidence = parts
    }
  }
  // No header row was found, yet the table's first wide row may still be one that names its owners column
  // ("Month | Deliverable | Type | Access | Leader"): among columns of short names, the one that row heads "Leader"
  // or "Owner" holds the owners, not a column of kinds ("Public", "Private") left of it.
  if (headerIndex === null && options.columns === undefined) {
    const first = body.find((row) => filledCount(row) >= 2) ?? []
    for (const pair of pairs) {
      if (pair.field !== 'owners' || profiles[pair.column]!.owners < 0.5) continue
      const label = collapseWhitespace(first[pair.column] ?? '')
      if (label.split(' ').length <= 3 && (scoreHeader(label).get('owners') ?? 0) >= 0.6) {
        pair.score += ownersLabelBonus
        pair.evidence = `its first cell "${label}" names owners; ${pair.evidence}`
      }
    }
  }
  // Without a header, owners are named on the rows they own: a column of short labels, each written once, on at most
  // half the rows the table fills (a group's name over its rows) is weaker evidence of owners than one filled on most.
  if (headerIndex === null && options.columns === undefined) {
    const filledOn = filledOnTableRows(body, width)
    const mostFilled = Math.max(0, ...filledOn)
    for (const pair of pairs) {
      if (pair.field !== 'owners' || filledOn[pair.column]! * 2 > mostFilled) continue
      if (!writtenOnce(body.map((row) => row[pair.column] ?? ''))) continue
      pair.score *= Math.max(sparseOwnersWeight, filledOn[pair.column]! / mostFilled)
    }
  }
  // Without a header, each action is written on its own row: a prose column filled on fewer than half the rows the
  // table fills (a note beside a few items, a legal aside) is weaker evidence of the actions than one filled on most.
  if (headerIndex === null && options.columns === undefined) {
    const filledOn = filledOnTableRows(body, width)
    const mostFilled = Math.max(0, ...filledOn)
    for (const pair of pairs) {
      if (pair.field !== 'title' || filledOn[pair.column]! * 2 >= mostFilled) continue
      pair.score *= filledOn[pair.column]! / mostFilled
    }
  }
  // Without a header, a column whose every cell opens a list of its own at "1." ("1. Agree the rota 2. Buy the
  // seed") holds each row's steps, not numbered actions: its numbers are no more evidence of the action than prose.
  if (headerIndex === null && options.columns === undefined) {
    for (const pair of pairs) {
      if (pair.field !== 'title') continue
      const profile = profiles[pair.column]!
      if (profile.listed - (profile.listedDates ?? 0) < 0.5) continue
      if (!listsInEachCell(body.map((row) => row[pair.column] ?? ''))) continue
      pair.score = 0.85 * Math.min(1, profile.averageWords / 8) * 0.7
      pair.evidence = `each cell a list of its own numbered from "1.": the steps of its row (prose, ${profile.averageWords.toFixed(1)} words a cell)`
    }
  }
  // Without a header, of two columns that read as refs the one whose numbers run in order down the rows ("1", "2",
  // "3"; "WP01", "WP02") numbers the items; the other holds counts or shares ("39", "7"; "100", "25").
  if (headerIndex === null && options.columns === undefined) {
    const refPairs = pairs.filter((pair) => pair.field === 'ref' && pair.score >= 0.35)
    const running = refPairs.filter((pair) => refsRunInOrder(body.map((row) => row[pair.column] ?? '')))
    if (running.length === 1 && refPairs.length > 1) {
      const best = Math.max(...refPairs.map((pair) => pair.score))
      const pair = running[0]!
      if (pair.score < best) {
        pair.score = best + 0.01
        pair.evidence = `no header; its numbers run in order down the rows, as items are numbered (${pair.evidence})`
      }
    }
  }
  // Ties go to the leftmost column: the action is usually left of its details.
  pairs.sort((a, b) => b.score - a.score || a.column - b.column)
  for (const pair of pairs) {
    if (pair.score < 0.35 || taken.has(pair.column) || fields.has(pair.field)) continue
    if (options.columns?.[pair.field] === null) continue
    fields.set(pair.field, pair.column)
    taken.add(pair.column)
    const confidence = Math.round(Math.min(1, pair.score) * 100) / 100
    explainColumn(explained, headers, pair.column, pair.field, confidence, pair.evidence)
  }

  // Without a header, of two columns of dates the later on each row is the target (a deadline after the date it was
  // set, an end after its start); the earlier is kept in extra.
  const earlierDates = fields.get('target')
  const laterDates =
    headerIndex === null && options.columns === undefined && earlierDates !== undefined
      ? laterDateColumn(
          body,
          earlierDates,
          profiles.flatMap((p, c) => (!taken.has(c) && p.filled >= 2 && p.dates >= 0.5 ? [c] : [])),
        )
      : null
  if (earlierDates !== undefined && laterDates !== null) {
    fields.set('target', laterDates)
    taken.add(laterDates)
    taken.delete(earlierDates)
    explained.delete(earlierDates)
    explainColumn(
      explained,
      headers,
      laterDates,
      'target',
      0.7,
      `no header; ${percent(profiles[laterDates]!.dates)} of cells read as dates, later on each row than those of column ${earlierDates + 1}: the target`,
    )
  }
  leftmostNumberedAction(fields, explained, headers, profiles, headerIndex)
  const titleColumn = fields.get('title')
  const besides =
    headerIndex === null && outline === null && options.columns === undefined && titleColumn !== undefined
      ? itemsBesideCommitments(body, titleColumn, fields)
      : null
  if (besides !== null) {
    // The commitment describes its actions: it takes the description unless another column holds it.
    const rightField = [...fields].find(([, column]) => column === besides.actions)?.[0]
    const describedElsewhere = fields.has('description') && rightField !== 'description'
    const commitmentField = describedElsewhere ? (rightField ?? 'notes') : 'description'
    if (rightField !== undefined) fields.delete(rightField)
    fields.set('title', besides.actions)
    fields.set(commitmentField, besides.commitments)
    taken.add(besides.actions)
    const why = `"We will …" commitments beside items that open with a verb`
    explainColumn(explained, headers, besides.actions, 'title', 0.6, `${why}: the items are the actions`)
    explainColumn(
      explained,
      headers,
      besides.commitments,
      commitmentField,
      0.6,
      `${why}: the commitment they serve`,
    )
  }

  // Two columns, no header: an objective beside the actions that serve it, one a line.
  const lines =
    headerIndex === null && options.columns === undefined && outline === null
      ? objectiveBesideActionLines(body, profiles)
      : null
  if (lines !== null) {
    for (const [field, column] of [...fields]) {
      if (column === lines.objective || column === lines.actions) fields.delete(field)
    }
    fields.set('title', lines.actions)
    fields.set('section', lines.objective)
    taken.add(lines.actions)
    taken.add(lines.objective)
    const why = `two columns without a header, most cells of column ${lines.actions + 1} a list of lines beside one short line in column ${lines.objective + 1}`
    explainColumn(explained, headers, lines.actions, 'title', 0.6, `${why}: each line an action`)
    explainColumn(explained, headers, lines.objective, 'section', 0.6, `${why}: the objective they serve`)
  }

  // The cells beat a misleading header: a column whose header names the owners ("Responsibility") but whose
  // cells are sentences, beside a free column of short names or codes ("PD; PAS"), is the action column; the
  // short column is the owners.
  const ownersColumn = fields.get('owners')
  if (
    !fields.has('title') &&
    ownersColumn !== undefined &&
    !explained.get(ownersColumn)?.evidence.startsWith('forced')
  ) {
    const prose = profiles[ownersColumn]!
    const names = profiles.findIndex(
      (p, c) => !taken.has(c) && p.filled > 0 && p.owners >= 0.6 && p.averageWords <= 6 && p.listed === 0,
    )
    if (prose.averageWords >= 8 && prose.owners < 0.3 && names >= 0) {
      const why = `header "${headers[ownersColumn]}" names the owners, but its cells are sentences (${prose.averageWords.toFixed(1)} words a cell)`
      fields.set('title', ownersColumn)
      explainColumn(explained, headers, ownersColumn, 'title', 0.7, `${why}: the action`)
      fields.set('owners', names)
      taken.add(names)
      explainColumn(
        explained,
        headers,
        names,
        'owners',
        0.7,
        `${percent(profiles[names]!.owners)} of cells are short names or codes; ${why}`,
      )
    }
  }

  // A column of bare counts under an action header ("Sub actions": 4) is no action text: the prose is. Nor is a
  // column of priority levels ("Priority": High, Medium).
  const counted = fields.get('title')
  if (
    counted !== undefined &&
    !explained.get(counted)?.evidence.startsWith('forced') &&
    (isCountColumn(body.map((row) => row[counted] ?? '')) ||
      isPriorityColumn(body.map((row) => row[counted] ?? '')))
  ) {
    fields.delete('title')
    explained.delete(counted)
  }
  const uncounted = counted !== undefined && !fields.has('title') ? counted : null

  // A page of lines whose lead-in names the list below as the work ("We will:", "Planned outputs:") holds the
  // actions in its one column, however short its lines read: they are no names. So does a page whose lines mostly
  // open with an instruction's verb ("Review the local plan", "Recruit volunteers") under short headings.
  const onlyColumn =
    profiles.filter((p) => p.filled > 0).length === 1 ? profiles.findIndex((p) => p.filled > 0) : -1
  const onlyColumnHolds =
    fields.has('title') || onlyColumn < 0 || headerIndex !== null || options.columns !== undefined
      ? null
      : rowsOutsideNamedActionLists(table, bodyStart) !== null
        ? 'one column of lines, a lead-in naming the list below it as the work ("We will:", "Actions:"): the actions'
        : verbLedLinesUnderHeadings(table, bodyStart, onlyColumn, new Set()).length > 0
          ? 'one column of lines, most of them opening with an instruction\'s verb ("Review …", "Recruit …"): the actions'
          : null
  if (onlyColumnHolds !== null) {
    for (const [field, column] of [...fields]) if (column === onlyColumn) fields.delete(field)
    fields.set('title', onlyColumn)
    taken.add(onlyColumn)
    explainColumn(explained, headers, onlyColumn, 'title', 0.6, onlyColumnHolds)
  }

  // "Milestone | Exit criteria": once the milestones are the steps, the column whose header names the measures
  // ("Exit criteria", "Evidence"), given another field by its cells' look only (short phrases read as names), holds
  // what shows each milestone met.
  const measuresBesideMilestones = (milestone: number) => {
    if (options.columns !== undefined) return
    const measures = headers.findIndex(
      (header, c) => c !== milestone && (scoreHeader(header).get('successMeasures') ?? 0) >= 1,
    )
    if (measures < 0 || profiles[measures]!.filled === 0) return
    const was = [...fields].find(([, column]) => column === measures)?.[0]
    if (was === 'id' || was === 'targetColumn') return
    if (was !== undefined && (scoreHeader(headers[measures]!).get(was) ?? 0) > 0) return
    if (was !== undefined) fields.delete(was)
    fields.set('successMeasures', measures)
    taken.add(measures)
    explainColumn(
      explained,
      headers,
      measures,
      'successMeasures',
      0.7,
      `header "${headers[measures]}" names the measures, beside the milestones that are the steps`,
    )
  }

  // A table always has an action column: numbered sentences under a "Milestone" header, else the longest prose.
  const milestones = fields.has('title') ? null : numberedMilestoneColumn(fields, profiles)
  if (milestones !== null) {
    fields.delete(milestones.field)
    fields.set('title', milestones.column)
    explainColumn(
      explained,
      headers,
      milestones.column,
      'title',
      0.6,
      `header "${headers[milestones.column]}" reads as ${milestones.field}, but no column names the action and its cells are numbered sentences (${profiles[milestones.column]!.averageWords.toFixed(1)} words a cell): the actions`,
    )
  }
  if (!fields.has('title')) {
    let best = -1
    profiles.forEach((p, c) => {
      // Single words and numbers (a count, a share) are no action text.
      if (taken.has(c) || p.filled === 0 || p.averageWords < 2) return
      // "Yes - agreed", "No": answers to the header's question, whatever words follow them, are no action text.
      if (answersYesOrNo(body.map((row) => row[c] ?? ''))) return
      if (best < 0 || p.averageWords > profiles[best]!.averageWords) best = c
    })
    // Failing any free column, a prose column whose header gave it a weaker field ("Concordat Principle/Cardiff
    // focus", read as a section) when its cells are filled on as many rows as any other column's.
    // Rows of one cell (a footer, a page number, a heading) are not the table's rows and are not counted.
    let milestone: number | null = null
    if (best < 0) {
      const filledOn = filledOnTableRows(body, profiles.length)
      const mostFilled = Math.max(...filledOn)
      // First, a schedule's "Milestone" column beside its comments: each milestone names the step.
      milestone = milestoneNamesWork(
        fields,
        headers,
        filledOn,
        profiles.map((p) => p.averageWords),
      )
      if (milestone !== null) {
        fields.delete('successMeasures')
        taken.delete(milestone)
        best = milestone
        measuresBesideMilestones(milestone)
      }
      // Last, "Measure" over the measures a timetable proposes: with no action column, the measures are the actions.
      for (const weaker of ['section', 'description', 'notes', 'successMeasures'] as const) {
        if (best >= 0) break
        const column = fields.get(weaker)
        // Single words ("Survive", a section's name) are no action text: the next weaker field may hold it.
        if (column === undefined || filledOn[column]! < mostFilled || profiles[column]!.averageWords < 2)
          continue
        fields.delete(weaker)
        taken.delete(column)
        best = column
        break
      }
    }
    // Failing all, short task names read as names beside their status and date: they are the tasks.
    const ownersColumn = fields.get('owners')
    const named =
      best < 0
        ? tasksReadAsNames(
            fields,
            ownersColumn === undefined ? [] : body.map((row) => row[ownersColumn] ?? ''),
          )
        : null
    if (named !== null) {
      fields.delete('owners')
      taken.delete(named)
      best = named
    }
    // Single words and numbers are no action text: such a table is not a plan (a weather log, a price list).
    if (best >= 0 && profiles[best]!.averageWords >= 2) {
      fields.set('title', best)
      taken.add(best)
      explainColumn(
        explained,
        headers,
        best,
        'title',
        named === null && milestone === null ? 0.3 : 0.5,
        milestone !== null
          ? `header "${headers[best]}" names the milestones and no column names the action: each milestone is a step`
          : named === null
            ? `the longest prose column (${profiles[best]!.averageWords.toFixed(1)} words a cell)`
            : fields.has('status') || (fields.has('ref') && !fields.has('target'))
              ? `short task names beside a status column (${profiles[best]!.averageWords.toFixed(1)} words a cell), read as the tasks, not as owners`
              : `short milestone names beside their dates (${profiles[best]!.averageWords.toFixed(1)} words a cell), read as the steps of a schedule, not as owners`,
      )
    }
  }

  // Without a header, the column taken for the action by its cells' length may hold their context (an issue, an
  // objective) beside a prose column whose cells open as things to do ("Review …", "HR staff to update …"): those
  // are the actions, and the context column tells what they serve.
  const contextColumn = fields.get('title')
  const instructions =
    headerIndex === null &&
    options.columns === undefined &&
    outline === null &&
    lines === null &&
    besides === null &&
    contextColumn !== undefined
      ? instructionColumnBesideContext(body, contextColumn, fields)
      : null
  if (instructions !== null) {
    const { actions, context } = instructions
    const actionsField = [...fields].find(([, column]) => column === actions)?.[0]
    if (actionsField !== undefined) fields.delete(actionsField)
    fields.set('title', actions)
    taken.add(actions)
    const once = writtenOnce(body.map((row) => row[context] ?? ''))
    const contextField: ColumnField | undefined =
      once && !fields.has('section')
        ? 'section'
        : (actionsField ?? (['description', 'notes'] as const).find((f) => !fields.has(f)))
    const why = `no header; most cells of column ${actions + 1} open as things to do ("Review …"), few of column ${context + 1}`
    explainColumn(explained, headers, actions, 'title', 0.6, `${why}: the actions`)
    if (contextField === undefined) {
      taken.delete(context)
      explained.delete(context)
    } else {
      fields.set(contextField, context)
      explainColumn(explained, headers, context, contextField, 0.6, `${why}: what they serve`)
    }
  }

  // An export of issues without a header: the column taken for the action by its length holds the bodies; each
  // issue's one-line title is the action, its body the description.
  const issues =
    headerIndex === null && options.columns === undefined && outline === null && lines === null
      ? issueTitleBesideBody(body, fields)
      : null
  if (issues !== null) {
    const why = `no header; the rows are issues (refs such as "owner/repo#12")`
    titleBesideFormerTitle(
      { fields, taken, explained, headers },
      issues.title,
      issues.body,
      `${why}: one line a cell, each issue's title`,
      () => `${why}, column ${issues.title + 1} their one-line titles, this column their bodies`,
    )
  }

  // Without a header, the column taken for the action by its length may hold what is said of each item (a
  // description, a comment, progress) while a column of one-line names left of it names the items: the names are
  // the actions, the long cells their description.
  const itemNames =
    headerIndex === null &&
    options.columns === undefined &&
    outline === null &&
    lines === null &&
    besides === null &&
    instructions === null &&
    issues === null
      ? namesBesideLongerNotes(body, fields, (column) => {
          const p = profiles[column]!
          return p.dates < 0.5 && p.refs < 0.5 && p.statuses < 0.5 && p.listed < 0.5
        })
      : null
  if (itemNames !== null) {
    const why = `no header; column ${itemNames.names + 1} names each item in a line, column ${itemNames.notes + 1} says more of it and seldom opens as a thing to do`
    titleBesideFormerTitle(
      { fields, taken, explained, headers },
      itemNames.names,
      itemNames.notes,
      `${why}: the names are the actions`,
      (field) => `${why}: its ${field}`,
    )
  }

  // "Workplan theme | Ref | Key Milestones": a theme a row beside its stacked lettered milestones is the action.
  const stackedColumn = fields.get('title')
  const theme =
    stackedColumn === undefined || options.columns !== undefined || outline !== null || lines !== null
      ? null
      : themeOverStackedMilestones(
          body,
          stackedColumn,
          headers.flatMap((_, c) => {
            const field = [...fields].find(([, column]) => column === c)?.[0]
            return field === undefined || field === 'pillars' || field === 'section' ? [c] : []
          }),
        )
  if (stackedColumn !== undefined && theme !== null) {
    const themeField = [...fields].find(([, column]) => column === theme)?.[0]
    if (themeField !== undefined) fields.delete(themeField)
    fields.set('title', theme)
    taken.add(theme)
    const milestoneField = (['successMeasures', 'description', 'notes'] as const).find((f) => !fields.has(f))
    if (milestoneField === undefined) taken.delete(stackedColumn)
    else fields.set(milestoneField, stackedColumn)
    const why = `the cells of "${headers[stackedColumn]}" stack lettered milestones beside one theme a row in "${headers[theme]}"`
    explainColumn(explained, headers, theme, 'title', 0.7, `${why}: the theme is the action`)
    if (milestoneField === undefined) explained.delete(stackedColumn)
    else explainColumn(explained, headers, stackedColumn, milestoneField, 0.7, `${why}: its milestones`)
  }

  // An objective written once over the rows below it, the actions in a prose column right of it (as
  // refineColumnMap reads it when the header words alone found the columns).
  const underGroupLabel =
    options.columns === undefined && outline === null
      ? readActionsUnderGroupLabel(fields, explained, headers, body)
      : false

  // "Item | What | By whom": the column its header reads as the ref holds the names of the work, the action column
  // beside it says what doing it takes (as refineColumnMap reads it when the header words alone found the columns).
  const citedRef = fields.get('ref')
  const itemColumn =
    headerIndex === null ||
    options.columns !== undefined ||
    outline !== null ||
    underGroupLabel ||
    (citedRef !== undefined && holdsCitations(body, citedRef))
      ? null
      : actionColumnChoice('stepsBesideItems', {
          fields,
          headers,
          profileOf: (index) => profiles[index]!,
          actionNamedByHeader: !namesWorkByItem(headers, fields),
        })
  if (itemColumn !== null) {
    const { action: item, headed: steps } = itemColumn
    fields.delete('ref')
    fields.set('title', item)
    const described = !fields.has('description')
    if (described) fields.set('description', steps)
    else taken.delete(steps)
    const why = `header "${headers[item]}" reads as a ref, but its cells name the work beside "${headers[steps]}"`
    explainColumn(explained, headers, item, 'title', 0.7, `${why}: the item is the action`)
    if (described)
      explainColumn(
        explained,
        headers,
        steps,
        'description',
        0.7,
        `says what the item takes: its description`,
      )
  }

  // Without a header, a column left of the actions whose short labels are each written once over the rows below them
  // (a merged cell in the source) names each group of actions: their section.
  const groupLabels =
    headerIndex === null && options.columns === undefined && outline === null && !fields.has('section')
      ? groupLabelColumn(body, fields.get('title'), taken)
      : null
  if (groupLabels !== null) {
    fields.set('section', groupLabels)
    taken.add(groupLabels)
    explainColumn(
      explained,
      headers,
      groupLabels,
      'section',
      0.6,
      'no header; each label written once over the actions below it: the group they belong to',
    )
  }

  // The counts are kept verbatim in extra, once the action is found.
  if (uncounted !== null && fields.get('title') !== uncounted) taken.delete(uncounted)

  // "# | (no header) | Deliverable": printed codes beside a running count are the refs (as refineColumnMap reads
  // them when the header words alone found the columns).
  const printedCodes =
    headerIndex === null || options.columns !== undefined || outline !== null || lines !== null
      ? null
      : codedRefBesideRowCount(
          fields,
          headers.flatMap((_, index) => (taken.has(index) || profiles[index]!.filled === 0 ? [] : [index])),
          body,
          headers,
        )
  if (printedCodes !== null) {
    const count = fields.get('ref')!
    fields.set('ref', printedCodes)
    taken.add(printedCodes)
    taken.delete(count)
    explained.delete(count)
    const why = `every action row carries a code of its own such as "${body.find((row) => (row[printedCodes] ?? '').trim() !== '')?.[printedCodes]}" beside a running count in column ${count + 1}: the codes are the refs`
    explainColumn(explained, headers, printedCodes, 'ref', 0.8, why)
  }

  const numbered = holdsNumberedList(body, width)
  const { peelFrom, grouped } = applyPeel(fields, taken, explained, profiles, headers, width, numbered)
  const extra: ExtraColumn[] = []
  headers.forEach((text, index) => {
    if (taken.has(index) || profiles[index]!.filled === 0) return
    const name = text === '' ? `Column ${index + 1}` : text
    extra.push({ index, name })
    explained.set(index, {
      column: index + 1,
      header: text,
      field: 'extra',
      confidence: 1,
      evidence: 'no field fits its header or cells; kept verbatim in extra',
    })
  })
  const paddedHeaders = [...headers, '']
  return {
    map: { fields, flags: [], years: [], blocks: [], extra, headers: paddedHeaders },
    explanations: [...explained.values()].sort((a, b) => a.column - b.column),
    peelFrom,
    grouped: grouped || underGroupLabel,
    ...(outline === null ? {} : { outline: true }),
    ...(lines === null ? {} : { actionLines: true }),
  }
}

/**
 * The heading and item columns of an outline: every body row holds at most one cell, only two columns hold
 * any, side by side, and the right one (the items) holds more cells than the left (the headings) and at least
 * two. Null for any other table.
 */
function findOutline(
  body: readonly (readonly string[])[],
  profiles: readonly ColumnProfile[],
): { heading: number; item: number } | null {
  const used = profiles.flatMap((p, c) => (p.filled > 0 ? [c] : []))
  if (used.length !== 2) return null
  const [heading, item] = used as [number, number]
  if (
    item !== heading + 1 ||
    profiles[item]!.filled < 2 ||
    profiles[item]!.filled <= profiles[heading]!.filled
  )
    return null
  for (const row of body) if (hasText(row[heading] ?? '') && hasText(row[item] ?? '')) return null
  return { heading, item }
}

/** Where refs are peeled from, when the table has no ref column: see {@link assignColumns}. */
/** Records why column `index` was given `field`, for the import's explanation. */
/**
 * Makes `title` the action column and moves the column read as the action until now (`former`) to the description,
 * or to the notes when the description is taken; when both are, `former` is left unread. Both moves are explained
 * with confidence 0.6 (a reading from content alone).
 *
 * @example
 * // Without a header, column 1 names each item and column 2 (taken for the action by its length) describes it:
 * titleBesideFormerTitle(state, 0, 1, 'the names are the actions', (field) => `its ${field}`)
 */
function titleBesideFormerTitle(
  state: {
    readonly fields: Map<ColumnField, number>
    readonly taken: Set<number>
    readonly explained: Map<number, ColumnExplanation>
    readonly headers: readonly string[]
  },
  title: number,
  former: number,
  titleWhy: string,
  formerWhy: (field: 'description' | 'notes') => string,
): void {
  const { fields, taken, explained, headers } = state
  const was = [...fields].find(([, column]) => column === title)?.[0]
  if (was !== undefined) fields.delete(was)
  fields.set('title', title)
  taken.add(title)
  explainColumn(explained, headers, title, 'title', 0.6, titleWhy)
  const field = (['description', 'notes'] as const).find((f) => !fields.has(f))
  if (field === undefined) {
    taken.delete(former)
    explained.delete(former)
  } else {
    fields.set(field, former)
    explainColumn(explained, headers, former, field, 0.6, formerWhy(field))
  }
}

function explainColumn(
  explained: Map<number, ColumnExplanation>,
  headers: readonly string[],
  index: number,
  field: ColumnExplanation['field'],
  confidence: number,
  evidence: string,
): void {
  explained.set(index, { column: index + 1, header: headers[index]!, field, confidence, evidence })
}

/**
 * Without a header, two columns of numbered items ("1. Make sure staff know why …" beside "1. A true picture of
 * …"): the action is the leftmost, and the numbered column right of it holds its outcomes or measures. Swaps
 * the two columns' fields when the content scores put the action on the right one.
 */
function leftmostNumberedAction(
  fields: Map<ColumnField, number>,
  explained: Map<number, ColumnExplanation>,
  headers: readonly string[],
  profiles: readonly ColumnProfile[],
  headerIndex: number | null,
): void {
  const right = fields.get('title')
  if (headerIndex !== null || right === undefined || profiles[right]!.listed < 0.5) return
  const forced = (column: number) => explained.get(column)?.evidence.startsWith('forced') === true
  if (forced(right)) return
  const left = profiles.findIndex(
    (p, c) =>
      c < right &&
      p.listed >= 0.5 &&
      p.averageWords >= 4 &&
      p.filled >= profiles[right]!.filled &&
      !forced(c),
  )
  if (left < 0) return
  const leftField = [...fields].find(([, column]) => column === left)?.[0]
  if (leftField === undefined) return
  fields.set('title', left)
  fields.set(leftField, right)
  const why = `both columns ${left + 1} and ${right + 1} hold numbered items: the leftmost is the action`
  explainColumn(
    explained,
    headers,
    left,
    'title',
    0.6,
    `${percent(profiles[left]!.listed)} of cells start with a number or bullet; ${why}`,
  )
  explainColumn(
    explained,
    headers,
    right,
    leftField,
    0.5,
    `${percent(profiles[right]!.listed)} of cells start with a number or bullet; ${why}, this its ${leftField}`,
  )
}

/**
 * A one-column page whose numbered list is outnumbered by its prose still has refs to peel, whether its column
 * was found by its cells or named by its header ("Action items" over a few unnumbered lines, then "1. …", "2. …");
 * so has one whose items are numbered "(i)", "(ii)" under a lead-in ending in a colon.
 */
function holdsNumberedList(body: readonly (readonly string[])[], width: number): boolean {
  return (
    width === 1 &&
    (hasNumberedList(body.map((row) => row[0] ?? '')) || romanItemsUnderLeadIn(body, 0, 0).size >= 2)
  )
}

/** "Evaluation Recommendation", "Recommendations", "Audit recommendation": a header naming the recommendations. */
const recommendationHeader = /\brecommendations?\s{0,3}$/i

function applyPeel(
  fields: Map<ColumnField, number>,
  taken: Set<number>,
  explained: Map<number, ColumnExplanation>,
  profiles: readonly ColumnListing[],
  headers: readonly string[],
  width: number,
  /** The action column holds a numbered list ({@link hasNumberedList}), however few its numbered lines. */
  numberedList = false,
): { peelFrom: number | null; grouped: boolean } {
  // Refs typed at the start of a cell ("1.2 Set up…", "5.3 To continue…") when there is no ref column: peel
  // them from the leftmost column that has them, the action column or a group label left of it.
  let peelFrom: number | null = null
  let grouped = false
  const titleIndex = fields.get('title')
  if (!fields.has('ref') && titleIndex !== undefined) {
    // The action column itself first; failing that, a group label left of it.
    const order = [titleIndex, ...Array.from({ length: titleIndex }, (_, c) => c)]
    // A column headed as the date, left of the action ("Date" over "2 March 2027"), starts with a day, not a ref.
    const dated = fields.get('target')
    const datedByHeader =
      dated !== undefined && (scoreHeader(headers[dated] ?? '').get('target') ?? 0) >= 2 / 3
    for (const c of order) {
      if (c === dated && datedByHeader) continue
      const p = profiles[c]!
      // The action column of a list may hold section headings between its numbered items.
      const enough =
        c === titleIndex ? (p.listed >= 0.4 && p.listed * p.filled >= 2) || numberedList : p.listed >= 0.6
      // "20.08 Libraries freeze", "20.08 Charm freeze": one number opening every action alike names the release, not
      // the rows (a group label left of them repeats its number on every row it spans, as a merged cell does).
      if (p.filled === 0 || !enough || (c === titleIndex && p.oneRef === true)) continue
      peelFrom = c
      const titleFilled = profiles[titleIndex]!.filled
      grouped = c !== titleIndex && p.filled < titleFilled
      break
    }
  }
  // "1) Develop guidelines for … | Agree | PPB will develop … | PPB March 2027": a numbered recommendation on every
  // row beside the plan that answers it is what is tracked; the plan describes it.
  if (
    peelFrom !== null &&
    titleIndex !== undefined &&
    peelFrom !== titleIndex &&
    !grouped &&
    !fields.has('description') &&
    recommendationHeader.test(headers[peelFrom] ?? '')
  ) {
    const previous = [...fields].find(([, column]) => column === peelFrom)
    if (previous) fields.delete(previous[0])
    fields.set('description', titleIndex)
    fields.set('title', peelFrom)
    taken.add(peelFrom)
    explainColumn(
      explained,
      headers,
      peelFrom,
      'title',
      0.7,
      'numbered recommendations, one a row: what is tracked, the plan beside each its description',
    )
    explainColumn(
      explained,
      headers,
      titleIndex,
      'description',
      0.7,
      `the plan that answers the numbered recommendation in column ${peelFrom + 1}`,
    )
  } else if (peelFrom !== null && peelFrom !== titleIndex) {
    // The column the refs are peeled from is a group label: its text is the section.
    const previous = [...fields].find(([, column]) => column === peelFrom)
    if (previous) fields.delete(previous[0])
    fields.set('section', peelFrom)
    taken.add(peelFrom)
    explainColumn(
      explained,
      headers,
      peelFrom,
      'section',
      0.7,
      grouped
        ? `refs at the start of its cells, written once per group of rows: the group label, inherited by the rows below`
        : `refs at the start of its cells`,
    )
  }
  if (peelFrom !== null) {
    fields.set('ref', width)
    explained.set(width, {
      column: width + 1,
      header: '(ref)',
      field: 'ref',
      confidence: 0.8,
      evidence: `refs peeled from the start of column ${peelFrom + 1}`,
    })
  }

  return { peelFrom, grouped }
}

/**
 * Refines a mapping read from header words alone ({@link mapColumns}) with what the cells hold: a column whose
 * header only hints at the action ("Objective") gives way to one that names it ("Actions and outputs"), and
 * refs typed at the start of cells are peeled into a ref column when there is none.
 *
 * @example
 * refineColumnMap(rows, 1, mapColumns(rows[0], 1, { taxonomy })!.map, technicianCommitment).map.fields.get('ref')
 */
export function refineColumnMap(
  table: readonly (readonly string[])[],
  bodyStart: number,
  map: ColumnMap,
  taxonomy: Taxonomy,
  explanations: readonly ColumnExplanation[],
  /** True when the caller forced columns: then no other column is given a field by its words. */
  forced = false,
): ColumnAssignment {
  const width = Math.max(
    map.headers.length,
    table.reduce((max, row) => Math.max(max, row.length), 0),
  )
  const body = table.slice(bodyStart)
  // The header names the fields; the cells are read to catch a header they contradict, and for peeling. With
  // columns forced, only their refs and bullets are read.
  const itemRows = itemRowsOfBody(body, map.headers)
  const listings: readonly ColumnListing[] = Array.from({ length: width }, (_, c) =>
    listColumn(itemRows.map((row) => row[c] ?? '')),
  )
  // The full reading of a column (every parser on its sample) only where a header is checked against its cells.
  const profiled = new Map<number, ColumnProfile>()
  // What a column holds is judged on the table's own rows: a heading row of one cell ("PART II - …") and the header
  // repeated after it are structure, not cells of the column.
  const rowsOfTable = width < 2 ? body : tableRows(body, map.headers)
  const profileOf = (index: number): ColumnProfile => {
    let profile = profiled.get(index)
    if (profile === undefined) {
      profile = profileColumn(
        rowsOfTable.map((row) => row[index] ?? ''),
        taxonomy,
      )
      profiled.set(index, profile)
    }
    return profile
  }
  const cellsOf = (index: number) => rowsOfTable.map((row) => row[index] ?? '')
  const headers = Array.from({ length: width }, (_, i) => collapseWhitespace(map.headers[i] ?? ''))
  const fields = new Map(map.fields)
  const explained = new Map(explanations.map((e) => [e.column - 1, e] as const))
  let extra = [...map.extra]
  // An objective worded as a task beside a cell of its steps ({@link objectiveOverSteps}) names the action.
  const readObjectiveAsAction = (objective: number, steps: number): void => {
    const field = (['description', 'notes'] as const).find((f) => !fields.has(f))
    fields.set('title', objective)
    extra = extra.filter((column) => column.index !== objective)
    if (field === undefined) extra.push({ index: steps, name: headers[steps] || `Column ${steps + 1}` })
    else fields.set(field, steps)
    explainColumn(
      explained,
      headers,
      objective,
      'title',
      0.7,
      `each cell one task, filled on every row beside the one or two steps in "${headers[steps]}": the action`,
    )
    explainColumn(explained, headers, steps, field ?? 'extra', 0.7, 'the steps of the objective beside them')
  }
  const title = fields.get('title')
  if (
    !forced &&
    title !== undefined &&
    ((scoreHeader(headers[title]!).get('title') ?? 0) < 1 || yieldsToActionColumn(headers[title]!, headers))
  ) {
    // A column whose header names the action but whose cells are only its numbers ("Activity 2.1b" under
    // "Specific actions") does not hold the action: the column beside it still does.
    const better = extra.find(
      (column) =>
        (scoreHeader(headers[column.index]!).get('title') ?? 0) >= 1 && !holdsRefs(profileOf(column.index)),
    )
    if (better !== undefined) {
      fields.set('title', better.index)
      extra = extra.filter((column) => column.index !== better.index)
      extra.push({ index: title, name: headers[title] || `Column ${title + 1}` })
      explainColumn(
        explained,
        headers,
        better.index,
        'title',
        0.9,
        `header "${headers[better.index]}" names the action; "${headers[title]}" only hints at it`,
      )
      explainColumn(
        explained,
        headers,
        title,
        'extra',
        0.8,
        'kept verbatim in extra: another column names the action',
      )
      if (objectiveOverSteps(title, better.index, body)) readObjectiveAsAction(title, better.index)
    }
  }
  // "Issue | Specific Project / Objectives | Progress": the objective beside the issue is the action.
  const issue = fields.get('title')
  const answer =
    forced || issue === undefined
      ? null
      : actionBesideIssueColumn(
          headers,
          issue,
          extra.map((column) => column.index),
          (index) => (scoreHeader(headers[index]!).get('title') ?? 0) > 0,
          (index) => profileOf(index).averageWords,
        )
  if (issue !== undefined && answer !== null) {
    fields.set('title', answer)
    extra = extra.filter((column) => column.index !== answer)
    const why = `header "${headers[answer]}" hints at the action and its cells are longer than the issues in "${headers[issue]}"`
    explainColumn(explained, headers, answer, 'title', 0.8, `${why}: the action`)
    if (fields.has('description')) extra.push({ index: issue, name: headers[issue] || `Column ${issue + 1}` })
    else fields.set('description', issue)
    const field = fields.get('description') === issue ? 'description' : 'extra'
    explainColumn(explained, headers, issue, field, 0.8, `${why}: the issue the action answers`)
  }
  // "Project Name | DRI | Description": the short name beside the description taken for the action is the item.
  // "What | When | Status | Actions": the "What" column names the work, the "Actions" the steps taken on it.
  const itemBesideDescription = [
    {
      holds: 'descriptionBesideName',
      why: (item: number, described: number) =>
        `header "${headers[item]}" names each item, its cells shorter than the descriptions in "${headers[described]}"`,
    },
    {
      holds: 'stepsBesideWhat',
      why: (item: number, described: number) =>
        `header "${headers[item]}" names the work, "${headers[described]}" the steps taken on it`,
    },
  ] as const
  for (const { holds, why: whyOf } of itemBesideDescription) {
    const choice = forced
      ? null
      : actionColumnChoice(holds, {
          fields,
          headers,
          profileOf,
          cellsOf,
          free: extra.map((column) => column.index),
        })
    if (choice === null) continue
    const { action: item, headed: described } = choice
    fields.set('title', item)
    fields.set('description', described)
    extra = extra.filter((column) => column.index !== item)
    const why = whyOf(item, described)
    explainColumn(explained, headers, item, 'title', 0.8, `${why}: the action`)
    explainColumn(explained, headers, described, 'description', 0.8, `${why}: its description`)
  }
  // Columns the synonym list missed but whose words name a field ("Person(s) responsible", "By when").
  for (const column of forced ? [] : [...extra]) {
    const words = scoreHeader(headers[column.index]!)
    const field =
      fieldsInOrder.find((f) => (words.get(f) ?? 0) >= 1 && !fields.has(f)) ??
      secondNamedField(words, new Set(fields.keys())) ??
      undefined
    if (field === undefined) continue
    fields.set(field, column.index)
    extra = extra.filter((e) => e.index !== column.index)
    explainColumn(
      explained,
      headers,
      column.index,
      field,
      0.8,
      `header "${headers[column.index]}" names ${field}`,
    )
  }
  if (!forced) extra = reassignByCells(fields, extra, explained, profileOf, headers)
  const outcome = forced ? null : outcomeColumnOfStatuses(fields, headers, profileOf)
  if (outcome !== null) {
    fields.delete('successMeasures')
    fields.set('status', outcome)
    const why = `${percent(profileOf(outcome).statuses)} of its cells read as statuses ("Pending", "Actioned")`
    explainColumn(explained, headers, outcome, 'status', 0.7, `header "${headers[outcome]}", but ${why}`)
  }
  const milestones = forced ? null : milestoneColumnOfDates(fields, profileOf, headers)
  if (milestones !== null) {
    fields.delete('successMeasures')
    fields.set('target', milestones)
    const why = `${percent(profileOf(milestones).dates)} of its cells read as dates`
    explainColumn(
      explained,
      headers,
      milestones,
      'target',
      0.7,
      `header "${headers[milestones]}", but ${why}`,
    )
  }
  if (!forced) extra = readTargetByCells(fields, extra, explained, profileOf, headers)
  // Owners and statuses under headers of the plan's own ("Contact", "Stage"), read from their cells.
  const unmapped = () => extra.map((column) => ({ index: column.index, name: headers[column.index] ?? '' }))
  for (const [field, found] of forced
    ? []
    : ([
        // "Not Started", "On Hold": two capitalised words read as a name, but a column of them is the status.
        [
          'owners',
          ownersColumnByCells(
            fields,
            unmapped().filter((column) => profileOf(column.index).statuses < statusShare),
            cellsOf,
            namesPresent(table),
          ),
        ],
        ['status', statusColumnByCells(fields, unmapped(), profileOf)],
      ] as const)) {
    if (found === null || !extra.some((column) => column.index === found.index)) continue
    fields.set(field, found.index)
    extra = extra.filter((column) => column.index !== found.index)
    explainColumn(explained, headers, found.index, field, 0.7, found.evidence)
  }
  if (!forced) extra = readCodeColumnAsRef(fields, extra, explained, headers, body, profileOf)
  const printedCodes = forced
    ? null
    : codedRefBesideRowCount(
        fields,
        extra.map((column) => column.index),
        body,
        headers,
      )
  if (printedCodes !== null) {
    const count = fields.get('ref')!
    fields.set('ref', printedCodes)
    extra = [
      ...extra.filter((column) => column.index !== printedCodes),
      { index: count, name: headers[count] || `Column ${count + 1}` },
    ].sort((a, b) => a.index - b.index)
    const why = `every action row carries a code of its own such as "${body.find((row) => (row[printedCodes] ?? '').trim() !== '')?.[printedCodes]}" beside a running count in column ${count + 1}: the codes are the refs`
    explainColumn(explained, headers, printedCodes, 'ref', 0.8, why)
    explainColumn(explained, headers, count, 'extra', 0.7, `counts the rows 1, 2, 3 …: kept in extra`)
  }
  const datedTarget = forced
    ? null
    : datedTargetColumn(
        fields,
        extra,
        profileOf,
        (index) => (scoreHeader(headers[index]!).get('target') ?? 0) >= 1,
      )
  if (datedTarget !== null) {
    const prose = fields.get('target')!
    fields.set('target', datedTarget)
    extra = extra.filter((column) => column.index !== datedTarget)
    explainColumn(
      explained,
      headers,
      datedTarget,
      'target',
      0.8,
      `header "${headers[datedTarget]}" names the target and ${percent(profileOf(datedTarget).dates)} of its cells read as dates`,
    )
    // The prose column is the field its own header words name first ("Target / Measure" → success measures).
    const named = fieldsInOrder.find((f) => (scoreHeader(headers[prose]!).get(f) ?? 0) >= 1 && !fields.has(f))
    if (named !== undefined) fields.set(named, prose)
    else extra.push({ index: prose, name: headers[prose] || `Column ${prose + 1}` })
    explainColumn(
      explained,
      headers,
      prose,
      named ?? 'extra',
      0.7,
      `header "${headers[prose]}" could name the target, but its cells are prose: ${named === undefined ? 'kept in extra' : `read as ${named}`}`,
    )
  }
  const refColumn = forced ? null : refColumnUnderSectionHeader(fields, profileOf)
  if (refColumn !== null) {
    fields.delete('section')
    fields.set('ref', refColumn)
    explainColumn(
      explained,
      headers,
      refColumn,
      'ref',
      0.8,
      `header "${headers[refColumn]}" hints at a group label, but ${percent(profileOf(refColumn).refs)} of its cells are refs such as "1.2" or "AP3"`,
    )
  }
  const codedRefColumn = forced ? null : refColumnUnderPillarHeader(fields, body)
  if (codedRefColumn !== null) {
    fields.delete('pillars')
    fields.set('ref', codedRefColumn)
    const why = `header "${headers[codedRefColumn]}" names pillars, but its cells are distinct coded refs such as "A 0.1"`
    explainColumn(explained, headers, codedRefColumn, 'ref', 0.8, why)
  }
  // A column that named the action before another took its place: the description, or kept in extra when the plan
  // has a description already.
  const demoteToDescription = (column: number, why: string): void => {
    if (fields.has('description'))
      extra.push({ index: column, name: headers[column] || `Column ${column + 1}` })
    else fields.set('description', column)
    const field = fields.get('description') === column ? 'description' : 'extra'
    explainColumn(explained, headers, column, field, 0.7, why)
  }
  const objectives = forced
    ? null
    : objectivesWithoutActions(
        fields,
        extra,
        body,
        profileOf,
        (index) => (scoreHeader(headers[index]!).get('title') ?? 0) > 0,
      )
  if (objectives !== null) {
    const steps = fields.get('title')!
    fields.set('title', objectives)
    extra = extra.filter((column) => column.index !== objectives)
    const why = `filled on every row, some objectives with no actions written beside them`
    explainColumn(explained, headers, objectives, 'title', 0.7, `${why}: the objectives are the plan's items`)
    demoteToDescription(steps, `the steps of the objective in column ${objectives + 1}: its description`)
  }
  // "Item | Action" where the items only name a subject and the action cells say in sentences what is to be done:
  // the action stays where the header put it, and the subjects, no refs, are kept in extra.
  const subjects = forced ? null : subjectsBesideSentences(fields, headers, profileOf, cellsOf)
  if (subjects !== null) {
    fields.delete('ref')
    extra.push({ index: subjects, name: headers[subjects] || `Column ${subjects + 1}` })
    const why = `header "${headers[subjects]}" reads as a ref, but its cells only name what each row is about, beside sentences saying what is to be done`
    explainColumn(explained, headers, subjects, 'extra', 0.7, why)
  }
  const citedRef = fields.get('ref')
  const itemColumn =
    forced || (citedRef !== undefined && holdsCitations(body, citedRef))
      ? null
      : actionColumnChoice('stepsBesideItems', {
          fields,
          headers,
          profileOf,
          actionNamedByHeader: !namesWorkByItem(headers, fields),
        })
  if (itemColumn !== null) {
    // The item names the action; the named action column says how, as its description (else kept in extra).
    const { action: item, headed: steps } = itemColumn
    fields.delete('ref')
    fields.set('title', item)
    const why = `header "${headers[item]}" reads as a ref, but its cells are prose items beside "${headers[steps]}"`
    explainColumn(explained, headers, item, 'title', 0.7, `${why}: the item is the action`)
    // Minutes' "Action" column of initials beside each item ("1. Spring Ball: …" | "NP"): who acts on it.
    if (!fields.has('owners') && listsPeople(cellsOf(steps))) {
      fields.set('owners', steps)
      explainColumn(
        explained,
        headers,
        steps,
        'owners',
        0.7,
        `its cells are names: who acts on the item in column ${item + 1}`,
      )
    } else demoteToDescription(steps, `says how the item in column ${item + 1} is done: its description`)
  }
  const described = fields.get('description')
  const namesUnderAction = forced
    ? null
    : actionColumnChoice('names', {
        fields,
        headers,
        profileOf,
        cellsOf,
        // A "Description" column beside the names is the item as much as an unheaded one.
        free: [...extra.map((column) => column.index), ...(described === undefined ? [] : [described])],
        present: namesPresent(table),
      })
  if (namesUnderAction !== null) {
    // The names say who acts on the item beside them: the item is the action, the names its owners.
    const { action: item, headed: owners } = namesUnderAction
    if (item === described) fields.delete('description')
    fields.set('title', item)
    fields.set('owners', owners)
    extra = extra.filter((column) => column.index !== item)
    const why = `header "${headers[owners]}" names the action, but its cells are names beside the prose items of column ${item + 1}`
    explainColumn(explained, headers, item, 'title', 0.7, `${why}: the item is the action`)
    explainColumn(explained, headers, owners, 'owners', 0.7, `${why}: who acts on it`)
  }
  const numbersUnderAction = forced ? null : actionColumnChoice('numbers', { fields, headers, profileOf })
  if (numbersUnderAction !== null) {
    const { action: besideNumbers, headed: named, gives } = numbersUnderAction
    if (fields.get('description') === besideNumbers) fields.delete('description')
    // With the actions' own codes in a ref column already, the numbers only count the rows: kept in extra.
    const counted = gives === 'extra'
    if (counted) extra.push({ index: named, name: headers[named] || `Column ${named + 1}` })
    else fields.set('ref', named)
    fields.set('title', besideNumbers)
    extra = extra.filter((column) => column.index !== besideNumbers)
    explainColumn(
      explained,
      headers,
      named,
      counted ? 'extra' : 'ref',
      0.7,
      counted
        ? `header "${headers[named]}" names the action, but its cells only number the rows: kept in extra`
        : `header "${headers[named]}" names the action, but its cells are numbers such as "13.": the header spans this column and the action text beside it`,
    )
    explainColumn(
      explained,
      headers,
      besideNumbers,
      'title',
      0.7,
      headers[besideNumbers] === ''
        ? `no header of its own, prose beside the numbers under "${headers[named]}"`
        : `"${headers[besideNumbers]}" beside the numbers under "${headers[named]}": the action's text`,
    )
  }
  // "Work package" over "1, 2, 9" beside the milestone text: the numbers say which packages, the text is the item.
  const countsUnderAction =
    forced || numbersUnderAction !== null
      ? null
      : actionColumnChoice('counts', { fields, headers, profileOf, cellsOf })
  // "Actions" left blank on every row beside a "Details" cell holding the agreed work: the work is the action.
  const emptyUnderAction =
    forced || numbersUnderAction !== null || countsUnderAction !== null
      ? null
      : actionColumnChoice('empty', { fields, headers, profileOf })
  const besideUnusedAction = countsUnderAction ?? emptyUnderAction
  if (besideUnusedAction !== null) {
    const { action: prose, headed: counts, gives } = besideUnusedAction
    const proseField = [...fields].find(([, column]) => column === prose)?.[0]
    if (proseField !== undefined) fields.delete(proseField)
    fields.set('title', prose)
    extra = extra.filter((column) => column.index !== prose)
    if (gives === 'ref') fields.set('ref', counts)
    else extra.push({ index: counts, name: headers[counts] || `Column ${counts + 1}` })
    const why =
      countsUnderAction === null
        ? `header "${headers[counts]}" names the action, but nothing is written under it`
        : `header "${headers[counts]}" names the action, but its cells are only numbers such as "${cellsOf(counts).find(hasText)?.trim().slice(0, 20) ?? ''}"`
    explainColumn(
      explained,
      headers,
      counts,
      gives === 'ref' ? 'ref' : 'extra',
      0.7,
      gives === 'ref' ? `${why}, distinct and running in order: the refs` : `${why}: kept in extra`,
    )
    explainColumn(
      explained,
      headers,
      prose,
      'title',
      0.7,
      `${why}; "${headers[prose]}" holds the items' text: the action`,
    )
  }
  const itemsColumn = forced ? null : itemsUnderGroupedAction(fields, body)
  if (itemsColumn !== null)
    moveToItems(
      fields,
      explained,
      headers,
      body,
      itemsColumn,
      (index) => {
        extra = extra.filter((column) => column.index !== index)
      },
      (index, name) => extra.push({ index, name }),
    )
  // The same layout with the tasks unnumbered, in a column headed "Tasks" (tasksUnderGroupedAction).
  const tasksColumn = itemsColumn !== null || forced ? null : tasksUnderGroupedAction(fields, headers, body)
  const taskGroup = tasksColumn === null ? undefined : fields.get('title')
  if (tasksColumn !== null) {
    extra = extra.filter((column) => column.index !== tasksColumn)
    readItemsUnderGroup(
      fields,
      explained,
      headers,
      tasksColumn,
      `header "${headers[tasksColumn]}" names the work that carries out the action written once above it: each task is an action`,
      'written once over the tasks beside and below it: their group label, inherited by the rows below',
    )
  }
  const byObjective =
    itemsColumn === null &&
    tasksColumn === null &&
    !forced &&
    readObjectiveGroups(fields, explained, headers, body)
  const deliverables =
    itemsColumn === null &&
    tasksColumn === null &&
    !forced &&
    !byObjective &&
    readActionsUnderGroupLabel(fields, explained, headers, body)
  const objectiveGroups = itemsColumn !== null || tasksColumn !== null || byObjective || deliverables
  const taken = new Set<number>([...fields.values()])
  const { peelFrom, grouped } = applyPeel(
    fields,
    taken,
    explained,
    listings,
    headers,
    width,
    holdsNumberedList(body, width),
  )
  if (peelFrom !== null) extra = extra.filter((column) => column.index !== peelFrom)
  // The action the tasks sit under, when a numbered objective left of it took the section: kept in extra.
  if (taskGroup !== undefined && ![...fields.values()].includes(taskGroup)) {
    extra.push({ index: taskGroup, name: headers[taskGroup] || `Column ${taskGroup + 1}` })
    explainColumn(
      explained,
      headers,
      taskGroup,
      'extra',
      0.7,
      'the action written once over the tasks beside and below it',
    )
  }
  extra.sort((a, b) => a.index - b.index)
  return {
    map: { ...map, fields, extra, headers: peelFrom === null ? map.headers : [...headers, ''] },
    explanations: [...explained.values()].sort((a, b) => a.column - b.column),
    peelFrom,
    grouped: grouped || objectiveGroups,
    ...(objectives === null ? {} : { objectiveRows: true }),
    ...(deliverables ? { deliverables } : {}),
  }
}

/**
 * Moves the action to the items written under it ({@link itemsUnderGroupedAction}): the items column is the
 * action, the old action column its group label (`section`). A ref column filled only where the group starts is
 * the group's number, read into the items' refs ("13" and "(a)" → "13(a)"), so it is kept left of them in extra.
 */
function moveToItems(
  fields: Map<ColumnField, number>,
  explained: Map<number, ColumnExplanation>,
  headers: readonly string[],
  body: readonly (readonly string[])[],
  items: number,
  take: (index: number) => void,
  keep: (index: number, name: string) => void,
): void {
  const group = fields.get('title')!
  take(items)
  readItemsUnderGroup(
    fields,
    explained,
    headers,
    items,
    'each cell opens with its own ref ("(a)", "(b)"), filled on the rows under an action written once: the items are the actions',
    'written once over the lettered items beside and below it: their group label, inherited by the rows below',
  )
  const ref = fields.get('ref')
  if (ref === undefined || ref > items) return
  const onGroupRows = body.every((row) => !hasText(row[ref] ?? '') || hasText(row[group] ?? ''))
  if (!onGroupRows) return
  fields.delete('ref')
  keep(ref, headers[ref] || `Column ${ref + 1}`)
  explainColumn(
    explained,
    headers,
    ref,
    'extra',
    0.7,
    "the group's number, written once beside its action: it numbers the items' refs and is kept in extra",
  )
}

/**
 * An objective written once over the several actions below it (a merged cell in the source): the column whose
 * header only hints at the action ("Objective") is filled on fewer rows than a column right of it whose header
 * names the actions ("Specific Actions and Implementation", "Action Step"), which is filled on rows where the
 * objective is empty. The named column is the action and the objective its group label (`section`). Returns
 * true when it moved the fields.
 */
function readObjectiveGroups(
  fields: Map<ColumnField, number>,
  explained: Map<number, ColumnExplanation>,
  headers: readonly string[],
  body: readonly (readonly string[])[],
): boolean {
  const title = fields.get('title')
  const described = fields.get('description')
  if (title === undefined || described === undefined || described < title || fields.has('section'))
    return false
  if ((scoreHeader(headers[title]!).get('title') ?? 0) >= 1) return false
  if ((scoreHeader(headers[described]!).get('title') ?? 0) < 1) return false
  let underGroup = 0
  let objectives = 0
  for (const row of body) {
    const hasObjective = hasText(row[title] ?? '')
    const hasAction = hasText(row[described] ?? '')
    if (hasObjective) objectives++
    if (hasAction && !hasObjective) underGroup++
  }
  if (underGroup < 2 || underGroup < objectives / 2) return false
  fields.set('title', described)
  fields.delete('description')
  fields.set('section', title)
  explainColumn(
    explained,
    headers,
    described,
    'title',
    0.8,
    `header "${headers[described]}" names the actions, filled on every row of a group`,
  )
  explainColumn(
    explained,
    headers,
    title,
    'section',
    0.7,
    `written once per group of rows above the actions: the group label, inherited by the rows below`,
  )
  return true
}

/** Moves the action to the column {@link actionsUnderGroupLabel} finds; true when it did. */
function readActionsUnderGroupLabel(
  fields: Map<ColumnField, number>,
  explained: Map<number, ColumnExplanation>,
  headers: readonly string[],
  body: readonly (readonly string[])[],
): boolean {
  const found = actionsUnderGroupLabel(fields, body)
  if (found === null) return false
  const group = fields.get('title')!
  readItemsUnderGroup(
    fields,
    explained,
    headers,
    found.actions,
    `filled on every row, ${found.underGroup} of them with their own date or lead under an empty "${headers[group]}": the actions`,
    'written once per group of rows above the actions: the group label, inherited by the rows below',
  )
  return true
}

/**
 * The column read as the action holds a group label written once over several rows, and `items` holds the
 * actions under it: `items` becomes the title (leaving the field it had) and the old title column the section,
 * each explained with its evidence.
 */
function readItemsUnderGroup(
  fields: Map<ColumnField, number>,
  explained: Map<number, ColumnExplanation>,
  headers: readonly string[],
  items: number,
  itemsEvidence: string,
  groupEvidence: string,
): void {
  const group = fields.get('title')!
  const previous = [...fields].find(([, column]) => column === items)
  if (previous !== undefined) fields.delete(previous[0])
  fields.set('title', items)
  fields.set('section', group)
  explainColumn(explained, headers, items, 'title', 0.7, itemsEvidence)
  explainColumn(explained, headers, group, 'section', 0.7, groupEvidence)
}

/**
 * Where the cells contradict a header word, the cells win, as a careful reader's would:
 * - a "pillars" column ("Theme", "Area/specific task", "Indicators", "Aims") whose cells name no pillar and read
 *   as prose, or beside another column whose header and cells both name pillars, is not pillars: a left column whose header also names the action ("specific task") is the action, the old
 *   action column its description; otherwise the field its other header words name ("Indicators" → success
 *   measures), else a group label (section);
 * - without a ref column, a column left of the action whose cells are refs ("1.1." on every row, "a, b, c")
 *   is the ref column, whatever its header says ("Objective", "1").
 * Returns the columns still kept in extra.
 */
function reassignByCells(
  fields: Map<ColumnField, number>,
  extra: ExtraColumn[],
  explained: Map<number, ColumnExplanation>,
  profileOf: (index: number) => ColumnProfile,
  headers: readonly string[],
): ExtraColumn[] {
  let kept = extra
  const give = (field: ColumnField, index: number, confidence: number, evidence: string) => {
    fields.set(field, index)
    kept = kept.filter((column) => column.index !== index)
    explainColumn(explained, headers, index, field, confidence, evidence)
  }
  const pillarColumn = fields.get('pillars')
  const pillarProfile = pillarColumn === undefined ? undefined : profileOf(pillarColumn)
  // A column kept in extra whose header words and cells both name pillars ("Technician Commitment theme").
  const namesPillars = kept.find(
    (column) =>
      (scoreHeader(headers[column.index]!).get('pillars') ?? 0) > 0 && profileOf(column.index).pillars >= 0.5,
  )
  if (
    pillarColumn !== undefined &&
    pillarProfile !== undefined &&
    pillarProfile.filled > 0 &&
    pillarProfile.pillars < 0.2 &&
    (pillarProfile.averageWords > 3 || namesPillars !== undefined)
  ) {
    fields.delete('pillars')
    const words = scoreHeader(headers[pillarColumn]!)
    const title = fields.get('title')
    const why = `header "${headers[pillarColumn]}" hints at pillars, but ${percent(pillarProfile.pillars)} of its cells name one`
    if (title !== undefined && pillarColumn < title && (words.get('title') ?? 0) >= 1) {
      give(
        'title',
        pillarColumn,
        0.7,
        `${why}; its header also names the action, and it is left of "${headers[title]}"`,
      )
      if (!fields.has('description')) {
        give(
          'description',
          title,
          0.7,
          `"${headers[pillarColumn]}" left of it names the action; this is its detail`,
        )
      } else {
        kept.push({ index: title, name: headers[title] || `Column ${title + 1}` })
        explainColumn(
          explained,
          headers,
          title,
          'extra',
          0.7,
          'kept verbatim in extra: a column left of it names the action',
        )
      }
    } else {
      const other = fieldsInOrder.find((f) => f !== 'pillars' && (words.get(f) ?? 0) > 0 && !fields.has(f))
      const field = other ?? (fields.has('section') ? null : 'section')
      if (field === null) {
        kept.push({ index: pillarColumn, name: headers[pillarColumn] || `Column ${pillarColumn + 1}` })
        explainColumn(explained, headers, pillarColumn, 'extra', 0.6, `${why}; kept verbatim in extra`)
      } else {
        give(field, pillarColumn, 0.6, `${why}; read as ${field === 'section' ? 'the group label' : field}`)
      }
    }
  }
  if (!fields.has('pillars') && namesPillars !== undefined) {
    const share = percent(profileOf(namesPillars.index).pillars)
    give(
      'pillars',
      namesPillars.index,
      0.8,
      `header "${headers[namesPillars.index]}" names pillars; ${share} of cells name one`,
    )
  }
  const title = fields.get('title')
  if (!fields.has('ref') && title !== undefined) {
    const refColumn = kept.find(
      (column) =>
        column.index < title &&
        profileOf(column.index).refs >= 0.6 &&
        !namesCount(headers[column.index] ?? '') &&
        !ratingHeader.test(headers[column.index] ?? ''),
    )
    if (refColumn !== undefined) {
      give(
        'ref',
        refColumn.index,
        0.8,
        `${percent(profileOf(refColumn.index).refs)} of cells are refs such as "1.2" or "a"`,
      )
    }
  }
  return kept
}

/** Below this share of cells reading as dates, a column of codes is still a column of codes. */
const maxCodeDates = 0.5
/** "Action #", "No.", "Ref", "Task code": a header over numbers or codes, not over names of the work ("Item"). */
const namesNumber = /#|\b(?:no|nos|number|num|ref|refs|reference|id|code|codes)\b/i

/**
 * "Item | What | By whom": the column read as the ref is headed by a word for the things to do ("Item"), not for
 * their numbers ("Action #", "No."), and no header names the action column ("What"). Short names of the work
 * ("Venue", "Confirm tellers") are then the items a careful reader lists the plan by.
 */
function namesWorkByItem(headers: readonly string[], fields: ReadonlyMap<ColumnField, number>): boolean {
  const title = headers[fields.get('title') ?? -1] ?? ''
  const ref = headers[fields.get('ref') ?? -1] ?? ''
  // A bare "What" asks the question of a to-do table ("Item | What | By whom"): it names what doing the item takes,
  // not the action, even though a "What | Who | When" schedule with no item column reads its work there.
  const asksWhat = /^\s*what\s*\??\s*$/i.test(title)
  const namesAction =
    !asksWhat && ((scoreHeader(title).get('title') ?? 0) > 0 || matchColumnHeader(title)?.field === 'title')
  return ref !== '' && !namesNumber.test(ref) && !namesAction
}

/** An action's own code: "MN001", "AP-12", "EDI.04" (two to four capitals, then two to four digits). */
const codeCell = /^[A-Z]{2,4}[-.]?\d{2,4}$/

/**
 * A column kept in extra, wherever it stands, whose cells are distinct codes ("MN001", "MN002", …) on at least
 * four in five of the action rows, and mostly not dates, is the actions' ref column when the table has none: a
 * tracker's own numbering under a header that names something else. A code whose digits happen to read as a year
 * ("WP2000" among "WP1000", "WP3000") is still a code; a column of years ("FY2024", "FY2025") is not. A column with
 * no header whose distinct cells number the rows in order ("1.1", "1.2", "1.3", {@link refsRunInOrder}) is the refs
 * too, a stray cell among them ("l.4" typed for "1.4") kept as written. Returns the columns still kept in extra.
 */
function readCodeColumnAsRef(
  fields: Map<ColumnField, number>,
  extra: ExtraColumn[],
  explained: Map<number, ColumnExplanation>,
  headers: readonly string[],
  body: readonly (readonly string[])[],
  profileOf: (index: number) => ColumnProfile,
): ExtraColumn[] {
  const title = fields.get('title')
  if (fields.has('ref') || title === undefined) return extra
  const actionRows = body.filter((row) => hasText(row[title] ?? '')).length
  // A column with no header at all whose cells number the rows in order ("1.1", "1.2", "1.3"), as typed minutes
  // number each decision in a margin of their own: the refs too.
  const unheaded = (column: ExtraColumn) => !hasText(headers[column.index] ?? '')
  for (const column of extra) {
    const cells = body.map((row) => (row[column.index] ?? '').trim()).filter((cell) => cell !== '')
    if (cells.length < 2 || cells.length < actionRows * 0.8 || profileOf(column.index).dates >= maxCodeDates)
      continue
    if (new Set(cells).size !== cells.length) continue
    const codes = cells.every((cell) => codeCell.test(cell))
    if (!codes && !(unheaded(column) && refsRunInOrder(cells, { dotted: true }))) continue
    fields.set('ref', column.index)
    explainColumn(
      explained,
      headers,
      column.index,
      'ref',
      0.7,
      codes
        ? `every cell is a code of its own such as "${cells[0]}": the actions' refs, whatever the header says`
        : `no header, and its cells number the rows in order such as "${cells[0]}": the actions' refs`,
    )
    return extra.filter((kept) => kept.index !== column.index)
  }
  return extra
}

/**
 * A column whose header names no field ("Term", "When") but whose cells nearly all read as dates ("Spring 2019",
 * "Fall 2019-Spring 2020") is the target column when the table has none: a reader goes by what the dates say.
 * Cells that say the date is not set yet ("N/A", "TBD" under "Launch goal") are gaps in such a column, not prose:
 * the share of dates is counted among the other cells. Returns the columns still kept in extra.
 */
function readTargetByCells(
  fields: Map<ColumnField, number>,
  extra: ExtraColumn[],
  explained: Map<number, ColumnExplanation>,
  profileOf: (index: number) => ColumnProfile,
  headers: readonly string[],
): ExtraColumn[] {
  if (fields.has('target')) return extra
  const dated = extra.find((column) => {
    // "Date Raised": its dates say when each row was written down.
    if (recordedDate.test(normalizeHeader(headers[column.index] ?? ''))) return false
    const profile = profileOf(column.index)
    // "Completed", "Superseded": status words the date parser also reads (as a completion) name the status, when
    // no other column does.
    if (!fields.has('status') && profile.statuses >= profile.dates) return false
    return profile.filled >= 2 && profile.dates >= 0.5 && profile.dates >= 0.8 * (1 - profile.undated)
  })
  if (dated === undefined) return extra
  fields.set('target', dated.index)
  explainColumn(
    explained,
    headers,
    dated.index,
    'target',
    0.7,
    `header "${headers[dated.index]}" names no field, but ${percent(profileOf(dated.index).dates)} of cells read as dates`,
  )
  return extra.filter((column) => column.index !== dated.index)
}

/**
 * A free column left of the actions that labels groups of them: filled on the first row that holds an action, then
 * only where a new group starts (at most half the action rows), each label a different short text. Null when none.
 */
function groupLabelColumn(
  body: readonly (readonly string[])[],
  title: number | undefined,
  taken: ReadonlySet<number>,
): number | null {
  if (title === undefined) return null
  const rows = body.filter((row) => hasText(row[title] ?? ''))
  if (rows.length < 3) return null
  for (let column = 0; column < title; column++) {
    if (taken.has(column) || !hasText(rows[0]![column] ?? '')) continue
    const cells = rows.map((row) => row[column] ?? '')
    const labels = cells.filter(hasText)
    if (labels.length * 2 > rows.length || !writtenOnce(cells)) continue
    if (labels.some((label) => countWords(collapseWhitespace(label)) > maxGroupLabelWords)) continue
    return column
  }
  return null
}
