import type { ImportIssue } from '../model/importIssue'
import { asideRows } from './asideRows'
import { listAnnouncementRows } from './listAnnouncementRows'
import { createImportIssue } from './createImportIssue'
import { detailRowsUnderActions } from './detailRowsUnderActions'
import { goalListsBesideWork } from './goalListsBesideWork'
import { isDescriptiveList } from './isDescriptiveList'
import { isDocumentPartHeading } from './isDocumentPartHeading'
import { isQuotedDutyList } from './isQuotedDutyList'
import { isRationaleList, isReasonLabel } from './isRationaleList'
import { introductionAboveLeadIn } from './introductionAboveLeadIn'
import { isAgendaList } from './isAgendaList'
import { isReferenceList } from './isReferenceList'
import { listsBeforeLabelledActions } from './listsBeforeLabelledActions'
import { listsBesideActionList } from './listsBesideActionList'
import { listsRestatedAsHeadings } from './listsRestatedAsHeadings'
import { notesBelowTable } from './notesBelowTable'
import { objectivesAboveReasons } from './objectivesAboveReasons'
import { partListsUnderItems } from './partListsUnderItems'
import { pageMetadataRows } from './pageMetadataRows'
import { minutesProcedureRows } from './minutesProcedureRows'
import { statusKeyRows } from './statusKeyRows'
import { type ListUnderLeadIn, type LoneText, listsUnderLeadIns, loneTextOfEach } from './listsUnderLeadIns'
import { BULLET_MARK, NUMBER_MARK } from './itemMark'

/** The rows of lists that hold no actions, and one info issue per list saying why. */
export interface RowsNotActions {
  /** 0-based rows of the lists' items. */
  readonly rows: ReadonlySet<number>
  readonly issues: readonly ImportIssue[]
}

/**
 * The items of a page's lists that a careful reader skips as no actions of the plan: the duties a law sets,
 * quoted before the plan's own objectives ({@link isQuotedDutyList}); a reference list such as the protected
 * characteristics ({@link isReferenceList}); the reasons for an objective or an assessor's findings
 * ({@link isRationaleList}); the measures, reasons or qualities a list describes ({@link isDescriptiveList}); or one paragraph under such a label ("Why have we chosen this objective?"); the goals, aims and measures listed beside the list a label names
 * as the actions ({@link listsBesideActionList}); a summary list whose items come back below as the headings of the work
 * ({@link listsRestatedAsHeadings}); the lists above the first of actions labelled "Action 1", "Action 2"
 * ({@link listsBeforeLabelledActions}); the goals listed above the lists of work ({@link goalListsBesideWork}); an objective written above the reasons it was chosen
 * ({@link objectivesAboveReasons}); the short parts indented under an item ending in a colon ({@link partListsUnderItems}); a page's byline or date stamp ({@link pageMetadataRows}); the lines by which minutes record their own procedure
 * ({@link minutesProcedureRows}); a page's key to its status marks ({@link statusKeyRows}); and a numbered heading of a document's standard part ("1.
 * Introduction", {@link isDocumentPartHeading}). Given the title column, also the rows that each give one field of
 * the action above them under a label repeated per action ("Metric", {@link detailRowsUnderActions}); and totals rows,
 * footnotes and a key under a table ({@link notesBelowTable}). Each list's lead-in or label stays as it was read (a heading);
 * only its items are left out.
 *
 * @example
 * rowsNotActions([['The Act requires public bodies to:'], ['• Publish data'], ['Our objectives are:'], ['• Hold a forum']], 0).rows
 * // Set { 1 }
 */
export function rowsNotActions(
  table: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn?: number,
  /** The table as written, before label lines ("Action 1") were joined to the lines below them; same rows. */
  written: readonly (readonly string[])[] = table,
): RowsNotActions {
  // Each row's lone line, read once for the dozen walks of the page below.
  const lone = loneTextOfEach(table)
  const listed = listedRowsNotActions(table, bodyStart, titleColumn, written, lone)
  const notes = notesBelowTable(table, bodyStart)
  if (notes.rows.size === 0) return listed
  return { rows: new Set([...listed.rows, ...notes.rows]), issues: [...listed.issues, ...notes.issues] }
}

