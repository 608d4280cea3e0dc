import type { ImportIssue } from '../model/importIssue'
import { hasText } from '../text/cleanCellText'
import { BULLET_MARKS } from './bulletMarks'
import { createImportIssue } from './createImportIssue'
import { headingPeriod } from './headingPeriod'
import { labelOf } from './labelOf'
import { isListKindLabel } from './listsBesideActionList'
import { loneText } from './listsUnderLeadIns'
import { BULLET_MARK, NUMBER_MARK } from './itemMark'
import { workForPeriod } from './workForPeriod'
import { filledCellCount } from './filledCellCount'

/** The lines of a page that lie outside the lists it names as its actions. */
export interface RowsOutsideNamedActionLists {
  /** 0-based rows of single lines outside those lists (headings among them: only actions are dropped). A row of
   * several cells is left to the table's other rules. */
  readonly rows: ReadonlySet<number>
  /** The first lead-in naming the actions, as written ("We will:"). */
  readonly lead: string
  /** Its 0-based row. */
  readonly leadRow: number
  /** 0-based rows of the items of lists that lost their bullets: every line between a lead-in and the next one,
   * save the heading of the next list. */
  readonly unmarkedItems: ReadonlySet<number>
  /** 0-based rows of every lead-in naming the actions. */
  readonly leadRows: ReadonlySet<number>
}

/** "actions" as a word of a line. */
const actionsWord = /\bactions\b/i
/** Two letters in a row: a line with a word in it. */
const twoLetters = /\p{L}{2}/u
/** A space with text after it. */
const spaceThenText = /\s\S/
/** "We will:", "The University will also:", "Together we will now:": a promise of the acts that follow. Bounded. */
const willLeadIn = /^(?:[^:]{0,80}\s)?will(?:\s+(?:also|now|therefore|further|then|next))?\s*:$/i
/** "This framework will:", "The strategy will:": what a document will do, listed under one of the actions. */
const documentSubject =
  /^(?:this|the|our|that|its|each)\s+(?:new\s+)?(?:framework|plan|strategy|policy|programme|program|report|document|fund|scheme|review|charter|toolkit|guidance)\s+will\b/i
/**
 * "Actions", "Activities including timescale", "What we will do", "Next steps", "How we will get there": the label of
 * the work itself, or of the way the plan means to reach its aim.
 */
const actionsLabel =
  /^(?:(?:key|our|planned|proposed|agreed|priority)\s+)?(?:actions?(?:\s+we\s+will\s+take)?|activities|next\s+steps|what\s+we\s+will\s+do|how\s+we\s+will\s+(?:get\s+there|do\s+(?:it|this)|achieve\s+(?:it|this|them)|deliver\s+(?:it|this|them)))(?:\s+(?:including|with|and)\s+(?:timescales?|timeframes?|dates?|deadlines?|owners?|leads?))?$/i
/**
 * "Planned outputs", "Key milestones", "Milestones for this pledge": a label naming the
 * outputs of the work (a few words before the noun, a purpose after it). Bounded.
 */
const workLabel =
  /^(?:[A-Za-z-]{1,20}\s+){0,4}(?:deliverables|milestones|outputs)(?:\s+(?:to|for|of|in|by|under)\s+[^:]{1,60})?$/i
/** The end of a sentence, then the next one's first letter: where a line's last sentence starts. */
const sentenceEnd = /[.!?]\s{1,3}(?=\p{Lu})/gu
/** "Pledge 4: …", "Goal 3. …" inside a line: it names the next numbered part of the document. Bounded. */
const numberedPart = /\b\p{Lu}\p{Ll}{2,20}\s\d{1,3}[.:]\s/u
/** A line longer than this never heads a list: it is the list's item or prose. */
const maxHeadingLength = 80
/** "- ", "• ", "1. " opening a line. */
const itemMark = new RegExp(`^(?:${BULLET_MARK}\\s{1,8}\\S|${NUMBER_MARK}\\s{1,8}\\S)`)
/** A bullet alone on its line: the item's text is on the line below (a web list copied line by line). */
const bareBullet = new RegExp(`^[${BULLET_MARKS}]$`)
/** At least this share of a page's filled rows are single lines, or it is a table, not a page. */
const minLoneShare = 0.8

