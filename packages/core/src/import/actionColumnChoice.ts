import type { ColumnProfile } from './assignColumns'
import { type ColumnField, matchColumnHeader, normalizeHeader } from './columnSynonyms'
import { isCountColumn } from './isCountColumn'
import { namedPresent } from './ownersColumnByCells'
import { ownerColumnReadings } from './readsAsOwnerList'
import { refsRunInOrder } from './refsRunInOrder'

/**
 * One reader of a column headed as the action (or taken for it) that holds something else: its header says
 * "action", its cells say otherwise. What the cells hold decides which column is the action, and what the headed
 * column gives the action instead:
 *
 * | the headed column holds                               | the action is                                  | the headed column gives        |
 * |-------------------------------------------------------|------------------------------------------------|--------------------------------|
 * | `description`: a description, no column names the action | the description column itself               | the action                     |
 * | `descriptionBesideName`: descriptions, a column names each item | the name column ("Project Name")     | the description                |
 * | `stepsBesideItems`: how to do the prose items in the ref-headed column left of it | the item column | the description              |
 * | `names`: names, roles or teams                        | the leftmost free prose column                 | the owners                     |
 * | `numbers`: bare numbers ("13.", "2.1")                | the prose column beside, or a free "Title" column | the ref (extra when a ref column exists) |
 * | `counts`: only counts or lists of other items' numbers ("4", "1, 2, 9"), the rows named elsewhere | the longest prose column, free or read as a weaker field | kept in extra; the ref when the numbers are distinct and run in order and no ref column exists |
 * | `empty`: nothing on any row, the text written in a column beside it | the longest prose column, free or read as a weaker field | kept in extra |
 * | `numbersBesideUnheadedItems`: any header ("Milestones") over bare numbers, found before any header maps | the items beside, with no header of their own | the ref |
 * | `stepsBesideWhat`: "Actions", the steps taken on the item a "What" column names | the "What" column | the description |
 */
export type HeadedColumnHolds = keyof ActionColumnViews

/** The header row as mapped so far. */
interface HeaderView {
  readonly fields: ReadonlyMap<ColumnField, number>
  readonly headers: readonly string[]
}

/** The header row and what each column's cells hold. */
interface CellView extends HeaderView {
  readonly profileOf: (index: number) => ColumnProfile
}

/** What each case reads: the header alone, or the cells too. */
export interface ActionColumnViews {
  readonly description: HeaderView & {
    /** Fields the caller told the importer to ignore: a choice that moves either is not made. */
    readonly ignored: ReadonlySet<ColumnField>
  }
  readonly descriptionBesideName: CellView & {
    /** Columns no field took, in the order they are tried. */
    readonly free: readonly number[]
    readonly cellsOf: (index: number) => readonly string[]
  }
  readonly stepsBesideItems: CellView & {
    /** False when no header names the action column (it was found by its cells): short item names then suffice. */
    readonly actionNamedByHeader: boolean
  }
  readonly names: CellView & {
    /** Columns no field took. */
    readonly free: readonly number[]
    readonly cellsOf: (index: number) => readonly string[]
    /** The first names the minutes list as present ({@link namesPresent}), lower-cased. */
    readonly present?: ReadonlySet<string>
  }
  readonly numbers: CellView
  readonly counts: CellView & {
    readonly cellsOf: (index: number) => readonly string[]
  }
  readonly empty: CellView
  readonly stepsBesideWhat: CellView & {
    /** Columns no field took. */
    readonly free: readonly number[]
  }
  readonly numbersBesideUnheadedItems: CellView & {
    /** True when a header names another field (the refs, owners, dates or status): it spans no items. */
    readonly namesOtherField: (header: string) => boolean
  }
}

/** The field the headed column is read as once the action is found elsewhere. */
export type HeadedColumnGives = 'title' | 'description' | 'owners' | 'ref' | 'extra'

