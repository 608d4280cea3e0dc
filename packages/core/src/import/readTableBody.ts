import { isCommitmentSentence } from './isCommitmentSentence'
import type { ImportIssue } from '../model/importIssue'
import type { Taxonomy } from '../model/taxonomySchema'
import type { ActionDraft } from './buildAction'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { type ColumnField, matchColumnHeader } from './columnSynonyms'
import { createImportIssue } from './createImportIssue'
import { isSentence } from './isSentence'
import { paragraphOverHeading } from './paragraphOverHeading'
import { lastLineAfterActions } from './lastLineAfterActions'
import { repeatsHeaderCells, sameHeaderText } from './repeatsHeaderCells'
import { startsSubItems, subItemRef } from './subItemRef'
import { statusFromLeadIn } from './statusFromLeadIn'
import { introducesRoadmapStage } from './statusFromRoadmapStage'
import { headerOfGuessedColumns } from './headerOfGuessedColumns'
import { holdsBodyValue } from './holdsBodyValue'
import { continuesAfterPageBreak } from './continuesAfterPageBreak'
import { isTemplateGuidanceRow } from './isTemplateGuidanceRow'
import { addressesReaderAboutPlan } from './addressesReaderAboutPlan'
import { linksAtPageEnd } from './linksAtPageEnd'
import { loneTaskRun } from './loneTaskRun'
import { cellText, type MappedColumn, readDraftCells } from './readDraftCells'
import { readDetailLine } from './readDetailLine'
import { ownerLedLikeAbove } from './ownerLedLikeAbove'
import { recommendationRow } from './recommendationRow'
import { yearLedSentence } from './yearLedSentence'
import { statusAtEnd } from './statusAtEnd'
import {
  type ColumnMap,
  type ForcedColumn,
  isHeaderCell,
  looksLikeHeader,
  mapColumns,
  type PillarBlock,
} from './mapColumns'
import { filledCellCount } from './filledCellCount'

/** Options for {@link readTableBody}. */
export interface ReadTableBodyOptions {
  readonly taxonomy: Taxonomy
  readonly columns?: Partial<Record<ColumnField, ForcedColumn>>
  /** Fields whose empty cells take the previous action's value (merged cells exported as blanks). */
  readonly fillDown: ReadonlySet<ColumnField>
  /** The plan title read above the header; a repeat of it above a later header is a page title, not a section. */
  readonly planTitle: string | null
  /** 0-based rows that are legends or notes, already read. */
  readonly skipRows: ReadonlySet<number>
  /** The section of the rows right under the header, when a heading stands above it (a dated milestone's). */
  readonly firstSection?: string | null
  /** 0-based rows that are actions even with a single filled cell (a list item: "1. …", "• …"). */
  readonly listRows?: ReadonlySet<number>
  /** The ref/label column is written once per group of rows: a row with its own action and its own date or
   * owner is a new action that inherits the group's ref and section, not a continuation. */
  readonly groupLabels?: boolean
  /** Told about every row that is not an action: a section heading, a continuation merged into the action
   * above, or a repeated header. */
  readonly onStructureRow?: (row: number, kind: StructureRowKind) => void
}

/** What a row that is not an action was read as. */
export type StructureRowKind = 'section' | 'continuation' | 'header' | 'skipped'

const refLike = /^[A-Za-z]{0,12}[ .-]?\d{1,4}(?:[.-]\d{1,3}){0,3}[a-z]?\.?$/

/**
 * Walks the table below the first header row and hands `onDraft` one draft per action, in plan order, once the
 * draft is complete (no later row can still be merged into it). Handles, in one pass: repeated or new header
 * rows (page repeats, a second "Completed Actions" table), title-only rows (section headings), page-break
 * continuation rows (merged into the action above), blank rows (which end nothing), and the pillar grid
 * layout, whose actions are emitted block by block for each page. Drafts are handed over as they complete
 * rather than gathered, so a large table never holds a draft for every row at once.
 *
 * @example
 * const drafts: ActionDraft[] = []
 * readTableBody(rows, 6, map, options, (draft) => drafts.push(draft)).issues
 */
