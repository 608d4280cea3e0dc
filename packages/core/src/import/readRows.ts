import { nestedOutlineRefs } from './nestedOutlineRefs'
import { actionItemsHeader } from './ownersOpeningActionItem'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { ColumnAssignment, ColumnExplanation } from './assignColumns'
import type { ColumnMap } from './mapColumns'
import { isInstruction } from './isInstruction'
import { verbLinesAmongItems } from './verbLinesAmongItems'
import { openingOf, verbLedLinesUnderHeadings } from './verbLedLinesUnderHeadings'
import { itemsUnderCapitalHeadings } from './itemsUnderCapitalHeadings'
import { phraseLinesUnderLabels } from './phraseLinesUnderLabels'
import { headingPeriod } from './headingPeriod'
import { instructionUnderDatedHeading } from './instructionUnderDatedHeading'
import { isSentence } from './isSentence'
import { rowsOutsideNamedActionLists } from './rowsOutsideNamedActionLists'
import { roleAsPresentSubject } from './roleAsPresentSubject'
import { ownerLine } from './ownerLine'
import { ownerGroupHeading } from './ownerGroupHeading'
import { ownerInHeadingBracket } from './ownerInHeadingBracket'
import { ownerOpeningHeading } from './ownerOpeningHeading'
import { bodyNameHeading } from './bodyNameHeading'
import { ownerAboveEachItem } from './ownerAboveEachItem'
import { peelItemLabel } from './peelItemLabel'
import { codedHeadingRows } from './codedHeadingRows'
import { peelRef } from './peelRef'
import { itemsUnderSiblingHeadings } from './itemsUnderSiblingHeadings'
import { repeatsHeaderUnderRecommendation } from './repeatsHeaderUnderRecommendation'
import { unmarkedListItems } from './unmarkedListItems'
import { lostBulletItems } from './lostBulletItems'
import { letteredItemsUnderRef } from './letteredItemsUnderRef'
import { lastLineOfList } from './lastLineOfList'
import { numberedListsInCells } from './numberedListsInCells'
import { romanItemsUnderLeadIn } from './romanItemsUnderLeadIn'
import { peelPriorityLabel } from './peelPriorityLabel'
import { bulletedLines } from './splitBulletedAction'
import { BULLET_MARKS } from './bulletMarks'
import { itemsCountedByLeadIn } from './itemsCountedByLeadIn'
import { continuedNumbers } from './continuedNumbers'
import type { ImportIssue } from '../model/importIssue'
import { ITEM_REF, NOT_A_YEAR } from './itemMark'

/** The body rows made ready for the row reader. */
export interface ReadRowsResult {
  /** The rows, with a ref peeled from the start of a cell moved into a column of its own after the last. */
  readonly rows: readonly (readonly string[])[]
  /** 0-based rows that are list items (a ref or bullet at the start), actions even when alone on their row. */
  readonly listRows: ReadonlySet<number>
  /** 0-based rows that name the owner of the actions below them ("Contact: A. Person"), alone on their row. */
  readonly ownerRows: ReadonlySet<number>
  /** The column the owners of `ownerRows` were written into, when the table had no owners column of its own. */
  readonly ownersColumn: number | null
  /** The 0-based ref column whose peeled refs were all "1" (a list numbered afresh in each cell) and so cleared. */
  readonly restartedNumbering: number | null
  /** Numbered lines past 999 the reader had to guess at (a year heading or an item). */
  readonly issues: readonly ImportIssue[]
}

const bullet = new RegExp(`^\\s*[${BULLET_MARKS}]\\s+`)

/**
 * "1.2.1", "1.2.1.", "V3", "1200": a number alone in its cell. A year alone ("2019") is deliberately not a ref: it
 * dates the row.
 */
const bareRef = new RegExp(String.raw`^(${NOT_A_YEAR}${ITEM_REF})\.?$`)

/**
 * Whether at least half of the bulleted cells of column `column` (from `bodyStart` on) that no ref opens open with
 * an item's kind and number ({@link peelItemLabel}: "• Revised target 2: …"): the plan labels its items so. A label
 * on a few of them ("• Seminar 2: Harassment at work" among "• Draft the survey") is part of those items' titles.
 */
function labelsMostItems(table: readonly (readonly string[])[], bodyStart: number, column: number): boolean {
  let bulleted = 0
  let labelled = 0
  for (let index = bodyStart; index < table.length; index++) {
    const cell = table[index]![column] ?? ''
    if (!bullet.test(cell) || cell.includes('\n') || peelRef(cell) !== null) continue
    bulleted++
    if (peelItemLabel(cell.replace(bullet, '')) !== null) labelled++
  }
  return labelled > 0 && labelled * 2 >= bulleted
}

