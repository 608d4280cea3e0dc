import type { ImportIssue } from '../model/importIssue'
import { hasText } from '../text/cleanCellText'
import { BULLET_MARKS } from './bulletMarks'
import { createImportIssue } from './createImportIssue'
import { labelOf } from './labelOf'
import { loneText } from './listsUnderLeadIns'
import { BULLET_MARK, NUMBER_MARK } from './itemMark'

/** The lines of a page that lie outside the lists it names as its actions. */
export interface RowsOutsideNamedActionLists {
  /** 0-based rows of single lines outside those lists (headings among them: only actions are dropped). A row of
   * several cells is left to the table's other rules. */
  readonly rows: ReadonlySet<number>
  /** The first lead-in naming the actions, as written ("We will:"). */
  readonly lead: string
  /** Its 0-based row. */
  readonly leadRow: number
}

/** "We will:", "The University will also:", "Together we will now:": a promise of the acts that follow. Bounded. */
const willLeadIn = /^(?:[^:]{0,80}\s)?will(?:\s+(?:also|now|therefore|further|then|next))?\s*:$/i
/** "This framework will:", "The strategy will:": what a document will do, listed under one of the actions. */
const documentSubject =
  /^(?:this|the|our|that|its|each)\s+(?:new\s+)?(?:framework|plan|strategy|policy|programme|program|report|document|fund|scheme|review|charter|toolkit|guidance)\s+will\b/i
/** "Actions", "Activities including timescale", "What we will do", "Next steps": the label of the work itself. */
const actionsLabel =
  /^(?:(?:key|our|planned|proposed|agreed|priority)\s+)?(?:actions?(?:\s+we\s+will\s+take)?|activities|next\s+steps|what\s+we\s+will\s+do)(?:\s+(?:including|with|and)\s+(?:timescales?|timeframes?|dates?|deadlines?|owners?|leads?))?$/i
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
  if (text.length > 120 || !text.endsWith(':')) return false
  return (willLeadIn.test(text) && !documentSubject.test(text)) || actionsLabel.test(labelOf(text))
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
    const count = table[index]!.filter(hasText).length
    if (count > 0) filled++
    if (count === 1) lone++
  }
  if (filled === 0 || lone < filled * minLoneShare) return null
  const inList = new Set<number>()
  let lead: string | null = null
  let leadRow = -1
  for (let index = start; index < table.length; index++) {
    const text = loneText(table[index]!)
    if (text === null || !isActionListLeadIn(text)) continue
    if (lead === null) {
      lead = text
      leadRow = index
    }
    inList.add(index)
    index = listEnd(table, index, inList)
  }
  if (lead === null) return null
  const rows = new Set<number>()
  for (let index = Math.max(0, bodyStart); index < table.length; index++)
    if (!inList.has(index) && loneText(table[index]!) !== null) rows.add(index)
  return { rows, lead, leadRow }
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

/** The last row of the list under the lead-in on `leadIndex`, adding its rows to `inList`. */
function listEnd(table: readonly (readonly string[])[], leadIndex: number, inList: Set<number>): number {
  let marked: boolean | null = null
  let afterBare = false
  let last = leadIndex
  for (let index = leadIndex + 1; index < table.length; index++) {
    const row = table[index]!
    if (!row.some(hasText)) continue
    const text = firstText(row)
    const bare = bareBullet.test(text)
    const item = bare || afterBare || itemMark.test(text)
    if (marked === null) marked = item
    // A list that kept its bullets ends at the first line without one; one that lost them, at the next lead-in.
    if (marked ? !item : text.endsWith(':')) break
    inList.add(index)
    afterBare = bare
    last = index
  }
  return last
}

function firstText(row: readonly string[]): string {
  for (const cell of row) if (hasText(cell)) return cell.trim()
  return ''
}