export function readTableBody(
  rows: readonly (readonly string[])[],
  headerIndex: number,
  firstMap: ColumnMap,
  options: ReadTableBodyOptions,
  onDraft: (draft: ActionDraft) => void,
): { issues: ImportIssue[] } {
  const issues: ImportIssue[] = []
  let map = firstMap
  let fromDescription = pillarsFromDescription(map)
  let layout = layoutOf(map)
  let section: string | null = options.firstSection ?? null
  let previous: ActionDraft | null = null
  /** The last row-per-action draft, held back while a continuation row may still be merged into it. */
  let pending: ActionDraft | null = null
  /** The previous draft's own row held its number (not inherited from a heading above). */
  let previousNumbered = false
  /** The section in force above a numbered heading row whose labelled items now use its title instead. */
  let numberedHeading: { readonly title: string; readonly above: string | null } | null = null
  /** A numbered heading row ("1 | Baseline data") whose group is the rows numbered under it ("1.1", "1.2"). */
  let numberedParent: {
    readonly ref: string
    readonly title: string
    readonly above: string | null
    /** The items below are numbered afresh ("a", "b" under "1"): each ref is cited with the parent's. */
    readonly composes: boolean
  } | null = null
  let gridPage: ActionDraft[][] = []
  const reportedEmptyHeader = new Set<number>()
  const cutReported = new Set<number>()
  const mergedReported = new Set<number>()
  // Where the page's closing links begin in a title column, read from the end once per column.
  const linkStarts = new Map<number, number>()
  const linksFrom = (column: number): number => {
    let start = linkStarts.get(column)
    if (start === undefined) {
      start = linksAtPageEnd(rows, column)
      linkStarts.set(column, start)
    }
    return start
  }

  // The runs of lone task lines in each action column, found once per column.
  const loneTasks = new Map<number, ReadonlySet<number>>()
  const inLoneTaskRun = (column: number, index: number): boolean => {
    let run = loneTasks.get(column)
    if (run === undefined) {
      run = loneTaskRun(rows, headerIndex + 1, column)
      loneTasks.set(column, run)
    }
    return run.has(index)
  }

  const flushPending = (): void => {
    if (pending !== null) onDraft(pending)
    pending = null
  }
  const flushGrid = (): void => {
    flushPending()
    for (const block of gridPage) for (const draft of block) onDraft(draft)
    gridPage = map.blocks.map(() => [])
  }
  flushGrid()

  for (let index = headerIndex + 1; index < rows.length; index++) {
    if (options.skipRows.has(index)) continue
    const row = rows[index]!
    const rowNumber = index + 1
    const filled = countFilled(row)
    if (filled === 0) continue

    // A new header keeps a header word where the action column was: test that one cell before the whole row.
    // The same header again (a new page or a second table), whole or cut short, keeps the columns as read, refs
    // peeled included.
    const gate = map.fields.get('title') ?? map.blocks[0]?.titleIndex ?? 0
    // The first header repeated word for word (a page break) keeps the first header's reading, cells included:
    // it is the test below that takes it for structure.
    // An item numbered in the action column ("1900. Update the web page", its number peeled into a column of its
    // own) is never a header, however much its number reads as a year column and its words as header words.
    const listItem = options.listRows?.has(index) === true
    // The header again, whole or cut short: read once, for both tests below.
    const repeated = filled >= 2 && (repeatsHeader(row, map.headers) || repeatsHeaderCells(row, map.headers))
    if (
      filled >= 2 &&
      !listItem &&
      !repeated &&
      isHeaderCell(row[gate] ?? '', options.taxonomy) &&
      looksLikeHeader(row, options.taxonomy, { body: true }) &&
      !holdsBodyValue(row)
    ) {
      const mapped = mapColumns(row, rowNumber, mapOptions(options))
      if (mapped) {
        flushGrid()
        map = mapped.map
        fromDescription = pillarsFromDescription(map)
        layout = layoutOf(map)
        gridPage = map.blocks.map(() => [])
        issues.push(...mapped.issues)
        previous = null
        options.onStructureRow?.(rowNumber, 'header')
        continue
      }
    }

    // The header repeated after a page break, word for word (a header found by its cells has no header words
    // for the test above), and a heading repeated with "CONT'D": structure, never an action or its continuation.
    // A row of header words only ("Target | Target date" above each objective's targets) is a header, even one
    // that names no action column: never an action.
    if (
      filled >= 2 &&
      (repeated ||
        (!listItem && isHeaderWordsRow(row, options.taxonomy) && !holdsBodyValue(row)) ||
        isTemplateGuidanceRow(row) ||
        (previous === null && headerOfGuessedColumns(row, map)))
    ) {
      // The header again (a page break) leaves the action above open: a row below it with no action of its own
      // continues it, and a group label written once still heads the rows below.
      if (!repeated) previous = null
      options.onStructureRow?.(rowNumber, 'header')
      continue
    }
    // "Action 8: Dashboards" over its own table, the header repeated below it: a heading (its ref peeled), not an action.
    if (filled === 2 && headsRepeatedTable(rows, index, map, options)) {
      section = collapseWhitespace(row[map.fields.get('title')!]!)
      previous = null
      options.onStructureRow?.(rowNumber, 'section')
      continue
    }
    if (continuedHeading.test(collapseWhitespace(row[firstFilled(row)]!)) && !hasDetails(row, map)) {
      previous = null
      options.onStructureRow?.(rowNumber, 'section')
      continue
    }

    // "Objective 2:" over its aim, then the header again: the aim (its ref moved past the header's columns) heads
    // the table below, as a lone line above a header does.
    if (filled === 2 && refPastHeader(row, map) && nextFilledRowIsHeader(rows, index, options)) {
      section = collapseWhitespace(row[firstFilled(row)]!)
      previous = null
      options.onStructureRow?.(rowNumber, 'section')
      continue
    }
    if (filled === 1 && options.listRows?.has(index) !== true) {
      const only = firstFilled(row)
      const text = collapseWhitespace(row[only]!)
      if (nextFilledRowIsHeader(rows, index, options)) {
        // A title above a table: "Completed Actions:" names the table below; a repeat of the plan's title on a
        // new page does not.
        const heading = stripColon(text)
        section =
          heading === options.planTitle || heading === stripColon(options.planTitle ?? '') ? null : heading
        previous = null
        options.onStructureRow?.(rowNumber, 'section')
        continue
      }
      // A lone header word beside the action column ("Time frame" over a table without a header): a partial
      // header, structure, never an action without a title.
      if (only !== map.fields.get('title') && only !== 0 && isHeaderCell(text, options.taxonomy)) {
        previous = null
        options.onStructureRow?.(rowNumber, 'header')
        continue
      }
      if (map.blocks.length === 0) {
        const refIndex = map.fields.get('ref')
        const titleIndex = map.fields.get('title')
        if (refIndex === only && refLike.test(text)) {
          issues.push(
            createImportIssue(
              'empty-action-row',
              'warning',
              rowNumber,
              only + 1,
              map.headers[only] ?? null,
              `Row ${rowNumber} has only a number ("${text}") and no action, so it was skipped. Delete the row, or fill in the action.`,
            ),
          )
          options.onStructureRow?.(rowNumber, 'skipped')
          continue
        }
        // "Status: Completed", "Deadline: March 2026" below an item: a detail of that item, when it has none.
        const detail =
          previous !== null && pending === previous && only === titleIndex ? readDetailLine(text) : null
        if (previous !== null && detail !== null && !hasText(cellText(previous.cells, detail.field))) {
          previous.cells.set(detail.field, { text: detail.value, column: only, header: detail.label })
          options.onStructureRow?.(rowNumber, 'continuation')
          continue
        }
        // With fill-down on, a row with only a title is an action whose other cells were merged from above.
        // In a numbered list, a lone cell that is not a list item is a heading, never a continuation.
        // "In 2031, the council will open the new library." among a list's lead-ins: a milestone of its own, never
        // a heading.
        const inList = (options.listRows?.size ?? 0) > 0 && only === titleIndex
        const yearItem = inList && yearLedSentence(text) !== null
        const listHeading = inList && !yearItem
        // A heading is one short line: an action cell of several lines, one of them a sentence, is an action.
        // Below a numbered action, or an action under a group label written once, a lone action cell is an action.
        // A paragraph under a theme's heading promising a list it lost, over the next theme's heading: an item of
        // the theme, not a heading.
        const lostList = section !== null && only === titleIndex && paragraphOverHeading(rows, index, only)
        const isHeading =
          !lostList &&
          (listHeading ||
            (!yearItem &&
              (only === 0 || only === titleIndex) &&
              !(only === titleIndex && isLinesWithSentence(row[only]!)) &&
              !(
                (refIndex !== undefined || options.groupLabels === true) &&
                only === titleIndex &&
                previous !== null
              ) &&
              !(options.fillDown.size > 0 && only === titleIndex) &&
              // The last line, right below an action: a heading over nothing is the plan's last action.
              !(only === titleIndex && previous !== null && lastLineAfterActions(rows, index)) &&
              // "Allison to send …" right below "Allison to review …": an owner-led task as its neighbour is,
              // its margin cell left blank, never a heading.
              !(only === titleIndex && previous !== null && ownerLedLikeAbove(text, previous)) &&
              // "Organise the launch" over "Update the web page" over "Send the agenda", their other cells blank:
              // a list of tasks, not a stack of headings over nothing.
              !(only === titleIndex && inLoneTaskRun(titleIndex, index))))
        if (isHeading) {
          // A lead-in to the list below ("We commit to:", "Our top three actions are:") keeps the section it
          // sits in: it introduces the items, it does not name them.
          // One that reports the items' state ("Key achievements include:") is their heading, so the state reaches them.
          if (
            section !== null &&
            (leadIn.test(text) ||
              listIntro.test(text) ||
              (isLeadInSentence(text) && !isSentence(section)) ||
              introducesRoadmapStage(text, section)) &&
            statusFromLeadIn(text) === null
          ) {
            options.onStructureRow?.(rowNumber, 'section')
            continue
          }
          section = stripColon(text)
          previous = null
          options.onStructureRow?.(rowNumber, 'section')
          continue
        }
      }
    }

    if (map.blocks.length > 0) {
      readGridRow(row, rowNumber, map, section, gridPage, issues)
      continue
    }

    const refIndex = map.fields.get('ref')
    const titleIndex = map.fields.get('title')
    const hasRef = refIndex !== undefined && hasText(row[refIndex] ?? '')
    const hasTitle = titleIndex !== undefined && hasText(row[titleIndex] ?? '')
    // A labelled item ("Executive support: the Vice-Chancellor …") or a bullet below a numbered row is an
    // action of its own under that number, never a continuation: a page break splits a sentence, it does not
    // start a "Label:" line or a bullet. A numbered row with nothing but its title above such items is their
    // heading.
    const labelled =
      refIndex !== undefined &&
      previous !== null &&
      !hasRef &&
      hasTitle &&
      hasText(cellText(previous.cells, 'ref')) &&
      ((isLabelledItem(row[titleIndex!]!) && !isNoteLabel(row[titleIndex!]!)) ||
        options.listRows?.has(index) === true)
    // The next numbered row ends the heading's group: its section is the one above the heading again.
    if (hasRef && numberedHeading !== null) {
      // Unless a section row came in between.
      if (section === numberedHeading.title) section = numberedHeading.above
      numberedHeading = null
    }
    // A numbered row with nothing but its title ("1 | Baseline data") above rows numbered under it ("1.1",
    // "1.2") is their heading, not an action; the first row numbered outside it ends its group.
    const ref = hasRef ? collapseWhitespace(row[refIndex!]!).replace(/\.$/, '') : ''
    const subItem = hasRef && numberedParent?.composes === true ? subItemRef(numberedParent.ref, ref) : null
    if (hasRef && numberedParent !== null && !ref.startsWith(`${numberedParent.ref}.`) && subItem === null) {
      if (section === numberedParent.title) section = numberedParent.above
      numberedParent = null
    }
    if (
      hasRef &&
      previous !== null &&
      pending === previous &&
      previousNumbered &&
      isBareHeading(previous) &&
      // "4.1. The Assembly and the Government commit to …" over 4.1.1, 4.1.2: a commitment itself, not a heading.
      !isCommitmentSentence(cellText(previous.cells, 'title')) &&
      // "3. Keep reviewing the templates completed" over 3.5: an item reporting its state, not a heading.
      statusAtEnd(cellText(previous.cells, 'title'), 'habit') === null
    ) {
      const parentRef = collapseWhitespace(cellText(previous.cells, 'ref')).replace(/\.$/, '')
      const composes = startsSubItems(parentRef, ref)
      if (parentRef !== '' && (ref.startsWith(`${parentRef}.`) || composes)) {
        const title = stripColon(collapseWhitespace(cellText(previous.cells, 'title')))
        numberedParent = { ref: parentRef, title, above: section, composes }
        section = title
        options.onStructureRow?.(previous.row, 'section')
        pending = null
      }
    }
    if (
      labelled &&
      previous !== null &&
      pending === previous &&
      previousNumbered &&
      isBareHeading(previous) &&
      // "1. Rebuild the tracker (todo)" over a bullet: an item reporting its state, not a heading.
      statusAtEnd(cellText(previous.cells, 'title'), 'habit') === null
    ) {
      const title = stripColon(collapseWhitespace(cellText(previous.cells, 'title')))
      numberedHeading = { title, above: section }
      section = title
      options.onStructureRow?.(previous.row, 'section')
      pending = null
    }
    // A row with text in the group label column and no action, owner, date or status ("1 | Embed the charter
    // in governance", or an area label beside the principles it covers) is a heading over the rows below it,
    // not an action without a title nor the rest of the action above.
    const labelIndex = map.fields.get('section')
    if (!hasTitle && labelIndex !== undefined && isLabelRow(row, map, labelIndex)) {
      const label = collapseWhitespace(row[labelIndex]!)
      section = hasRef ? `${collapseWhitespace(row[refIndex!]!)} ${label}` : label
      previous = null
      options.onStructureRow?.(rowNumber, 'section')
      continue
    }
    // "R2 | Review the code of practice": a recommendation over the header and rows of its own actions.
    const recommendation = recommendationRow(row, map)
    if (recommendation !== null) {
      section = recommendation
      previous = null
      options.onStructureRow?.(rowNumber, 'section')
      continue
    }
    // Before the first action, a row with no action text, owner, date or status ("Priority No.1 Embed …" beside
    // its rationale) is a heading over the actions below it, not an action without a title.
    // A row of units under the header ("£000" over a costs column) names nothing: structure, no section.
    // So is a row whose ref cell holds only the group's number ("0 | Governance action plan" over "A 0.1", …).
    const groupNumber = hasRef && /^\d{1,2}$/.test(row[refIndex!]!.trim())
    if (
      !hasTitle &&
      (!hasRef || groupNumber) &&
      previous === null &&
      pending === null &&
      !hasDetails(row, map)
    ) {
      const text = collapseWhitespace(row[firstFilled(row)]!)
      if (/[A-Za-z]{2}/.test(text)) section = text
      options.onStructureRow?.(rowNumber, /[A-Za-z]{2}/.test(text) ? 'section' : 'header')
      continue
    }
    // Above the first action, a paragraph introducing the plan ("Our Action Plan provides …", "… please contact
    // the relevant lead") is the page's introduction, not an action.
    if (
      pending === null &&
      previous === null &&
      filled === 1 &&
      hasTitle &&
      !hasRef &&
      addressesReaderAboutPlan(row[titleIndex!]!)
    ) {
      options.onStructureRow?.(rowNumber, 'skipped')
      continue
    }
    // Below the list, the links a web page ends with ("Read the full plan (PDF)", "Click here to see …").
    if (previous !== null && filled === 1 && hasTitle && !hasRef && index >= linksFrom(titleIndex!)) {
      options.onStructureRow?.(rowNumber, 'skipped')
      continue
    }
    const draft = newDraft(row, rowNumber, map, layout, section, fromDescription, reportedEmptyHeader, issues)
    // Past a page's running lines, the rest of the action the break cut ("materials (wood) in building industry").
    if (
      previous === null &&
      pending !== null &&
      filled >= 2 &&
      continuesAfterPageBreak(row, map, cellText((pending as ActionDraft).cells, 'title'))
    ) {
      mergeInto(pending, draft)
      previous = pending
      options.onStructureRow?.(rowNumber, 'continuation')
      continue
    }
    const composed = numberedParent?.composes === true ? subItemRef(numberedParent.ref, ref) : null
    const refCell = draft.cells.get('ref')
    if (composed !== null && refCell !== undefined) draft.cells.set('ref', { ...refCell, text: composed })
    const ownOwnerOrTarget = ['target', 'owners', 'status'].some((field) => {
      const column = map.fields.get(field as ColumnField)
      return column !== undefined && hasText(row[column] ?? '')
    })
    // A row without a number whose action opens a new sentence and has its own owner, date or status is a further
    // action under the number above ("1.1 | Clarify the vision", then "| Cascade the vision | HoDs | 07/11", or a
    // timeline's "| Appoint a facilitator | Completed June 2020"): a page break splits a sentence, it does not
    // start a new one with its own owner, date and progress.
    // Under a group label written once (a merged cell), a row that opens a new sentence is an action of the
    // group even with no owner or date of its own.
    const opensSentence = hasTitle && startsSentence(row[titleIndex!]!)
    const grouped = options.groupLabels === true
    const ownsDetails =
      labelled || (hasTitle && ownOwnerOrTarget && (grouped || opensSentence)) || (grouped && opensSentence)
    // A row naming another section in its own section column than the numbered action above ("Sprint 2" after
    // "1c | … | Sprint 1") is not in that action's group: it neither goes on with it nor takes its number.
    const sectionIndex = map.fields.get('section')
    const leavesGroup =
      previous !== null &&
      !hasRef &&
      hasTitle &&
      sectionIndex !== undefined &&
      hasText(row[sectionIndex] ?? '') &&
      collapseWhitespace(row[sectionIndex]!) !== collapseWhitespace(cellText(previous.cells, 'section'))
    const continues =
      previous !== null &&
      !hasRef &&
      !ownsDetails &&
      !leavesGroup &&
      (!hasTitle || (refIndex !== undefined && hasText(cellText(previous.cells, 'ref'))))
    if (continues) {
      options.onStructureRow?.(rowNumber, 'continuation')
      if (mergeInto(previous!, draft) && !cutReported.has(previous!.row)) {
        cutReported.add(previous!.row)
        issues.push(
          createImportIssue(
            'merged-too-long',
            'warning',
            rowNumber,
            null,
            null,
            `The continuation rows merged into the action on row ${previous!.row} make a cell longer than ${maxMergedLength} characters; the rest was cut. If these rows are separate actions, give each a number or title.`,
          ),
        )
      }
      // One issue per action, on its first continuation row: the explanation lists every such row.
      if (mergedReported.has(previous!.row)) continue
      mergedReported.add(previous!.row)
      issues.push(
        createImportIssue(
          'merged-continuation',
          'info',
          rowNumber,
          null,
          null,
          `Row ${rowNumber} has no ${refIndex !== undefined && hasTitle ? 'number' : 'action title'}, so it was read as the continuation of the action on row ${previous!.row} (a row split by a page break) and its text was appended. If it is a separate action, give it a ${refIndex !== undefined ? 'number' : 'title'}.`,
        ),
      )
      continue
    }
    if (!hasTitle) {
      issues.push(
        createImportIssue(
          'missing-title',
          'error',
          rowNumber,
          (titleIndex ?? 0) + 1,
          titleIndex === undefined ? null : (map.headers[titleIndex] ?? null),
          `Row ${rowNumber} has text but no action title. Fill in the ${titleIndex === undefined ? 'action' : `"${map.headers[titleIndex]}"`} column; the row is imported with an empty title.`,
        ),
      )
    }
    if (previous !== null) fillDown(draft, previous, options.fillDown)
    if (previous !== null && ownsDetails && !hasRef && !leavesGroup) fillDown(draft, previous, groupFields)
    // A lettered item under a group label written once ("(b) Draft the terms …") has its own ref, and is still
    // in the group: it takes the group's label.
    if (previous !== null && grouped && hasRef && hasTitle && isLetteredRef(row[refIndex!] ?? ''))
      fillDown(draft, previous, sectionField)
    flushPending()
    pending = draft
    previous = draft
    previousNumbered = hasRef
  }
  flushGrid()
  return { issues }
}