/**
 * Prepares the rows of a table whose columns were assigned by {@link assignColumns}: peels refs typed at the
 * start of a cell into the ref column ("1.2 Set up a forum" → `1.2` and "Set up a forum") and strips list
 * bullets. Rows above `bodyStart` and rows without a ref are left as they are; the caller's rows are never
 * changed.
 *
 * @example
 * readRows([['1. Launch a webpage']], 0, assignment).rows[0] // ['Launch a webpage', '1']
 */
export function readRows(
  table: readonly (readonly string[])[],
  bodyStart: number,
  assignment: ColumnAssignment,
): ReadRowsResult {
  const { peelFrom } = assignment
  const refColumn = assignment.map.fields.get('ref')
  const titleColumn = assignment.map.fields.get('title')
  const listRows = new Set<number>()
  const ownerRows = new Set<number>()
  if (peelFrom === null && titleColumn === undefined)
    return { rows: table, listRows, ownerRows, ownersColumn: null, restartedNumbering: null, issues: [] }
  // "• Revised target 2: …" labels the plan's items when most bulleted items carry such a label; one bulleted item
  // labelled so among plain ones ("• Seminar 2: Harassment at work" among "• Draft the survey") keeps its label.
  const itemLabels =
    peelFrom !== null && refColumn !== undefined && labelsMostItems(table, bodyStart, peelFrom)
  const peeled = table.map((row, index) => {
    if (index < bodyStart) return row
    // "P0 - @ana - Publish the API reference": the priority and owner opening the line mark it an item, as a
    // bullet does; its "P0" is no ref. buildAction peels them.
    if (titleColumn !== undefined && peelPriorityLabel(row[titleColumn] ?? '') !== null) {
      listRows.add(index)
      return row
    }
    const peelable = peelFrom !== null && refColumn !== undefined
    // Rows with nothing to change are shared, not copied.
    if (!peelable && (titleColumn === undefined || !bullet.test(row[titleColumn] ?? ''))) return row
    const out = [...row]
    if (peelFrom !== null && refColumn !== undefined) {
      while (out.length < refColumn) out.push('')
      const cell = out[peelFrom] ?? ''
      // "• Revised target 2: …": one bulleted item whose label holds its number.
      const afterBullet = bullet.test(cell) && !cell.includes('\n') ? cell.replace(bullet, '') : null
      // "R2 Actions": the header again under the next recommendation, not an action numbered R2.
      const peeled = repeatsHeaderUnderRecommendation(cell)
        ? null
        : (peelRef(cell) ?? (afterBullet === null || !itemLabels ? null : peelItemLabel(afterBullet)))
      out[refColumn] = peeled?.ref ?? ''
      // A label cell holding only a number ("1.2.1" under an "ID" column of "1.2 Governance" cells) is the ref.
      const bare =
        peeled === null && peelFrom !== titleColumn ? bareRef.exec((out[peelFrom] ?? '').trim()) : null
      if (bare !== null) {
        out[refColumn] = bare[1]!
        out[peelFrom] = ''
      }
      if (peeled !== null) {
        out[peelFrom] = peeled.rest
        // A numbered cell alone on its row is an action only in the action column; in a group label column
        // it is a section heading ("2 RECOGNITION AND VALUE").
        if (peelFrom === titleColumn) listRows.add(index)
      }
    }
    // A cell that is only a bulleted list keeps its bullets: each is an action (splitBulletedAction), unless
    // the row is numbered ("Action 1"): a numbered action is one action, its bullets its steps.
    const numbered = refColumn !== undefined && hasText(out[refColumn] ?? '')
    if (titleColumn !== undefined && !numbered && bulletedLines(out[titleColumn] ?? '') !== null)
      listRows.add(index)
    else if (titleColumn !== undefined && bullet.test(out[titleColumn] ?? '')) {
      out[titleColumn] = (out[titleColumn] ?? '').replace(bullet, '')
      if (hasText(out[titleColumn]!) && !isBulletedLeadIn(out[titleColumn]!)) listRows.add(index)
    }
    return out
  })
  // Items numbered on past 999 ("1000. …"), which the ref peeler leaves for year headings.
  const continued =
    peelFrom !== null && refColumn !== undefined
      ? continuedNumbers(
          peeled.map((row) => row[refColumn] ?? ''),
          peeled.map((row) => row[peelFrom] ?? ''),
          bodyStart,
        )
      : { items: [], issues: [] }
  for (const item of continued.items) {
    const out = [...peeled[item.index]!]
    out[refColumn!] = item.ref
    out[peelFrom!] = item.rest
    peeled[item.index] = out
    if (peelFrom === titleColumn) listRows.add(item.index)
  }
  // "DP-01 …" alone on its row over "OP3-01.01 … | measure | status" rows: a heading of the plan, kept as written.
  if (peelFrom !== null && peelFrom === titleColumn && refColumn !== undefined) {
    for (const index of codedHeadingRows(peeled, bodyStart, refColumn, titleColumn)) {
      peeled[index] = table[index]!
      listRows.delete(index)
    }
  }
  // Lettered actions under a number written once in the ref column: "1.1a", "1.1b", each an action.
  if (peelFrom === null && refColumn !== undefined && titleColumn !== undefined) {
    for (const [index, item] of letteredItemsUnderRef(peeled, bodyStart, refColumn, titleColumn)) {
      const out = [...peeled[index]!]
      out[refColumn] = item.ref
      out[titleColumn] = item.title
      peeled[index] = out
      listRows.add(index)
    }
  }
  if (titleColumn !== undefined) addUnbulletedFirstItems(peeled, bodyStart, titleColumn, listRows)
  // "Goal 2: Greener verges" over unbulleted "Sow wild flowers …" when "Goal 1" heads bulleted items: items too.
  if (titleColumn !== undefined && refColumn !== undefined && peelFrom === titleColumn)
    for (const index of itemsUnderSiblingHeadings(peeled, bodyStart, titleColumn, refColumn, listRows))
      listRows.add(index)
  // "I. …", "II. …" under a lead-in ending in a colon: items of the list, numbered by their numerals.
  if (titleColumn !== undefined) {
    // Read from the cells as written: "(i) To …" may have lost its numeral to the lettered-ref peeler already.
    for (const [index, item] of romanItemsUnderLeadIn(table, bodyStart, titleColumn)) {
      const out = [...peeled[index]!]
      if (refColumn !== undefined) {
        while (out.length <= refColumn) out.push('')
        out[refColumn] = item.ref
        out[titleColumn] = item.title
      }
      peeled[index] = out
      listRows.add(index)
    }
  }
  if (titleColumn !== undefined) {
    for (const [index, text] of unmarkedListItems(peeled, bodyStart, titleColumn, listRows)) {
      const out = [...peeled[index]!]
      out[titleColumn] = text
      peeled[index] = out
      listRows.add(index)
    }
  }
  if (titleColumn !== undefined) {
    for (const index of lostBulletItems(table, peeled, bodyStart, titleColumn, listRows)) listRows.add(index)
  }
  // "5. Matters arising" over "(a) Bus shelter" over "(i) Quotes": each sub-item cited with its parents' numbers
  // ("5(a)(i)"), an item with sub-items below it their heading, kept as written.
  if (
    peelFrom !== null &&
    peelFrom === titleColumn &&
    refColumn !== undefined &&
    isOneColumn(peeled, bodyStart, titleColumn, refColumn)
  ) {
    const outline = nestedOutlineRefs(
      peeled.map((row) => row[refColumn] ?? ''),
      peeled.map((row) => row[titleColumn] ?? ''),
      bodyStart,
    )
    for (const [index, item] of outline ?? []) {
      // A heading is kept as written, as a heading of the list.
      if (item.heading) {
        peeled[index] = table[index]!
        listRows.delete(index)
        continue
      }
      const out = [...peeled[index]!]
      out[refColumn] = item.ref
      out[titleColumn] = item.title
      peeled[index] = out
      listRows.add(index)
    }
  }
  // Every item numbered "1." (a list whose numbering restarts in each cell, as Word's does) numbers nothing.
  // Unless each cell goes on to its own "2.", "3." (numbered objectives in a grid cell): each item is an action.
  const restarted =
    peelFrom !== null &&
    refColumn !== undefined &&
    !numberedListsInCells(peeled, bodyStart, refColumn, peelFrom) &&
    clearRestartedNumbers(peeled, bodyStart, refColumn)
  // An objective beside its actions, one a line: each line is an action, read as a bullet of the cell.
  if (assignment.actionLines === true && titleColumn !== undefined) {
    peeled.forEach((row, index) => {
      if (index < bodyStart || !hasText(row[titleColumn] ?? '')) return
      const lines = (row[titleColumn] ?? '').split(/\r?\n/).filter(hasText)
      const out = [...row]
      out[titleColumn] =
        lines.length < 2 ? lines[0]!.trim() : lines.map((line) => `• ${line.trim()}`).join('\n')
      peeled[index] = out
      listRows.add(index)
    })
  }
  // In an outline every item is an action, alone on its row as it always is.
  // So in a plan listed by its objectives: an objective with no actions written beside it is still an item.
  if ((assignment.outline === true || assignment.objectiveRows === true) && titleColumn !== undefined) {
    peeled.forEach((row, index) => {
      if (index >= bodyStart && hasText(row[titleColumn] ?? '')) listRows.add(index)
    })
  }
  const width = table.reduce((max, row) => Math.max(max, row.length), 0)
  const { rows, ownersColumn } = readOwnerLines(peeled, bodyStart, assignment, ownerRows, width, listRows)
  // A one-column list with no numbers or bullets: its sentences and instructions ("Launch an awareness
  // campaign") are the actions, its other short lines headings.
  // A lead-in that counts the items below it ("organised around 9 key actions;"): those lines are the items.
  const counted =
    listRows.size === 0 && titleColumn !== undefined && isOneColumn(peeled, bodyStart, titleColumn)
      ? itemsCountedByLeadIn(rows, bodyStart, titleColumn)
      : null
  if (counted !== null) {
    for (const index of counted) if (!ownerRows.has(index)) listRows.add(index)
  } else if (
    listRows.size === 0 &&
    titleColumn !== undefined &&
    actionItemsHeader.test((assignment.map.headers[titleColumn] ?? '').trim()) &&
    isOneColumn(peeled, bodyStart, titleColumn)
  ) {
    // "Action items" over a meeting's list: each line is an item, however it opens ("GN: draft the posts",
    // "Guidelines for the open day"); a line ending in a colon still heads the items below it.
    rows.forEach((row, index) => {
      const cell = (row[titleColumn] ?? '').trim()
      if (index >= bodyStart && cell !== '' && !cell.endsWith(':') && !ownerRows.has(index))
        listRows.add(index)
    })
  } else if (
    listRows.size === 0 &&
    titleColumn !== undefined &&
    isOneColumn(peeled, bodyStart, titleColumn)
  ) {
    rows.forEach((row, index) => {
      const cell = row[titleColumn] ?? ''
      // "Equity Officer runs a reading group": a line naming who does the work is an item, however short.
      if (
        index >= bodyStart &&
        !ownerRows.has(index) &&
        (isSentence(cell) || isInstruction(cell) || roleAsPresentSubject(cell) !== null)
      )
        listRows.add(index)
    })
    // "Review the local plan", "Designate heritage areas" under "Planning for Growth": groups of instructions.
    for (const index of verbLedLinesUnderHeadings(rows, bodyStart, titleColumn, listRows))
      if (!ownerRows.has(index)) listRows.add(index)
    // "Colloquia to teach staff about hiring" under "Training": a phrase below a page's short topic labels.
    for (const index of phraseLinesUnderLabels(rows, bodyStart, titleColumn, listRows))
      if (!ownerRows.has(index)) listRows.add(index)
    // The lines of a list named as the work ("Planned outputs:") that lost its bullets are its items, however
    // short: "Beta of the booking form" is a deliverable, not a heading.
    // The lead-in itself ("Next, we will refine the form. Planned outputs:") introduces them: it is none.
    const named = rowsOutsideNamedActionLists(rows, bodyStart)
    if (named !== null) {
      for (const index of named.unmarkedItems)
        if (index >= bodyStart && !ownerRows.has(index)) listRows.add(index)
      for (const index of named.leadRows) listRows.delete(index)
    }
    addShortItemsBelowItems(rows, bodyStart, titleColumn, listRows)
    addLabelledItemsAmongLabelledItems(rows, bodyStart, titleColumn, listRows)
    addInstructionsUnderDatedHeadings(rows, bodyStart, titleColumn, listRows, ownerRows)
    // "Continue to monitor the logs" among "Review the forms", "Publish the review": a list of instructions.
    for (const index of verbLinesAmongItems(
      rows,
      assignment.map.headers[titleColumn] ?? '',
      bodyStart,
      titleColumn,
      listRows,
    )) {
      if (!ownerRows.has(index)) listRows.add(index)
    }
    const lastItem = lastLineOfList(rows, bodyStart, titleColumn, listRows)
    if (lastItem !== null) listRows.add(lastItem)
    // "2. SITE SURVEY WORK" over "Walk the boundary", "Volunteers count the trees": the capitals mark the headings.
    const capitals = itemsUnderCapitalHeadings(rows, bodyStart, titleColumn, listRows)
    if (capitals !== null) {
      for (const index of capitals.others) listRows.delete(index)
      for (const index of capitals.items) if (!ownerRows.has(index)) listRows.add(index)
    }
  }
  // Beside a numbered list, a lone "We will …" or "We plan to …" sentence is still a commitment the page makes: an
  // action.
  // Under a header naming a meeting's action items, the sentences above its numbered list are items too: "Action
  // items" over "Cap the build pods' memory.", then "1. …", "2. …". Sentences below a numbered item are its notes.
  else if (titleColumn !== undefined && isOneColumn(peeled, bodyStart, titleColumn, refColumn)) {
    const actionItems = actionItemsHeader.test((assignment.map.headers[titleColumn] ?? '').trim())
    let aboveList = true
    rows.forEach((row, index) => {
      if (index < bodyStart) return
      if (refColumn !== undefined && hasText(row[refColumn] ?? '')) aboveList = false
      const cell = (row[titleColumn] ?? '').trim()
      if (!ownerRows.has(index) && ((actionItems && aboveList) || weWill.test(cell)) && isSentence(cell))
        listRows.add(index)
    })
    // "T1.1 …", "T1.2 …" under "Tasks:", then "Deliverables:" over unnumbered lines: the lines of a list named as
    // the work, none of them marked, are its items beside the numbered list too. Read on the lines as written: the
    // refs peeled into a column of their own would make the page a table.
    const named = rowsOutsideNamedActionLists(table, bodyStart)
    if (named !== null)
      for (const index of unmarkedNamedLists(named, listRows, ownerRows, rows.length)) listRows.add(index)
  }
  return {
    rows,
    listRows,
    ownerRows,
    ownersColumn,
    restartedNumbering: restarted ? refColumn! : null,
    issues: continued.issues,
  }
}