/** The rows of `rowsNotActions` other than the notes below a table. */
function listedRowsNotActions(
  table: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number | undefined,
  written: readonly (readonly string[])[],
  lone: readonly LoneText[],
): RowsNotActions {
  const rows = new Set<number>()
  const issues: ImportIssue[] = []
  if (titleColumn !== undefined && titleColumn > 0) {
    const details = detailRowsUnderActions(table, bodyStart, titleColumn)
    let first = table.length
    for (const row of details.rows) {
      rows.add(row)
      first = Math.min(first, row)
    }
    if (details.rows.size > 0)
      issues.push(
        notActionIssue(
          first + 1,
          `${details.rows.size} rows labelled ${details.labels.map((label) => `"${label}"`).join(', ')} were not read as actions: each gives a detail of the action above it, as the label written under every action shows. To read them as actions, give each a title.`,
        ),
      )
  }
  for (let index = Math.max(0, bodyStart); index < table.length; index++) {
    const text = lone[index]
    if (typeof text !== 'string' || !isDocumentPartHeading(text)) continue
    rows.add(index)
    issues.push(
      notActionIssue(
        index + 1,
        `Row ${index + 1} ("${text}") was not read as an action: it numbers a part of the document, as headings do. If it is an action, reword it.`,
      ),
    )
  }
  reasonParagraphs(lone, bodyStart, rows, issues)
  for (const index of statusKeyRows(table, bodyStart, lone)) {
    rows.add(index)
    issues.push(
      notActionIssue(
        index + 1,
        `Row ${index + 1} was not read as an action: it is the page's key to the status marks beside its items.`,
      ),
    )
  }
  for (const index of pageMetadataRows(table, bodyStart, lone)) {
    rows.add(index)
    issues.push(
      notActionIssue(
        index + 1,
        `Row ${index + 1} was not read as an action: it stamps the page with its author or date.`,
      ),
    )
  }
  for (const index of minutesProcedureRows(table, bodyStart, lone)) {
    rows.add(index)
    issues.push(
      notActionIssue(
        index + 1,
        `Row ${index + 1} was not read as an action: it records the meeting's own procedure (who was there, the last minutes approved, the next meeting).`,
      ),
    )
  }
  for (const index of asideRows(table, bodyStart, lone)) {
    rows.add(index)
    issues.push(
      notActionIssue(
        index + 1,
        `Row ${index + 1} was not read as an action: it is an aside in brackets, or says there is nothing to do here.`,
      ),
    )
  }
  for (const index of listAnnouncementRows(table, bodyStart, lone)) {
    rows.add(index)
    issues.push(
      notActionIssue(
        index + 1,
        `Row ${index + 1} was not read as an action: it announces the list below it ("… are as follows").`,
      ),
    )
  }
  const parts = partListsUnderItems(written, bodyStart)
  for (const index of parts) rows.add(index)
  if (parts.length > 0)
    issues.push(
      notActionIssue(
        parts[0]! + 1,
        `${parts.length} short lines indented under an item ending in a colon were not read as actions: they name the parts of that item (the fields or topics it lists). If they are actions, write each as a sentence.`,
      ),
    )
  const introduction = introductionAboveLeadIn(table, bodyStart)
  for (const index of introduction) rows.add(index)
  if (introduction.length > 0) {
    const first = introduction[0]! + 1
    issues.push(
      notActionIssue(
        first,
        `${introduction.length === 1 ? `Row ${first}` : `Rows ${first}–${introduction[introduction.length - 1]! + 1}`} ${introduction.length === 1 ? 'was' : 'were'} not read as ${introduction.length === 1 ? 'an action' : 'actions'}: the page's introduction, above the line that leads into its list. If a paragraph there is an action, move it below that line.`,
      ),
    )
  }
  for (const index of objectivesAboveReasons(table, bodyStart, lone)) {
    rows.add(index)
    issues.push(
      notActionIssue(
        index + 1,
        `Row ${index + 1} was not read as an action: it is an objective, whose reasons follow it, and the actions below serve it. If it is an action, reword the line below it.`,
      ),
    )
  }
  const lists = listsUnderLeadIns(table, bodyStart, lone)
  if (lists.length === 0) return { rows, issues }
  const found = new Map<ListUnderLeadIn, string>()
  for (const list of listsBesideActionList(lists, table))
    found.set(
      list,
      'says what the actions are for or how they are measured, beside the list named as the actions',
    )
  for (const list of listsBeforeLabelledActions(lists, written))
    found.set(list, 'comes before the actions the page labels one by one ("Action 1" …), as what frames them')
  for (const list of listsRestatedAsHeadings(lists, table))
    found.set(list, 'sums up the page: each item comes back below as the heading of the work it names')
  for (const list of lists) {
    if (isQuotedDutyList(list)) found.set(list, 'quotes the duties a law sets, not actions of the plan')
    else if (isReferenceList(list))
      found.set(list, 'is a reference list (the protected characteristics), not actions')
    else if (isRationaleList(list)) found.set(list, 'gives reasons or an assessment’s findings, not actions')
    else if (isDescriptiveList(list))
      found.set(list, 'describes the plan (its measures, reasons or the qualities it aims for), not actions')
    else if (isAgendaList(list))
      found.set(list, 'is a meeting’s agenda: the topics discussed, not work taken on')
  }
  for (const list of goalListsBesideWork(lists.filter((list) => !found.has(list))))
    found.set(list, 'names the goals the work serves, beside the lists of that work')
  for (const list of lists) {
    const why = found.get(list)
    if (why === undefined) continue
    for (const row of list.rows) rows.add(row)
    const first = list.rows[0]! + 1
    const last = list.rows[list.rows.length - 1]! + 1
    issues.push(
      notActionIssue(
        first,
        `Rows ${first}–${last}, the list under "${list.lead}", were not read as actions: the list ${why}. If they are actions, reword the line above them.`,
      ),
    )
  }
  return { rows, issues }
}