/** The result of {@link actionColumnChoice}. */
export interface ActionColumnChoice {
  /** The column read as the action. */
  readonly action: number
  /** The column headed as the action (or taken for it), or the description column read as the action. */
  readonly headed: number
  readonly gives: HeadedColumnGives
}

/** A column of prose: at least this many words a cell on average. */
const minProseWords = 4
/** A column of short names of the work ("Venue", "Confirm tellers"): at least this many words a cell on average. */
export const minNameWords = 2
/** A column of refs: at least this share of its cells bare refs ("13.", "2.1"). */
const minRefShare = 0.8
/** A column of items, not refs: fewer than this share of its cells bare refs ("1.2", "a"). */
const maxRefShare = 0.2

/**
 * True when a column holds refs: two or more filled cells, at least {@link minRefShare} of them bare refs ("13.",
 * "2.1", "AP3").
 *
 * @example
 * holdsRefs({ filled: 3, refs: 1 }) // true
 */
export function holdsRefs(profile: Pick<ColumnProfile, 'filled' | 'refs'>): boolean {
  return profile.filled >= 2 && profile.refs >= minRefShare
}

/** True when a column holds items, not refs: `minWords` words a cell on average, few bare refs. */
function holdsItems(profile: ColumnProfile, minWords: number): boolean {
  return profile.averageWords >= minWords && profile.refs < maxRefShare
}

/**
 * The cases, one a row: how to find the action when the headed column holds that thing, and what it gives then.
 * Each returns the action column and the headed one, else null.
 */
const cases: {
  readonly [Holds in HeadedColumnHolds]: {
    readonly find: (view: ActionColumnViews[Holds]) => { action: number; headed: number } | null
    readonly gives: (view: ActionColumnViews[Holds]) => HeadedColumnGives
  }
} = {
  description: { find: descriptionIsAction, gives: () => 'title' },
  descriptionBesideName: { find: nameBesideDescription, gives: () => 'description' },
  stepsBesideItems: { find: itemsBesideSteps, gives: () => 'description' },
  names: { find: proseBesideNames, gives: () => 'owners' },
  // With the actions' own codes in a ref column already, the numbers only count the rows: kept in extra.
  numbers: { find: proseBesideNumbers, gives: ({ fields }) => (fields.has('ref') ? 'extra' : 'ref') },
  // Distinct numbers running down the rows ("82", "83", "84") number the actions themselves: the refs, when the
  // table has none; counts and other items' numbers ("4", "1, 2, 9") are kept in extra.
  counts: { find: proseBesideCounts, gives: (view) => (numbersTheRows(view) ? 'ref' : 'extra') },
  empty: { find: proseBesideEmpty, gives: () => 'extra' },
  numbersBesideUnheadedItems: { find: itemsBesideSpannedNumbers, gives: () => 'ref' },
  stepsBesideWhat: { find: whatBesideSteps, gives: () => 'description' },
}

/**
 * Which column is the action when the column headed as the action holds `holds` rather than the action: see
 * {@link HeadedColumnHolds} for the table of cases. Returns the action column, the headed column and the field
 * the headed column is read as; null when the cells do not bear the case out. The caller moves the fields.
 *
 * @example
 * // "Action | (no header) | Lead", the "Action" cells "13.", "14.", the prose beside them:
 * actionColumnChoice('numbers', { fields, headers, profileOf }) // { action: 1, headed: 0, gives: 'ref' }
 */
export function actionColumnChoice<Holds extends HeadedColumnHolds>(
  holds: Holds,
  view: ActionColumnViews[Holds],
): ActionColumnChoice | null {
  const found = cases[holds].find(view)
  return found === null ? null : { ...found, gives: cases[holds].gives(view) }
}

const descriptionWord = /\bdesc(?:ription)?\b/i
/** "Key actions", "Specific Actions", "Actions required": a header the synonyms give the description, naming actions. */
const actionsWord = /\bactions\b/i

/**
 * True when a header says "description" ("Description", "Action description", "Task desc"): the headers read as the
 * action when no column names it.
 *
 * @example
 * namesDescription('Action description') // true
 * namesDescription('Background') // false
 */