const weWill = /^we (?:will|plan to|intend to) /i

/**
 * The lines of the lists a page names as its work ("Deliverables:" over one deliverable a line) when no line of
 * that list is marked as an item already: a list whose items carry bullets or numbers ends at its last marked
 * item, and a line after it ("KPIs: …") is no item of it.
 */
function unmarkedNamedLists(
  named: { readonly unmarkedItems: ReadonlySet<number>; readonly leadRows: ReadonlySet<number> },
  listRows: ReadonlySet<number>,
  ownerRows: ReadonlySet<number>,
  rowCount: number,
): number[] {
  // One pass down the page: each lead-in starts a list, kept unless a marked item stands among its lines.
  const items: number[] = []
  let group: number[] = []
  let marked = false
  const close = () => {
    if (!marked) items.push(...group)
    group = []
    marked = false
  }
  for (let index = 0; index < rowCount; index++) {
    if (named.leadRows.has(index)) close()
    else if (named.unmarkedItems.has(index)) {
      if (listRows.has(index)) marked = true
      else if (!ownerRows.has(index)) group.push(index)
    } else if (listRows.has(index)) marked = true
  }
  close()
  return items
}

/** A line this long is no period heading, nor a caption over one. */
const maxCaptionLength = 60

/**
 * Whether a heading under an owner's label dates the group rather than starting another: a period alone ("Winter
 * 2031", "Spring term 2032") or a short caption right over one ("Timeline" over "Autumn 2031").
 */