const groupFields: ReadonlySet<ColumnField> = new Set<ColumnField>(['ref', 'section'])
const sectionField: ReadonlySet<ColumnField> = new Set<ColumnField>(['section'])
/** "(b)", "b": the ref of a lettered item of the group it sits in. */
const isLetteredRef = (cell: string): boolean => /^(?:[a-z]|\([a-z]\))$/.test(cell.trim())

function mapOptions(options: ReadTableBodyOptions) {
  return options.columns === undefined
    ? { taxonomy: options.taxonomy }
    : { taxonomy: options.taxonomy, columns: options.columns }
}

/**
 * Every filled cell of the row is a header word ("Target", "Target date", "Lead"), and no two name the same field by
 * their opening word alone: "Status emails for orders | Status pages and alerts" is an item and its group, each
 * opening with "Status", where a header names each column once.
 */
function isHeaderWordsRow(row: readonly string[], taxonomy: Taxonomy): boolean {
  if (!row.every((cell) => !hasText(cell) || isHeaderCell(collapseWhitespace(cell), taxonomy))) return false
  const loose = new Set<ColumnField>()
  for (const cell of row) {
    const match = hasText(cell) ? matchColumnHeader(collapseWhitespace(cell)) : null
    if (match === null || match.rank < looseRank) continue
    if (loose.has(match.field)) return false
    loose.add(match.field)
  }
  return true
}