export function namesDescription(header: string): boolean {
  return descriptionWord.test(header.slice(0, 80))
}

/**
 * True when a header names a description column in words that say it holds the actions ("Key Actions (2018-19)",
 * "Specific Actions", "Supporting actions required"): beside an objective column these are the steps that serve
 * it, but with no column naming the action they are the actions themselves, as school boards' and safeguarding
 * boards' business plans head their tables ("Specific Actions | Timescale/Target | Lead | …", "Key Actions |
 * Look Fors").
 *
 * @example
 * namesActions('Key Actions (2018-19)') // true
 * namesActions('Rationale') // false
 */
export function namesActions(header: string): boolean {
  return actionsWord.test(header.slice(0, 80))
}

/**
 * `description`: a header row that names a description column ("Action description", "Description") but no action
 * column: the description is the action. Action logs and trackers often have no separate title, only an ID, a
 * description, an owner and a date ("Action ID | Action description | Owner | Target date", a committee's
 * "Action # | Description | Point Person"), and a business plan's "Specific Actions | Timescale | Lead"
 * ({@link namesActions}). Only a header that says "description" or "actions" (not "Background" or "How"), beside at
 * least one other named column; a caller that ignored either field is left alone.
 */
function descriptionIsAction({
  fields,
  headers,
  ignored,
}: ActionColumnViews['description']): { action: number; headed: number } | null {
  if (fields.has('title') || ignored.has('title') || ignored.has('description')) return null
  const index = fields.get('description')
  const header = headers[index ?? -1] ?? ''
  if (index === undefined || fields.size < 2 || !(namesDescription(header) || namesActions(header)))
    return null
  return { action: index, headed: index }
}

/** The last word of a header that names each row's item by its name: "Project Name", "Initiative title". */
const nameWords: ReadonlySet<string> = new Set(['name', 'title'])

/**
 * Words before "name" or "title" that make it a person's, a body's or a document's: "Owner name", "Full name",
 * "Job title", "Partner organisation name", "File name". Such a column is never the action.
 */
const notItemWords: ReadonlySet<string> = new Set([
  ...['owner', 'owners', 'lead', 'leader', 'person', 'people', 'staff', 'contact', 'officer', 'manager'],
  ...['sponsor', 'member', 'members', 'author', 'assignee', 'reporter', 'user', 'employee', 'champion'],
  ...['responsible', 'dri', 'partner', 'partners', 'organisation', 'organization', 'company', 'supplier'],
  ...['vendor', 'contractor', 'agency', 'team', 'department', 'dept', 'school', 'student', 'customer'],
  ...['client', 'full', 'first', 'last', 'given', 'family', 'middle', 'display', 'job', 'role', 'post'],
  ...['file', 'document', 'doc', 'report', 'site', 'venue', 'location', 'host', 'funder', 'provider'],
])

/**
 * True when a header names each row's item by its name or title: "Name", "Project Name", "Initiative title",
 * "Work item name" (at most four words, the last "name" or "title"); not a person's, a body's or a file's
 * ("Owner name", "Full name", "Job title", "File name").
 *
 * @example
 * namesItem('Project Name') // true
 * namesItem('Contact name') // false
 */
export function namesItem(header: string): boolean {
  const words = normalizeHeader(header).split(' ')
  if (words.length > 4 || !nameWords.has(words[words.length - 1]!)) return false
  return !words.some((word) => notItemWords.has(word))
}