function datesTheGroup(rows: readonly (readonly string[])[], index: number): boolean {
  const text = rows[index]!.find(hasText)!.trim()
  if (text.length > maxCaptionLength) return false
  if (headingPeriod(text, {}) !== null) return true
  for (let next = index + 1; next < rows.length; next++) {
    const filled = rows[next]!.filter(hasText)
    if (filled.length === 0) continue
    return (
      filled.length === 1 && filled[0]!.length <= maxCaptionLength && headingPeriod(filled[0]!, {}) !== null
    )
  }
  return false
}

/**
 * A short bulleted line ending in a colon ("• Short-term:", "• In year one:") introduces the items bulleted
 * below it: a heading over them, not an action of its own.
 */
function isBulletedLeadIn(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.endsWith(':') && trimmed.split(/\s+/).length <= 6
}

/**
 * "We plan to:", then a sentence with no bullet, then bulleted items: the sentence is the list's first item
 * (its bullet lost or never typed), not a heading over the rest. Only a sentence alone on its row, between a
 * lone line ending in a colon and a bulleted item, is taken; blank rows between them do not count.
 */
function addUnbulletedFirstItems(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
  listRows: Set<number>,
): void {
  const lone = (index: number) => {
    const row = rows[index]!
    return row.every((cell, c) => c === titleColumn || !hasText(cell)) ? (row[titleColumn] ?? '').trim() : ''
  }
  const filled: number[] = []
  for (let index = bodyStart; index < rows.length; index++) {
    if (rows[index]!.some(hasText)) filled.push(index)
  }
  for (let i = 1; i + 1 < filled.length; i++) {
    const index = filled[i]!
    if (listRows.has(index) || !listRows.has(filled[i + 1]!) || listRows.has(filled[i - 1]!)) continue
    const text = lone(index)
    if (!/[.!]$/.test(text) || !isSentence(text)) continue
    if (lone(filled[i - 1]!).endsWith(':')) listRows.add(index)
  }
}