/** The rank from which {@link matchColumnHeader} matched a cell by its opening words, not the whole cell. */
const looseRank = 10

/** A cell that opens with a capital or a digit, as a new sentence does ("Tell staff …", "7 applications …"),
 * or with a minute-taker's label before its owner ("action GB: post the news", as minutes type it in lower case),
 * not "and the rest …". */
function startsSentence(cell: string): boolean {
  return /^(?:[A-Z0-9]|action [^:]{1,40}:)/.test(cell.trimStart())
}

/** How many cells hold text, counting no further than 2: the reader only needs to know 0, 1 or several. */
/** "Executive support: the Vice-Chancellor …": a short capitalised label (at most six words), a colon, text. */
function isLabelledItem(cell: string): boolean {
  const text = collapseWhitespace(cell)
  const match = /^[A-Z][^:.;!?]{0,60}:\s+\S/.exec(text)
  if (match === null) return false
  const label = text.slice(0, text.indexOf(':'))
  return label.split(' ').length <= 6
}

// "Why we have chosen this objective:", "Reason for objective:", "Progress to date:", "Further actions:": a label
// that says the line explains, reports on or follows up the item above it. A topic label that merely starts
// with such a word ("Evidence based decision-making:", "Progress reporting:") is not one.
const noteLabel =
  /^(?:why\b.*|reasons?(?: for\b.*)?|rationale|background|progress(?: (?:to date|so far|made|update|we are making|towards)\b.*)?|impact|updates?|comments?|notes?|further actions?|next steps?)$/i