/**
 * `descriptionBesideName`: the column that names each row's item beside the description read as the action:
 * "Project Name | DRI | Description | Status", "Initiative title | Lead | Description". With no column headed as the
 * action, the description was taken for it (the `description` case); but a short name beside a longer description
 * is how trackers, portfolios and project lists give each item: the name is the item, the description says more
 * about it. A project list headed "Project | Objective | Forecast end date" is the same layout: the column headed by
 * the kind of work item ("Project", "Programme", "Workstream") names each item, and the objective beside it, taken
 * for the action by its header, says what the item is for. Only when the action column's header says "description"
 * or what the item is for ("Objective", "Aim", "Purpose"), and a free column {@link namesItem} (or headed by a kind of
 * work item) has cells shorter than the action column's. A bare "Name" may list people: it counts when the owners
 * have a column of their own, or when its cells do not read as people ({@link namesNoOne}), as a roadmap's
 * "Name | Description | Status" names each initiative ("Offline mode 3.0", "Search: faster indexing").
 */
/** A header naming what each item is for: "Objective", "Aims", "Purpose". */
const purposeHeader = /^(?:key |main |project |programme )?(?:objectives?|aims?|purposes?)$/

/** A header that is the kind of work item the list tracks: "Project", "Current programmes", "Workstream". */
const workItemHeader =
  /^(?:current |key |main |our |planned )?(?:projects?|programmes?|programs?|schemes?|workstreams?|initiatives?)$/

function nameBesideDescription({
  fields,
  headers,
  profileOf,
  free,
  cellsOf,
}: ActionColumnViews['descriptionBesideName']): { action: number; headed: number } | null {
  const headed = fields.get('title')
  const action = headers[headed ?? -1] ?? ''
  if (
    headed === undefined ||
    fields.has('description') ||
    !(namesDescription(action) || purposeHeader.test(normalizeHeader(action)))
  )
    return null
  const described = profileOf(headed).averageWords
  for (const column of free) {
    const header = headers[column] ?? ''
    if (!namesItem(header) && !workItemHeader.test(normalizeHeader(header))) continue
    if (!fields.has('owners') && normalizeHeader(header) === 'name' && !namesNoOne(cellsOf(column))) continue
    const words = profileOf(column).averageWords
    if (words > 0 && words < described) return { action: column, headed }
  }
  return null
}

/**
 * `stepsBesideItems`: a column the header reads as the ref ("Item", "No.", or a first column with no header at all)
 * whose cells are prose, left of the action column: each cell names the item the row is about ("Induction loop",
 * "1.1.2. Effective consultation and reporting mechanisms"), and the action column beside it says how it will be
 * done. A careful reader lists the plan by its items, so the item column is the action's title (its refs, if it
 * opens with them, peeled into `ref`) and the named action column its description. A to-do table headed "Item |
 * What | By whom" names no action column at all: its items are short names of the work ("Venue", "Confirm
 * tellers") and "What" says what doing it takes, so there two words a cell suffice.
 */
function itemsBesideSteps({
  fields,
  profileOf,
  actionNamedByHeader,
}: ActionColumnViews['stepsBesideItems']): { action: number; headed: number } | null {
  const ref = fields.get('ref')
  const headed = fields.get('title')
  if (ref === undefined || headed === undefined || ref > headed) return null
  const item = profileOf(ref)
  // Beside an action column found by its cells alone ("What", "Details"), short names of the work suffice.
  const minWords = actionNamedByHeader ? minProseWords : minNameWords
  if (item.filled < 2 || !holdsItems(item, minWords)) return null
  return profileOf(headed).filled >= 2 ? { action: ref, headed } : null
}

/** Share of the action column's filled cells that must read as names, roles or teams. */
const minNameShare = 0.8

/**
 * `names`: a column headed "Action" (or "Task") whose cells are names, beside a column of prose items ("Serial No. |
 * Item | Relevant FY | Action | Progress %", the "Action" cells "Clerk", "Clerk + Cllr Hooper"): the plan says who is
 * to act on each item under the word "Action", as councils' priorities tables do. A careful reader takes the prose
 * as the action and the names as its owners. The action column's filled cells (two or more) must read as names,
 * roles or teams (80%, at least half of them surely so), and a free column must hold prose (four words a cell on
 * average, fewer than a fifth bare refs); the leftmost such column is the item. Not when the plan has an owners
 * column.
 */