/** The rows from `bodyStart` on whose title cell holds text, in order. */
function rowsWithTitle(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
): number[] {
  const filled: number[] = []
  for (let index = bodyStart; index < rows.length; index++) {
    if (hasText(rows[index]![titleColumn] ?? '')) filled.push(index)
  }
  return filled
}

/**
 * A short line ending in a full stop ("Ban glitter in school.") right below an item of a one-column list, and
 * not the page's last line (a closing note), is an item too: a heading never ends in a full stop, and an item
 * does not stop being one for being brief.
 */
function addShortItemsBelowItems(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
  listRows: Set<number>,
): void {
  const filled = rowsWithTitle(rows, bodyStart, titleColumn)
  for (let i = 1; i + 1 < filled.length; i++) {
    const index = filled[i]!
    if (listRows.has(index) || !listRows.has(filled[i - 1]!)) continue
    const text = (rows[index]![titleColumn] ?? '').trim()
    if (text.endsWith('.') && !text.endsWith('..') && text.split(/\s+/).length >= 2) listRows.add(index)
  }
}

/** "Poterie : dehors, en mai.", "Karaoke night: in June (Mo)": a short label, a colon, then what it says. Bounded. */
const labelledLine = /^[^:]{2,40}?\s?:\s{1,3}\S/