/** A labelled line whose label says it is about the item above (its reason, its progress), not an item. */
function isNoteLabel(cell: string): boolean {
  const text = collapseWhitespace(cell)
  return noteLabel.test(text.slice(0, text.indexOf(':')).trim())
}

/** A numbered row holding only its number and title: no owner, date, status or other text. */
function isBareHeading(draft: ActionDraft): boolean {
  for (const [field, cell] of draft.cells) {
    if (field !== 'ref' && field !== 'title' && hasText(cell.text)) return false
  }
  return (
    draft.extra.every((cell) => !hasText(cell.value)) && draft.flags.every((flag) => !hasText(flag.value))
  )
}

const leadIn = /^(?:we|our|i|they|the|these|this)\b[^:]{0,60}\b(?:to|are|is|include|includes|will)\s?:$/i

/** "Examples of metrics used include:", "Steps are as follows:": a line that introduces the list below it. */
const listIntro = /\b(?:include|includes|including|as follows)\s?:$/i

/** "Year 1 goals are done; some examples of these are:": a sentence ending in a colon introduces a list (and
 * keeps the heading above it; below an intro sentence, it is the better heading of the two). */
function isLeadInSentence(text: string): boolean {
  return text.endsWith(':') && text.split(' ').length >= 6
}

function isLinesWithSentence(cell: string): boolean {
  const lines = cell.split('\n')
  return filledCellCount(lines) >= 2 && lines.some(isSentence)
}