/**
 * True when a lone line names the list below it as the plan's actions: a promise ending in a colon ("We will:",
 * "The School will also:") or a label of the work itself ("Actions:", "Activities including timescale:", "What we
 * will do:", "Next steps:").
 *
 * @example
 * isActionListLeadIn('We will:') // true
 * isActionListLeadIn('We want our staff to have time to:') // false
 */
export function isActionListLeadIn(line: string): boolean {
  const text = line.trim()
  // Without its colon, only a period's actions ("Actions for 2031-32") name the list below: "Goals for the year"
  // heads goals, which may be framed by a lead-in of their own.
  if (!text.endsWith(':')) return workForPeriod(text) !== null && actionsWord.test(text)
  if (workLabel.test(labelOf(lastSentence(text)))) return true
  if (text.length > 120) return false
  return (willLeadIn.test(text) && !documentSubject.test(text)) || actionsLabel.test(labelOf(text))
}

/** The last sentence of a line ("Planned outputs:" of "We will interview staff. Planned outputs:"). */
function lastSentence(text: string): string {
  const tail = text.slice(-200)
  let start = 0
  for (const match of tail.matchAll(sentenceEnd)) start = match.index + match[0].length
  return tail.slice(start)
}

/**
 * On a page of lines where a lead-in names the list below it as the actions ("We will:", "Actions:", "Activities
 * including timescale:"), the filled rows outside every such list: the vision and mission, the paragraphs of
 * context and evidence, the aim or outcome stated above each list ("Foster a positive and inclusive culture"),
 * and the lists under other lead-ins ("We want our researchers to have time to:", "This plan will evolve
 * through:"). What a document will do ("This framework will:") lists its contents, not the plan's actions. A careful reader takes the promised lists as the plan and the rest as what frames it, as university
 * strategy pages, research culture and wellbeing plans, and school accessibility plans lay them out. A list runs
 * from its lead-in over its bulleted or numbered lines (a bullet alone on its line takes the line below as its
 * text); a list whose lines lost their bullets runs to the next line ending in a colon. Returns null when the page
 * is a table (under four in five filled rows a single line) or no lead-in names the actions: there every line may
 * be an action.
 *
 * @example
 * rowsOutsideNamedActionLists([['Our vision is a greener campus.'], ['We will:'], ['- Fit solar panels']], 0)?.rows
 * // Set { 0 }
 */
export function rowsOutsideNamedActionLists(
  table: readonly (readonly string[])[],
  bodyStart: number,
): RowsOutsideNamedActionLists | null {
  const start = Math.max(0, bodyStart - 1)
  let filled = 0
  let lone = 0
  for (let index = start; index < table.length; index++) {
    const count = filledCellCount(table[index]!)
    if (count > 0) filled++
    if (count === 1) lone++
  }
  if (filled === 0 || lone < filled * minLoneShare) return null
  const inList = new Set<number>()
  const unmarkedItems = new Set<number>()
  const leadRows = new Set<number>()
  let lead: string | null = null
  let leadRow = -1
  let headed = false
  // "Targets for end of 2018" titling a page of topic labels ("Outreach:") over their lines: the title names every
  // list below it as the work, and each label heads one.
  const titleRow = titleOverLabels(table)
  // "Features" written again under each phase beside "Goal" and "KPIs", no colon: the bare label of the work.
  const bareLabel = repeatedBareWorkLabel(table, start)
  for (let index = start; index < table.length; index++) {
    const text = loneText(table[index]!)
    if (text === null || index === titleRow) continue
    const bare = bareLabel !== null && text.toLowerCase() === bareLabel
    if (!bare && !(titleRow >= 0 && isTopicLabel(text)) && !isActionListLeadIn(text)) continue
    if (lead === null) {
      lead = text
      leadRow = index
      headed = isHeadingLine(table, previousFilled(table, index))
    }
    inList.add(index)
    leadRows.add(index)
    index = listEnd(table, index, inList, unmarkedItems, headed, bare)
  }
  if (lead === null) return null
  const rows = new Set<number>()
  for (let index = Math.max(0, bodyStart); index < table.length; index++)
    if (!inList.has(index) && loneText(table[index]!) !== null) rows.add(index)
  return { rows, lead, leadRow, unmarkedItems, leadRows }
}