/**
 * "Karaoke night : in June (Mo)" among "Pottery : outside, in May.", "Film night : ask Ana." and more: a line written
 * as the items around it, a short label, a colon and what it says, is an item as they are, with or without a full
 * stop. Read in a run of at least four such lines one after another, two in three of them items already: a heading
 * over a list is not written as its items are. Not the page's last line.
 */
function addLabelledItemsAmongLabelledItems(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
  listRows: Set<number>,
): void {
  const filled = rowsWithTitle(rows, bodyStart, titleColumn)
  const labelled = (index: number): boolean => labelledLine.test((rows[index]![titleColumn] ?? '').trim())
  let runStart = 0
  for (let i = 0; i <= filled.length; i++) {
    if (i < filled.length && labelled(filled[i]!)) continue
    // filled[runStart..i) is a run of labelled lines; the page's last line is left as it is.
    let run = filled.slice(runStart, Math.min(i, filled.length - 1))
    // The run's last line right over an item written otherwise ("CMO: Committer Program" over its key results)
    // heads that item.
    if (i < filled.length && listRows.has(filled[i]!)) run = run.slice(0, -1)
    const items = run.filter((index) => listRows.has(index)).length
    // "Discussion:", "Action taken:" again and again: the fields of records, each read by the records' reader.
    const labels = new Set(run.map((index) => lineLabel(rows[index]![titleColumn] ?? '')))
    if (run.length >= minLabelledRun && items * 3 >= run.length * 2 && labels.size === run.length)
      for (const index of run) listRows.add(index)
    runStart = i + 1
  }
}

/** The label of a labelled line ({@link labelledLine}), lower-cased. */
function lineLabel(text: string): string {
  return text.trim().split(':', 1)[0]!.trim().toLowerCase()
}

/** The fewest lines of a run of labelled lines read as items together. */
const minLabelledRun = 4

/**
 * "Current Sprint (end of Jan'24)" over "Update the glossary": the line right below a heading (a line that is not
 * an item) that states a period, opening with an instruction's verb, is that period's first item
 * ({@link instructionUnderDatedHeading}).
 */
function addInstructionsUnderDatedHeadings(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
  listRows: Set<number>,
  ownerRows: ReadonlySet<number>,
): void {
  let above: number | null = null
  for (let index = bodyStart; index < rows.length; index++) {
    const text = (rows[index]![titleColumn] ?? '').trim()
    if (!hasText(text)) continue
    if (
      above !== null &&
      !listRows.has(index) &&
      !listRows.has(above) &&
      !ownerRows.has(index) &&
      !ownerRows.has(above) &&
      instructionUnderDatedHeading(text, (rows[above]![titleColumn] ?? '').trim())
    )
      listRows.add(index)
    above = index
  }
}