/** "4.1 Promote EDI CONT'D", "Objective 2 (continued)": a heading repeated after a page break. */
const continuedHeading = /(?:\bcont['’]d\.?|\(cont(?:inued|\.|['’]d)?\))$/i

/** An owner, target or status cell of the row holds text: what an action has and a heading does not. */
function hasDetails(row: readonly string[], map: ColumnMap): boolean {
  return (['owners', 'target', 'status'] as const).some((field) => {
    const column = map.fields.get(field)
    return column !== undefined && hasText(row[column] ?? '')
  })
}

/**
 * The row holds only a ref and an action cell, and the next filled row is the header again: the heading of the small
 * table below it ("Action 8: Government-Wide Dashboards" over "Milestone | … | Target Date" again).
 */
function headsRepeatedTable(
  rows: readonly (readonly string[])[],
  index: number,
  map: ColumnMap,
  options: ReadTableBodyOptions,
): boolean {
  const row = rows[index]!
  const ref = map.fields.get('ref')
  const title = map.fields.get('title')
  if (ref === undefined || title === undefined || !hasText(row[ref] ?? '') || !hasText(row[title] ?? '')) {
    return false
  }
  // Only those two: a row with its own owner, date or status (the last action before a page break) is an action.
  if (row.some((cell, column) => column !== ref && column !== title && hasText(cell))) return false
  for (let next = index + 1; next < rows.length && next <= index + 5; next++) {
    if (options.skipRows.has(next)) continue
    const following = rows[next]!
    if (countFilled(following) === 0) continue
    return repeatsHeader(following, map.headers)
  }
  return false
}

/** The row is the header again, cell for cell (case and spacing aside), with at least two named cells. */
function repeatsHeader(row: readonly string[], headers: readonly string[]): boolean {
  if (filledCellCount(headers) < 2) return false
  const width = Math.max(row.length, headers.length)
  for (let c = 0; c < width; c++) if (!sameHeaderText(row[c] ?? '', headers[c] ?? '')) return false
  return true
}

/** The label column is filled, and no mapped field but the ref holds text (unmapped columns may). */
function isLabelRow(row: readonly string[], map: ColumnMap, labelIndex: number): boolean {
  if (!hasText(row[labelIndex] ?? '')) return false
  for (const [field, column] of map.fields) {
    if (field !== 'ref' && field !== 'section' && hasText(row[column] ?? '')) return false
  }
  return (
    map.flags.every((flag) => !hasText(row[flag.index] ?? '')) &&
    map.years.every((year) => !hasText(row[year.index] ?? ''))
  )
}