/** "- ", "• ", "1. " opening a line: a list, which {@link isRationaleList} judges whole. */
const listItem = new RegExp(`^(?:${BULLET_MARK}\\s|${NUMBER_MARK}\\s)`)
/** A paragraph of reasons is a sentence or more; a shorter line is a heading or an item. */
const minReasonWords = 8

/**
 * A label asking or naming why ("Why have we chosen this objective?", "Rationale") and the one paragraph under it
 * when it is prose, not a list: the reasons for an objective, as school equality objectives give them between the
 * objective and its actions. Adds their rows to `rows`, one issue each.
 */
function reasonParagraphs(
  lone: readonly LoneText[],
  bodyStart: number,
  rows: Set<number>,
  issues: ImportIssue[],
): void {
  for (let index = Math.max(0, bodyStart); index < lone.length; index++) {
    const label = lone[index]
    if (typeof label !== 'string' || !isReasonLabel(label)) continue
    let next = index + 1
    while (next < lone.length && lone[next] === undefined) next++
    const text = lone[next] ?? ''
    if (text === '' || listItem.test(text) || text.endsWith(':') || text.split(/\s+/).length < minReasonWords)
      continue
    rows.add(index)
    rows.add(next)
    issues.push(
      notActionIssue(
        index + 1,
        `Rows ${index + 1} and ${next + 1} ("${label}" and the paragraph under it) were not read as actions: they give the reasons for the work. If the paragraph is an action, reword the line above it.`,
      ),
    )
    index = next
  }
}

/** The issue for rows left out as not actions: an info issue at the 1-based `row`, no column, saying why. */
function notActionIssue(row: number, message: string): ImportIssue {
  return createImportIssue('list-not-actions', 'info', row, null, null, message)
}