/**
 * Clears the peeled refs when there are two or more and every one is "1"; returns true when it did. Changes only
 * the copied rows.
 */
function clearRestartedNumbers(rows: (readonly string[])[], bodyStart: number, refColumn: number): boolean {
  const numbered: number[] = []
  for (let index = bodyStart; index < rows.length; index++) {
    const ref = rows[index]![refColumn] ?? ''
    if (ref === '') continue
    if (ref !== '1') return false
    numbered.push(index)
  }
  if (numbered.length < 2) return false
  for (const index of numbered) {
    const row = [...rows[index]!]
    row[refColumn] = ''
    rows[index] = row
  }
  return true
}

/**
 * The column explanations with the peeled ref column marked as cleared when its refs were a list numbered
 * afresh in each cell (every one "1").
 *
 * @example
 * explainRestartedNumbering(explanations, readRows(rows, 1, assignment).restartedNumbering)
 */
export function explainRestartedNumbering(
  explanations: readonly ColumnExplanation[],
  column: number | null,
): readonly ColumnExplanation[] {
  if (column === null) return explanations
  return explanations.map((item) =>
    item.column === column + 1
      ? {
          ...item,
          confidence: 0.5,
          evidence: `${item.evidence}; every one is "1" (a list numbered afresh in each cell), so no action takes it as its ref`,
        }
      : item,
  )
}

/** Text in one column only (and in the column refs were peeled into, when `refColumn` is given). */
function isOneColumn(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  column: number,
  refColumn?: number,
): boolean {
  for (let index = bodyStart; index < rows.length; index++) {
    const row = rows[index]!
    for (let c = 0; c < row.length; c++) if (c !== column && c !== refColumn && hasText(row[c]!)) return false
  }
  return true
}

/**
 * A label line alone on its row ("Contact: A. Person"), a heading that is only a list of owners ("Provost,
 * Enrollment Services and VP DSA"), or a body's name written over each item ({@link ownerAboveEachItem}) names the owner of the actions below it, up to the next heading or label line; its text goes into each of those rows' empty owners cell (a column of its own after
 * the last when the table has none). A heading naming its group's owner in a closing bracket
 * ({@link ownerInHeadingBracket}: "2.4 release (Release Manager: Ana Ruiz)") or opening with a body's name and a colon
 * ({@link ownerOpeningHeading}: "Board of Public Works: Its Grants Lacked Oversight") does so too, and stays the
 * heading of its rows. The caller's rows are never changed.
 */