/** One cell of text inside the header's columns and a ref alone past them: a ref label's line joined to the line
 * below it ("Objective 2:" over its aim). */
function refPastHeader(row: readonly string[], map: ColumnMap): boolean {
  // The header's named columns: a header spans the whole table, its last columns unnamed when rows run past it.
  let width = map.headers.length
  while (width > 0 && (map.headers[width - 1] ?? '') === '') width--
  if (width === 0 || row.length <= width || countFilled(row.slice(0, width)) !== 1) return false
  return row.slice(width).every((cell) => !hasText(cell) || refLike.test(cell.trim()))
}

function countFilled(row: readonly string[]): number {
  let count = 0
  for (const cell of row) if (hasText(cell) && ++count === 2) break
  return count
}

function firstFilled(row: readonly string[]): number {
  return row.findIndex((cell) => cell.trim() !== '')
}

function stripColon(text: string): string {
  return text.replace(/:\s*$/, '').trim()
}

function nextFilledRowIsHeader(
  rows: readonly (readonly string[])[],
  index: number,
  options: ReadTableBodyOptions,
): boolean {
  for (let next = index + 1; next < rows.length && next <= index + 5; next++) {
    if (options.skipRows.has(next)) continue
    const row = rows[next]!
    if (countFilled(row) === 0) continue
    return (
      looksLikeHeader(row, options.taxonomy, { body: true }) &&
      mapColumns(row, next + 1, mapOptions(options)) !== null
    )
  }
  return false
}

const noFlags: ActionDraft['flags'] = Object.freeze([]) as unknown as ActionDraft['flags']
const noYears: ActionDraft['years'] = Object.freeze([]) as unknown as ActionDraft['years']
const noExtra: ActionDraft['extra'] = Object.freeze([]) as unknown as ActionDraft['extra']

function newDraft(
  row: readonly string[],
  rowNumber: number,
  map: ColumnMap,
  layout: readonly MappedColumn[],
  section: string | null,
  fromDescription: boolean,
  reportedEmptyHeader: Set<number>,
  issues: ImportIssue[],
): ActionDraft {
  const draft: ActionDraft = {
    row: rowNumber,
    verbatim: false,
    section,
    cells: readDraftCells(row, layout),
    // Most tables have no flag, year or unmapped columns: those drafts share one frozen empty list rather than
    // allocate three per row. Safe, as a draft's lists change only element by element, or (`extra`) grow only
    // when the header has unmapped columns, and then the draft has its own.
    flags:
      map.flags.length === 0
        ? noFlags
        : map.flags.map((flag) => ({
            header: flag.header,
            value: row[flag.index] ?? '',
            column: flag.index,
          })),
    years:
      map.years.length === 0
        ? noYears
        : map.years.map((year) => ({
            label: year.label,
            year: year.year,
            text: row[year.index] ?? '',
            column: year.index,
          })),
    extra: map.extra.length === 0 ? noExtra : [],
    blockPillar: null,
    pillarsFromDescription: fromDescription,
  }
  for (const column of map.extra) {
    const value = row[column.index] ?? ''
    if (value.trim() === '') continue
    if ((map.headers[column.index] ?? '') === '' && !reportedEmptyHeader.has(column.index)) {
      reportedEmptyHeader.add(column.index)
      issues.push(
        createImportIssue(
          'empty-header',
          'warning',
          rowNumber,
          column.index + 1,
          null,
          `Column ${column.index + 1} has no header but holds text (first on row ${rowNumber}); it is kept in each action's extra as "${column.name}". Give the column a header, or map it with options.columns.`,
        ),
      )
    }
    draft.extra.push({ name: column.name, value, column: column.index })
  }
  return draft
}

function layoutOf(map: ColumnMap): MappedColumn[] {
  return [...map.fields].map(([field, column]) => [field, column, map.headers[column] ?? ''] as const)
}

function pillarsFromDescription(map: ColumnMap): boolean {
  if (map.fields.has('pillars') || map.flags.length > 0) return false
  const column = map.fields.get('description')
  if (column === undefined) return false
  return /^(?:rationale|justification|why|context|background)\b/i.test(map.headers[column] ?? '')
}

/** Excel's own cell limit: merged continuation text stops growing here. */
const maxMergedLength = 32_767

/** Merges a continuation row into its action; returns true when some text was cut at the cell limit. */
function mergeInto(target: ActionDraft, extra: ActionDraft): boolean {
  let cut = false
  // Both drafts were read under the same header (a new header ends merging), so they map the same fields.
  for (const [field, { text }] of extra.cells) {
    if (text.trim() === '') continue
    const mine = target.cells.get(field)
    if (mine === undefined) continue
    const before = mine.text
    // Checked before joining, so a long run of continuation rows costs one step per row once the cell is full.
    if (before.length >= maxMergedLength) {
      cut = true
      continue
    }
    const joined = field === 'owners' ? joinOwners(before, text) : joinText(before, text)
    if (joined.length > maxMergedLength) cut = true
    target.cells.set(field, { ...mine, text: joined.slice(0, maxMergedLength) })
  }
  extra.flags.forEach((flag, i) => {
    const mine = target.flags[i]
    if (mine && mine.value.trim() === '') mine.value = flag.value
  })
  extra.years.forEach((year, i) => {
    const mine = target.years[i]
    if (mine && year.text.trim() !== '') target.years[i] = { ...mine, text: joinText(mine.text, year.text) }
  })
  for (const item of extra.extra) {
    const mine = target.extra.find((e) => e.column === item.column)
    if (mine) mine.value = joinText(mine.value, item.value)
    else target.extra.push({ ...item })
  }
  if (target.extra.length > 1) target.extra.sort((a, b) => a.column - b.column)
  return cut
}