/**
 * Whether the lone line on row `index` is a label the page writes again lower down ("Goal" over each phase's aim),
 * on a page whose lead-ins or labels name the actions: a label of each block, not the header of a column.
 *
 * @example
 * labelRepeatedOverLists([['Goal'], ['Be faster'], ['Features'], ['- Cache'], ['Goal'], ['Be safer'], ['Features'], ['- Audit']], 0) // true
 */
export function labelRepeatedOverLists(table: readonly (readonly string[])[], index: number): boolean {
  const text = loneText(table[index]!)?.toLowerCase()
  if (text === undefined) return false
  for (let row = index + 1; row < table.length; row++)
    if (loneText(table[row]!)?.toLowerCase() === text)
      return rowsOutsideNamedActionLists(table, index) !== null
  return false
}

/**
 * One info issue naming the rows left out because they lie outside the lists the page names as its actions.
 *
 * @example
 * notInActionListsIssue([3, 4], { rows: new Set([3, 4]), lead: 'We will:', leadRow: 5 }).code // 'list-not-actions'
 */
export function notInActionListsIssue(
  rows: readonly number[],
  found: RowsOutsideNamedActionLists,
): ImportIssue {
  const shown = rows.slice(0, 12).map((row) => row + 1)
  const more = rows.length > shown.length ? ` and ${rows.length - shown.length} more` : ''
  return createImportIssue(
    'list-not-actions',
    'info',
    shown[0] ?? null,
    null,
    null,
    `${shown.length === 1 && more === '' ? 'Row' : 'Rows'} ${shown.join(', ')}${more} ${shown.length === 1 && more === '' ? 'was' : 'were'} not read as actions: the page names its actions in the lists under lead-ins such as "${found.lead}" (row ${found.leadRow + 1}), and these lines lie outside them (aims, context or other lists). If they are actions, put them under such a lead-in.`,
  )
}

/**
 * Whether a line says words, not a bare bullet or a dash: two letters, then a space and more text later on.
 * Found in two linear scans; one pattern with a run of any text before the space retried from every letter
 * and took minutes on a long line without spaces.
 */
function saysWords(text: string): boolean {
  const letters = twoLetters.exec(text)
  return letters !== null && spaceThenText.test(text.slice(letters.index + 2))
}

/**
 * The last row of the list under the lead-in on `leadIndex`, adding its rows to `inList` (and, when its lines lost
 * their bullets, to `unmarkedItems`). A list that lost its bullets ends at the next lead-in; on a page where the
 * first lead-in has a heading above it (`headed`: "Pilot (six weeks)" over "… Planned outputs:"), at the
 * short line right above the next lead-in too, which heads the next list; at a line naming the next numbered
 * part of the document ("Pledge 4: …"); and at a line saying one of its items again, which heads that item's
 * report below the list ("Plant more trees" over "We planted 300 trees this year.").
 */