function readOwnerLines(
  table: readonly (readonly string[])[],
  bodyStart: number,
  assignment: ColumnAssignment,
  ownerRows: Set<number>,
  width: number,
  listRows: ReadonlySet<number>,
): { rows: (readonly string[])[]; ownersColumn: number | null } {
  const rows = [...table]
  const titleColumn = assignment.map.fields.get('title')
  const namedAbove = new Set(
    titleColumn === undefined ? [] : ownerAboveEachItem(rows, bodyStart, titleColumn, listRows),
  )
  const found: number[] = []
  // Headings naming the owner of their group in a closing bracket ("2.4 release (Release Manager: Ana Ruiz)"): kept
  // as headings, their owner given to the rows below.
  const headed = new Map<number, string>()
  for (let index = bodyStart; index < rows.length; index++) {
    const filled = rows[index]!.filter(hasText)
    const bracketed = filled.length === 1 ? ownerInHeadingBracket(filled[0]!) : null
    if (bracketed !== null) headed.set(index, bracketed)
    else if (
      namedAbove.has(index) ||
      (filled.length === 1 && (ownerLine.test(filled[0]!) || ownerGroupHeading(filled[0]!) !== null))
    )
      found.push(index)
    else if (filled.length === 1 && !listRows.has(index)) {
      const opened = ownerOpeningHeading(filled[0]!)
      if (opened !== null) headed.set(index, opened)
    }
  }
  // "Governing Committee" over its goals, "Staff" over theirs: when every heading over the items names a body,
  // two or more, each heading owns the items below it, up to the next.
  const bodies = found.length === 0 && headed.size === 0 ? bodyHeadings(rows, bodyStart) : new Map()
  if (found.length === 0 && headed.size === 0 && bodies.size === 0) return { rows, ownersColumn: null }
  const given = assignment.map.fields.get('owners')
  // After the last column, and after a peeled ref column when there is one.
  const ownersColumn = given ?? Math.max(width, ...assignment.map.fields.values()) + 1
  if (bodies.size > 0) {
    let body = ''
    for (let index = bodyStart; index < rows.length; index++) {
      const row = rows[index]!
      if (bodies.has(index)) body = bodies.get(index)!
      else if (body !== '' && row.some(hasText) && !hasText(row[ownersColumn] ?? '')) {
        const out = [...row]
        while (out.length <= ownersColumn) out.push('')
        out[ownersColumn] = body
        rows[index] = out
      }
    }
    return { rows, ownersColumn: given === undefined ? ownersColumn : null }
  }
  let owner = ''
  let next = 0
  for (let index = bodyStart; index < rows.length; index++) {
    const row = rows[index]!
    const filled = row.filter(hasText)
    if (found[next] === index) {
      next++
      ownerRows.add(index)
      // A label line's owners follow its label; a heading that lists owners is all owners.
      owner = (ownerLine.exec(filled[0]!)?.[1] ?? filled[0]!).trim()
      // Read here, so the row reader skips it rather than take it for a heading.
      rows[index] = []
      continue
    }
    const headedBy = headed.get(index)
    if (headedBy !== undefined) {
      owner = headedBy
      continue
    }
    // A heading (a lone short line, not a list item) ends the group the label named; a period ("Winter 2031") or
    // the caption right over one ("Timeline") dates the group's steps and keeps its owner.
    if (
      filled.length === 1 &&
      !listRows.has(index) &&
      !isSentence(filled[0]!) &&
      peelRef(filled[0]!) === null &&
      !bullet.test(filled[0]!)
    ) {
      if (!datesTheGroup(rows, index)) owner = ''
      continue
    }
    if (owner === '' || filled.length === 0 || hasText(row[ownersColumn] ?? '')) continue
    const out = [...row]
    while (out.length <= ownersColumn) out.push('')
    out[ownersColumn] = owner
    rows[index] = out
  }
  return { rows, ownersColumn: given === undefined ? ownersColumn : null }
}

/** A heading naming a body is at most this many words ({@link bodyNameHeading}). */
const maxBodyHeadingWords = 4

/**
 * The headings of a one-column list, each with the body it names, when every heading right over an item names a
 * body ({@link bodyNameHeading}) and there are two or more; else none. A heading is a line of a few words that
 * closes no sentence and opens with no verb; any other line is an item.
 */
function bodyHeadings(rows: readonly (readonly string[])[], bodyStart: number): Map<number, string> {
  const headings = new Map<number, string>()
  let heading: { index: number; text: string } | null = null
  for (let index = bodyStart; index < rows.length; index++) {
    const filled = rows[index]!.filter(hasText)
    if (filled.length === 0) continue
    if (filled.length > 1) return new Map()
    const text = collapseWhitespace(filled[0]!.slice(0, 200))
    const isHeading =
      text.split(' ').length <= maxBodyHeadingWords && !/[.:;!?]$/.test(text) && openingOf(text) !== 'verb'
    if (isHeading) {
      heading = { index, text }
      continue
    }
    if (heading === null) continue
    const name = bodyNameHeading(heading.text)
    if (name === null) return new Map()
    headings.set(heading.index, name)
    heading = null
  }
  return headings.size >= 2 ? headings : new Map()
}

/**
 * The column map with the owners column that label lines ("Contact: A. Person") were written into, if any.
 *
 * @example
 * withOwnersColumn(assignment.map, readRows(rows, 1, assignment).ownersColumn).fields.get('owners')
 */
export function withOwnersColumn(map: ColumnMap, column: number | null): ColumnMap {
  if (column === null) return map
  const headers = [...map.headers]
  while (headers.length <= column) headers.push('')
  headers[column] = '(owner)'
  return { ...map, fields: new Map([...map.fields, ['owners', column] as const]), headers }
}

/**
 * The column explanations with the owners column of {@link withOwnersColumn}, if any.
 *
 * @example
 * explainOwnersColumn(assignment.explanations, 2).at(-1)?.field // 'owners'
 */
export function explainOwnersColumn(
  explanations: readonly ColumnExplanation[],
  column: number | null,
): readonly ColumnExplanation[] {
  if (column === null) return explanations
  return [
    ...explanations,
    {
      column: column + 1,
      header: '(owner)',
      field: 'owners',
      confidence: 0.7,
      evidence:
        'owners named by label lines ("Contact: …") above the actions, read for every action below them',
    },
  ]
}