/** "As above", "Ditto", "Same as above": an owner cell that repeats the one above it. */
const dittoOwner = /^(?:(?:same\s)?as\sabove|ditto|do\.?|")\.?$/i
/** A line that stops mid-phrase ("Head of", "HR and"): the next row's cell finishes it. */
const unfinishedOwner = /(?:\b(?:of|and|for|the)|[&,/–-])$/i

/**
 * The owner cells of a row and its continuation row: each its own owner on its own line (a step row names the
 * step's lead), unless the first stops mid-phrase (a cell split by a page break). A ditto ("As above") adds none.
 */
function joinOwners(a: string, b: string): string {
  const right = b.trim()
  if (dittoOwner.test(right)) return a
  const left = a.trimEnd()
  if (left === '' || unfinishedOwner.test(left)) return joinText(left, right)
  return `${left}\n${right}`
}

function joinText(a: string, b: string): string {
  const left = a.trimEnd()
  const right = b.trimStart()
  if (left === '') return right
  if (right === '') return left
  return `${left} ${right}`
}

function fillDown(draft: ActionDraft, previous: ActionDraft, fields: ReadonlySet<ColumnField>): void {
  for (const field of fields) {
    const mine = draft.cells.get(field)
    const before = previous.cells.get(field)?.text
    if (mine === undefined || before === undefined) continue
    if (mine.text.trim() === '' && before.trim() !== '') draft.cells.set(field, { ...mine, text: before })
  }
  if (fields.has('pillars') && draft.flags.every((flag) => flag.value.trim() === '')) {
    draft.flags.forEach((flag, i) => {
      flag.value = previous.flags[i]?.value ?? ''
    })
  }
  if (fields.has('target') && draft.years.every((year) => year.text.trim() === '')) {
    draft.years.forEach((year, i) => {
      draft.years[i] = { ...year, text: previous.years[i]?.text ?? '' }
    })
  }
}

function readGridRow(
  row: readonly string[],
  rowNumber: number,
  map: ColumnMap,
  section: string | null,
  page: ActionDraft[][],
  issues: ImportIssue[],
): void {
  map.blocks.forEach((block, b) => {
    const text = (row[block.titleIndex] ?? '').trim()
    const yearTexts = block.years.map((year) => (row[year.index] ?? '').replace(/\r\n?/g, '\n').trim())
    if (text === '') {
      const orphan = yearTexts.findIndex((t) => t !== '')
      if (orphan >= 0) {
        const column = block.years[orphan]!
        issues.push(
          createImportIssue(
            'orphan-target',
            'warning',
            rowNumber,
            column.index + 1,
            column.label,
            `Row ${rowNumber} has a target ("${yearTexts[orphan]}") under ${block.header} / ${column.label} but no action beside it; it was skipped. Put the action text in column ${block.titleIndex + 1}, or delete the target.`,
          ),
        )
      }
      return
    }
    const lines = text
      .split(/\r\n?|\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
    const yearLines = yearTexts.map((t) =>
      t === '' ? [] : t.split('\n').filter((line) => line.trim() !== ''),
    )
    // Two actions typed into one cell, each with its own quarter on the matching line ("Q2\nQ2").
    const split =
      lines.length > 1 &&
      yearLines.some((l) => l.length > 0) &&
      yearLines.every((l) => l.length === 0 || l.length === lines.length)
    const count = split ? lines.length : 1
    for (let i = 0; i < count; i++) {
      page[b]!.push(
        gridDraft(
          rowNumber,
          block,
          section,
          split ? lines[i]! : text,
          yearLines.map((l, y) => (split ? (l[i] ?? '') : yearTexts[y]!)),
        ),
      )
    }
    if (split) {
      issues.push(
        createImportIssue(
          'split-cell',
          'info',
          rowNumber,
          block.titleIndex + 1,
          block.header,
          `The cell on row ${rowNumber} under ${block.header} holds ${lines.length} lines with ${lines.length} targets, so it was read as ${lines.length} actions. If it is one action, put its target on one line.`,
        ),
      )
    }
  })
}

function gridDraft(
  rowNumber: number,
  block: PillarBlock,
  section: string | null,
  text: string,
  yearTexts: readonly string[],
): ActionDraft {
  return {
    row: rowNumber,
    verbatim: false,
    section,
    cells: new Map([['title', { text, column: block.titleIndex, header: block.header }]]),
    flags: [],
    years: block.years.map((year, i) => ({
      label: year.label,
      year: year.year,
      text: yearTexts[i] ?? '',
      column: year.index,
    })),
    extra: [],
    blockPillar: { code: block.pillarCode, header: block.header },
    pillarsFromDescription: false,
  }
}