function listEnd(
  table: readonly (readonly string[])[],
  leadIndex: number,
  inList: Set<number>,
  unmarkedItems: Set<number>,
  headed: boolean,
  underBareLabel = false,
): number {
  let marked: boolean | null = null
  let afterBare = false
  let last = leadIndex
  // The list's lines so far: a line saying one of them again heads that item's own report below the list.
  const said = new Set<string>()
  for (let index = leadIndex + 1; index < table.length; index++) {
    const row = table[index]!
    if (!row.some(hasText)) continue
    const text = firstText(row)
    // Words said again, not a bare bullet or a dash repeated on every other line.
    const key = saysWords(text) ? text.toLowerCase() : null
    if (key !== null && said.has(key)) break
    if (key !== null) said.add(key)
    const bare = bareBullet.test(text)
    const item = bare || afterBare || itemMark.test(text)
    if (marked === null) marked = item
    // A list that kept its bullets ends at the first line without one; one that lost them, at the next lead-in.
    if (marked ? !item : text.endsWith(':')) break
    // Under a bare label, a list that lost its bullets ends at the next kind label ("KPIs", "Goal") or period
    // heading ("Middle of March 2031"), both written without a colon too.
    if (!marked && underBareLabel && (isListKindLabel(labelOf(text)) || headingPeriod(text, {}) !== null))
      break
    if (
      !marked &&
      (numberedPart.test(text.slice(0, maxHeadingLength)) || (headed && headsNextList(table, index)))
    )
      break
    inList.add(index)
    if (!marked) unmarkedItems.add(index)
    afterBare = bare
    last = index
  }
  return last
}

/** "Features", "Deliverables", "Actions", "Tasks": a label naming the work itself, written bare. */
const bareWorkLabel = /^(?:features|deliverables|actions|tasks)$/i

/**
 * The label naming the work ({@link bareWorkLabel}), lower-cased, when it stands alone without a colon on two lines
 * or more, as a roadmap repeats it under each phase beside labels of other kinds ("Goal", "KPIs"); else null.
 */
function repeatedBareWorkLabel(table: readonly (readonly string[])[], start: number): string | null {
  const seen = new Map<string, number>()
  let otherKinds = 0
  for (let index = start; index < table.length; index++) {
    const text = loneText(table[index]!)
    if (text === null || text.length > 20) continue
    if (bareWorkLabel.test(text)) seen.set(text.toLowerCase(), (seen.get(text.toLowerCase()) ?? 0) + 1)
    else if (isListKindLabel(text)) otherKinds++
  }
  if (otherKinds < 2) return null
  for (const [label, count] of seen) if (count >= 2) return label
  return null
}

/** "Outreach:", "Internal operations:": a short line ending in a colon, the label of the list below it. */
function isTopicLabel(text: string): boolean {
  return text.length <= maxHeadingLength && text.endsWith(':')
}

/**
 * The 0-based row of the page's title when it names the work of a period ("Targets for end of 2018", no colon:
 * {@link workForPeriod}) and at least two topic labels ending in a colon lie below it; else -1.
 */
function titleOverLabels(table: readonly (readonly string[])[]): number {
  const first = table.findIndex((row) => row.some(hasText))
  const title = first < 0 ? null : loneText(table[first]!)
  if (title === null || title.endsWith(':') || workForPeriod(title) === null) return -1
  let labels = 0
  for (let index = first + 1; index < table.length && labels < 2; index++) {
    const text = loneText(table[index]!)
    if (text !== null && isTopicLabel(text)) labels++
  }
  return labels >= 2 ? first : -1
}

/** The 0-based row of the filled row above `index`, or -1. */
function previousFilled(table: readonly (readonly string[])[], index: number): number {
  for (let row = index - 1; row >= 0; row--) if (table[row]!.some(hasText)) return row
  return -1
}

/** A short lone line, no sentence and no lead-in, on row `index`: a heading ("Pilot (six weeks)"). */
function isHeadingLine(table: readonly (readonly string[])[], index: number): boolean {
  if (index < 0) return false
  const text = loneText(table[index]!)
  return text !== null && text.length <= maxHeadingLength && !/[.:;!?]$/.test(text)
}

/** The line on `index` is a heading and the next filled line is a lead-in naming the actions: it heads that list. */
function headsNextList(table: readonly (readonly string[])[], index: number): boolean {
  if (!isHeadingLine(table, index)) return false
  for (let row = index + 1; row < table.length; row++) {
    if (!table[row]!.some(hasText)) continue
    const text = loneText(table[row]!)
    return text !== null && isActionListLeadIn(text)
  }
  return false
}

function firstText(row: readonly string[]): string {
  for (const cell of row) if (hasText(cell)) return cell.trim()
  return ''
}