function proseBesideNames({
  fields,
  profileOf,
  free,
  cellsOf,
  present = new Set(),
}: ActionColumnViews['names']): { action: number; headed: number } | null {
  const headed = fields.get('title')
  if (headed === undefined || fields.has('owners') || !listsPeople(cellsOf(headed), present)) return null
  for (const column of [...free].sort((a, b) => a - b)) {
    const profile = profileOf(column)
    if (profile.filled >= 2 && holdsItems(profile, minProseWords)) return { action: column, headed }
  }
  return null
}

/**
 * True when a column's filled cells (two or more) name people: 80% of them read as names, roles or teams, at least
 * half surely so ("Clerk", "Jane Smith", "HR team / JS"); a lone first name ("Tomas", "Mina / Tomas") is surely a
 * person when the minutes list it as present above the table.
 *
 * @example
 * listsPeople(['Clerk', 'Jane Smith', 'Estates team']) // true
 * listsPeople(['Offline mode 3.0', 'Search: faster indexing']) // false
 */
export function listsPeople(column: readonly string[], present: ReadonlySet<string> = new Set()): boolean {
  const { cells, names, sure } = ownerColumnReadings(column)
  if (cells < 2 || names < minNameShare * cells) return false
  return sure >= 0.5 * cells || sure + namedPresent(column, present) >= 0.5 * cells
}

/**
 * True when a column's filled cells name no one: fewer than half of them read as names, roles or teams ("Offline
 * mode 3.0", "Search: faster indexing", "Improve the export dialog").
 *
 * @example
 * namesNoOne(['Offline mode 3.0', 'Search: faster indexing']) // true
 * namesNoOne(['Ola Reyes']) // false
 */
function namesNoOne(column: readonly string[]): boolean {
  const { cells, names } = ownerColumnReadings(column)
  return cells > 0 && names < 0.5 * cells
}

/** Headerless columns of short cells (a status word, a date) that may stand between the numbers and the text. */
const maxShortColumns = 2

/**
 * `numbers`: an action header written over two columns (a merged header cell in the source: "Action" above a number
 * column and the action text beside it), so the named column holds only numbers ("13.", "14.") and the column right
 * of it, with no header of its own, holds the action text. A meeting's action table written "Action Item |
 * Description", its first column only item numbers ("36.1", "36.2") and its second the action, is the same layout:
 * the description column holds the action text. A lone heading over a tracker whose other columns have no header
 * ("Recommendations" above "1 | Completed | The force should … | Police"), as recommendation trackers and
 * inspection follow-up pages print their cards, is the same layout with short cells (a status word, a date) between
 * the numbers and the text: the first headerless prose column right of the numbers, past at most
 * {@link maxShortColumns} headerless columns of short cells, holds the action text.
 */
function proseBesideNumbers({
  fields,
  headers,
  profileOf,
}: ActionColumnViews['numbers']): { action: number; headed: number } | null {
  const headed = fields.get('title')
  if (headed === undefined) return null
  const found = actionBesideNumbers(fields, headers, profileOf, headed)
  return found === null ? null : { action: found, headed }
}

function actionBesideNumbers(
  fields: ReadonlyMap<ColumnField, number>,
  headers: readonly string[],
  profileOf: (index: number) => ColumnProfile,
  title: number,
): number | null {
  if (fields.has('ref')) return titledColumnBesideNumbers(fields, headers, profileOf, title)
  const beside = title + 1
  if (beside >= headers.length) return null
  // "Action Item | Description": the description column beside the numbers is the action's text.
  const described = fields.get('description') === beside
  const named = profileOf(title)
  if (!holdsRefs(named)) return null
  if (!described && headers[beside] !== '')
    return titledColumnBesideNumbers(fields, headers, profileOf, title)
  const prose = profileOf(beside)
  if (prose.averageWords >= minProseWords) {
    const free = described || !taken(fields, beside)
    return free && prose.filled >= named.filled ? beside : null
  }
  return described ? null : proseAfterShortColumns(fields, headers, profileOf, beside + 1, named.filled)
}

/**
 * "Activity | Work package | Title | Lead": the column headed as the action holds only row numbers (1, 2, 3 …) and
 * another column, left unmapped, is headed as the action too ("Title", "Task") over text of two words or more on
 * average. Research projects and programme boards list their work packages so: the numbered column counts the rows,
 * the titled column names the work.
 */
function titledColumnBesideNumbers(
  fields: ReadonlyMap<ColumnField, number>,
  headers: readonly string[],
  profileOf: (index: number) => ColumnProfile,
  title: number,
): number | null {
  const named = profileOf(title)
  if (!holdsRefs(named) || named.averageWords > 1) return null
  for (let column = 0; column < headers.length; column++) {
    if (column === title || taken(fields, column)) continue
    if (matchColumnHeader(headers[column] ?? '')?.field !== 'title') continue
    const cells = profileOf(column)
    if (cells.filled >= named.filled && cells.refs < minRefShare && cells.averageWords >= minNameWords)
      return column
  }
  return null
}

/** Fields a prose column may have been given by its header that yield to the action: text about the action. */
const weakerTextFields: ReadonlySet<ColumnField> = new Set([
  'successMeasures',
  'description',
  'notes',
  'section',
  'pillars',
])

/**
 * `counts`: a column taken for the action by its header ("Work package", "Activity") whose cells are only whole
 * numbers or lists of them ("5", "1, 2, 9"): the numbers of the packages or tasks each row belongs to, or how many
 * it has, never work a reader could do. A milestone list headed "No. | Milestone | Due | Work package | Lead" gives
 * each milestone its code, its text and the packages it serves; the synonyms read "Work package" as the action and
 * "Milestone" as a success measure, but a careful reader takes the milestone text as the item. The action is the
 * column of the most words a cell (four or more, fewer than a fifth bare refs), filled on at least as many rows as
 * the numbers, that is free or read only as text about the action (success measures, description, notes, a group
 * label); never the owners, dates, status or refs.
 */
function proseBesideCounts({
  fields,
  headers,
  profileOf,
  cellsOf,
}: ActionColumnViews['counts']): { action: number; headed: number } | null {
  const headed = fields.get('title')
  if (headed === undefined || !isCountColumn(cellsOf(headed))) return null
  const best = longestProseColumn(fields, headers, profileOf, headed, profileOf(headed).filled)
  return best === null ? null : { action: best, headed }
}

/** True when the headed column's cells are distinct numbers running in order and the table has no ref column. */
function numbersTheRows({ fields, cellsOf }: ActionColumnViews['counts']): boolean {
  const headed = fields.get('title')
  if (headed === undefined || fields.has('ref')) return false
  const cells = cellsOf(headed)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
  return new Set(cells).size === cells.length && refsRunInOrder(cells)
}

/**
 * `empty`: a column headed as the action ("Actions", "Action points") with nothing written in it on any row, as a
 * meeting's table keeps an "Actions" column the secretary never filled while the agreed work is written into the
 * "Details" or "Notes" cell beside it. A reader takes the text where it is: the column of the most words a cell, as
 * for `counts`, filled on at least one row.
 */
function proseBesideEmpty({
  fields,
  headers,
  profileOf,
}: ActionColumnViews['empty']): { action: number; headed: number } | null {
  const headed = fields.get('title')
  if (headed === undefined || profileOf(headed).filled > 0) return null
  const best = longestProseColumn(fields, headers, profileOf, headed, 1)
  return best === null ? null : { action: best, headed }
}

/** The column of the most words a cell (items, not refs), filled on `minFilled` rows or more, free or read only as
 * text about the action; never `headed`. Null when there is none. */
function longestProseColumn(
  fields: ReadonlyMap<ColumnField, number>,
  headers: readonly string[],
  profileOf: (index: number) => ColumnProfile,
  headed: number,
  minFilled: number,
): number | null {
  let best: number | null = null
  for (let column = 0; column < headers.length; column++) {
    if (column === headed) continue
    const field = [...fields].find(([, index]) => index === column)?.[0]
    if (field !== undefined && !weakerTextFields.has(field)) continue
    const profile = profileOf(column)
    if (profile.filled < minFilled || !holdsItems(profile, minProseWords)) continue
    if (best === null || profile.averageWords > profileOf(best).averageWords) best = column
  }
  return best
}

/** The first headerless, unmapped prose column after headerless columns of short cells from `from`, else null. */
function proseAfterShortColumns(
  fields: ReadonlyMap<ColumnField, number>,
  headers: readonly string[],
  profileOf: (index: number) => ColumnProfile,
  from: number,
  filled: number,
): number | null {
  for (let column = from; column < headers.length && column < from + maxShortColumns; column++) {
    if (headers[column] !== '') return null
    const cells = profileOf(column)
    if (cells.averageWords < minProseWords) continue
    return cells.filled >= filled && !taken(fields, column) ? column : null
  }
  return null
}

/** The items beside the numbers are no column of dates or statuses: at most this share of either (a name of the
 * work may mention a month or read as a status now and then). */
const maxOtherShare = 0.5

/**
 * `numbersBesideUnheadedItems`: a header cell written over two columns (a merged cell in the source: "Milestones"
 * above "1" and "Engage the partners"), the first holding only the items' numbers and the second, with no header of
 * its own, the items themselves: the `numbers` layout under a header of any word, read before any header maps. A
 * careful reader reads the header as naming the numbered items, whatever its word ("Milestones", "Deliverables",
 * "Stages"): the numbers are the refs and the items beside them are what the table tracks, its actions, so an
 * "Update" or "Comments" column of longer prose right of them is the progress made on each, not the action. The
 * items are short names of the work or longer, few of them refs, dates or statuses; a header that names the refs,
 * owners, dates or status itself (`namesOtherField`) is not spanning the items. The leftmost such pair is taken.
 */
function itemsBesideSpannedNumbers({
  fields,
  headers,
  profileOf,
  namesOtherField,
}: ActionColumnViews['numbersBesideUnheadedItems']): { action: number; headed: number } | null {
  for (let numbers = 0; numbers + 1 < headers.length; numbers++) {
    const header = headers[numbers] ?? ''
    const items = numbers + 1
    if (header === '' || headers[items] !== '' || taken(fields, numbers) || taken(fields, items)) continue
    const numbered = profileOf(numbers)
    const named = profileOf(items)
    if (!holdsRefs(numbered) || named.filled < numbered.filled || !holdsItems(named, minNameWords)) continue
    if (named.dates > maxOtherShare || named.statuses > maxOtherShare || namesOtherField(header)) continue
    return { action: items, headed: numbers }
  }
  return null
}

/**
 * `stepsBesideWhat`: a planning table that asks "What" over each item and heads another column "Actions" ("What |
 * When | Status | Actions", the Actions cells "Priya to book the room⏎IT to check the projector"): the "What" column
 * names the work, and the "Actions" column, taken for the action by its header, lists the steps people take on it.
 * A careful reader lists the plan by its "What" items and reads the steps as their description. Only a header that
 * is "What" alone, free, with two or more filled cells, beside a plural "Actions" header.
 */
function whatBesideSteps({
  fields,
  headers,
  profileOf,
  free,
}: ActionColumnViews['stepsBesideWhat']): { action: number; headed: number } | null {
  const headed = fields.get('title')
  if (headed === undefined || fields.has('description')) return null
  if (!/\bactions\b/.test(normalizeHeader(headers[headed] ?? ''))) return null
  const what = free.find((column) => normalizeHeader(headers[column] ?? '') === 'what')
  if (what === undefined || profileOf(what).filled < 2) return null
  return { action: what, headed }
}

function taken(fields: ReadonlyMap<ColumnField, number>, column: number): boolean {
  return [...fields.values()].includes(column)
}
