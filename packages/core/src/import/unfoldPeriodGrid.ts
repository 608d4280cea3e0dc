import { parseTargetDate } from '../dates/parseTargetDate'
import { parseStatus } from '../status/parseStatus'
import { BULLET_LEAD } from './bulletMarks'
import type { ImportIssue } from '../model/importIssue'
import { repeatsHeaderCells } from './repeatsHeaderCells'
import { collapseWhitespace, hasText, textLines } from '../text/cleanCellText'
import { scoreHeader } from './assignColumns'
import { createImportIssue } from './createImportIssue'
import { readsAsOwnerList } from './readsAsOwnerList'
import type { FlattenedActionTables } from './flattenActionTables'
import { filledCellCount } from './filledCellCount'
import { opensWithVerb } from './itemsBesideCommitments'

/** The header is looked for among the first rows only: a timeline grid sits under its title. */
const headerSearch = 12

// A period named by its place in the plan rather than by a date: "Year 2 - Mid Term", "Q3/4", "Short term".
const periodLabel =
  /^(?:(?:year|yr)\s?\d{1,2}|q[1-4](?:\s?[/&-]\s?q?[1-4])?|(?:short|medium|mid|long)[\s-]?term)\b/i
const quarterLabel = /^q[1-4]$/i
/**
 * A roadmap's horizon standing for a period: "Now", "Next", "Later" (the whole label), or with its period in brackets
 * after it ("Now (Q3 2016)", "Later (Beyond)"). Anchored and bounded: linear on any cell.
 */
const horizonLabel = /^(?:now|next|later)(?:\s{0,3}\([^()]{1,40}\))?$/i
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * Finds a timeline grid — a header row of periods ("Q2 Jul - Sept 2024", "Year 1", "2025") with, optionally,
 * a first column of row labels (workstreams, themes), and action text in the cells under the periods — and
 * turns it into an ordinary table: one row per filled cell, holding the row label as its section, the cell
 * as the action and the column's period as its target. A careful reader dates each action by its column.
 * A bare quarter header ("Q1") just before a dated one is read as the quarter before it, with an issue.
 * Returns null unless at least two period columns hold action text and no period cell is a mark or a date,
 * except in a Gantt chart: row labels that read as work and only marks ("X") under the periods, each row one action
 * due at the end of the last period it is marked in. A roadmap's horizons ("Now", "Next", "Later", or with their
 * period in brackets: "Now (Q3 2016)", "Later (Beyond)", which date the actions under them) are periods too, and a grid turned on its side (themes across the top, periods or horizons down the first column, as team
 * roadmaps print "Now / Next / Later") is read the same way, one action per cell, the theme as its section.
 *
 * @example
 * unfoldPeriodGrid([
 *   ['Strand', 'Spring 2025', 'Autumn 2025'],
 *   ['Visibility', 'Publish the careers page', 'Run a staff survey'],
 * ])?.rows[2] // ['Visibility', 'Run a staff survey', 'Autumn 2025']
 */
export function unfoldPeriodGrid(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const limit = Math.min(table.length, headerSearch)
  for (let index = 0; index < limit; index++) {
    const row = table[index]!
    const filled = filledCellCount(row)
    if (filled < 2) continue
    return readGrid(table, index) ?? readPeriodRows(table, index)
  }
  return null
}

/**
 * The same grid turned on its side, as team roadmaps print it: a header of themes ("Themes | Back to basics |
 * Improve working practices"), then one row per period or horizon labelled in the first column ("Now", "Next",
 * "Later", "Year 2"), an action in each theme's cell. One row per filled cell: the theme as its section, the
 * cell as the action, the row's period as its target. Null unless at least two rows are so labelled, no header
 * cell names a period or a field ("Term | Action" is an ordinary table), and at least two cells read as action
 * text.
 */
function readPeriodRows(
  table: readonly (readonly string[])[],
  headerIndex: number,
): FlattenedActionTables | null {
  const header = table[headerIndex]!.map((cell) => collapseWhitespace(cell))
  const themes: number[] = []
  header.forEach((cell, column) => {
    if (column > 0 && cell !== '') themes.push(column)
  })
  // A first cell that is itself a period ("October 2019 – January 2021 | Cohort training") is the first row of a
  // timeline with no header, not a header over the periods below it.
  if (isPeriodHeader(header[0] ?? '')) return null
  // Themes name areas of work, not fields: "Term | Action" is an ordinary table with a period column.
  if (themes.some((column) => isPeriodHeader(header[column]!) || scoreHeader(header[column]!).size > 0))
    return null
  // A team's schedule: "Week" (or "Date", "w/c") over the weeks, one column per person. The people own the work in
  // their column, and the weeks may be written without a year ("12th Apr").
  const people =
    scheduleCorner.test(header[0] ?? '') &&
    themes.every((column) => readsAsOwnerList(header[column]!) !== null)
  const periodRows: number[] = []
  // Each period row's period: its own label, or the label above it for a row of its block that leaves it empty.
  const periodOf = new Map<number, string>()
  // The header printed again after a page break, among the periods: a header, not the grid's end.
  const repeatedHeaders: number[] = []
  for (let index = headerIndex + 1; index < table.length; index++) {
    const row = table[index]!
    if (!row.some(hasText)) continue
    if (repeatsHeaderCells(row, table[headerIndex]!)) {
      repeatedHeaders.push(index + 1)
      continue
    }
    const label = collapseWhitespace(row[0] ?? '')
    // "Q2 2025" written once over its block, the rows below it leaving the first cell empty (a merged cell, as
    // exported): each such row is one more row of the period above it.
    const above = periodRows.length === 0 ? undefined : periodOf.get(periodRows.at(-1)!)
    if (label === '' && above !== undefined && !people) {
      periodRows.push(index)
      periodOf.set(index, above)
      continue
    }
    if (label === '' || !(isPeriodHeader(label) || (people && isYearlessDate(label)))) break
    periodRows.push(index)
    periodOf.set(index, label)
  }
  // Two periods at least, each with its own label.
  if (new Set(periodOf.values()).size < 2) return null
  if (periodRows.length < 2) return null
  let prose = 0
  let named = 0
  for (const index of periodRows) {
    const row = table[index]!
    for (let column = 1; column < row.length; column++) {
      const cell = collapseWhitespace(row[column] ?? '')
      if (cell === '') continue
      if (!themes.includes(column)) return null
      if (readsAsAction(cell)) prose++
      // A person's task may be a name and a code ("Roadmap M1 ✓") among tasks of several words.
      else if (people && (namesWork(cell) || /\p{L}{2}/u.test(cell))) named++
      else return null
    }
  }
  if (prose < 2 || named > prose) return null
  const rows: string[][] = table.slice(0, headerIndex).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  const sourceColumns: (number | null)[][] = rows.map((row) => row.map((_, c) => c + 1))
  // The action first: each theme column is explained by the field its cells give, the action.
  rows.push(['Action', people ? 'Owner' : 'Section', 'Target', ...(people ? ['Ref'] : [])])
  sourceRows.push(headerIndex + 1)
  sourceColumns.push([null, null, 1, ...(people ? [null] : [])])
  for (const index of periodRows) {
    const row = table[index]!
    for (const column of themes) {
      const cell = (row[column] ?? '').trim()
      if (cell === '') continue
      // A person's cell lists that week's tasks one a line; a theme's cell is one action, as written.
      if (!people) {
        rows.push([cell, header[column]!, periodOf.get(index)!])
        sourceRows.push(index + 1)
        sourceColumns.push([column + 1, column + 1, 1])
        continue
      }
      // "2. User accounts": the number a person gave the task (its order of priority) is its ref, and a task with
      // none has none, whatever the task above it was numbered.
      // Under "Week" the row's date is the day the week begins: its tasks are due by the week's end.
      const period = collapseWhitespace(row[0]!)
      const target =
        weekCorner.test(header[0] ?? '') && !/^w\/[cb]\b/i.test(period) ? `w/c ${period}` : period
      for (const item of itemsOfCell(cell)) {
        const numbered = taskNumber.exec(item)
        rows.push([numbered?.[2] ?? item, header[column]!, target, numbered?.[1] ?? ''])
        sourceRows.push(index + 1)
        sourceColumns.push([column + 1, column + 1, 1, column + 1])
      }
    }
  }
  return gridTables(
    table,
    headerIndex,
    periodRows.at(-1)! + 1,
    {
      rows,
      sourceRows,
      sourceColumns,
      issues: [],
      titleEvidence: people
        ? "the cells of a team's schedule, weeks down the first column and one column per person: each task owned by its column's person"
        : 'the cells beside the period labels of a timeline grid on its side, each under its theme',
    },
    repeatedHeaders.filter((row) => row <= periodRows.at(-1)! + 1),
  )
}

/** "2. User accounts", "3) Check the logs": a task's own number before its text. */
const taskNumber = /^(\d{1,3})[.)]\s{1,3}(\S.*)$/

/** The corner of a team's schedule over its weeks or days: "Week", "Week commencing", "w/c", "Date", "Sprint". */
const scheduleCorner =
  /^(?:weeks?(?: (?:commencing|beginning|starting|of))?|w\/c|w\/b|dates?|days?|sprints?)$/i

/** A corner naming weeks: each row's date is the day its week begins. */
const weekCorner = /^(?:weeks?(?: (?:commencing|beginning|starting|of))?|w\/c|w\/b)$/i

/** A day and month with no year ("12th Apr", "3 May"): a year is lent only to see whether the words are a date. */
function isYearlessDate(label: string): boolean {
  if (label.length > 30 || !/\d/.test(label)) return false
  const date = parseTargetDate(label, { referenceDate: '2000-01-01' })
  return date.kind === 'due' && date.precision === 'day' && date.confidence >= 0.5
}

/**
 * The grid read as tables: its rows, below the header row, with every row with text from `bodyEnd` on skipped
 * (notes and sources under the grid).
 */
function gridTables(
  table: readonly (readonly string[])[],
  headerIndex: number,
  bodyEnd: number,
  read: Pick<FlattenedActionTables, 'rows' | 'sourceRows' | 'sourceColumns' | 'issues' | 'titleEvidence'>,
  repeatedHeaders: readonly number[] = [],
): FlattenedActionTables {
  const skippedRows: number[] = []
  for (let index = bodyEnd; index < table.length; index++)
    if (table[index]!.some(hasText)) skippedRows.push(index + 1)
  return {
    ...read,
    headerRow: headerIndex + 1,
    subHeaderRows: [headerIndex + 1, ...repeatedHeaders],
    mergedRows: [],
    skippedRows,
  }
}

function readGrid(table: readonly (readonly string[])[], headerIndex: number): FlattenedActionTables | null {
  const raw = table[headerIndex]!
  const header = raw.map((cell) => collapseWhitespace(cell))
  const periods: number[] = []
  header.forEach((cell, column) => {
    if (cell !== '' && isPeriodHeader(cell)) periods.push(column)
  })
  if (periods.length < 2) return null
  // Every named column but the first (the row labels, or a corner cell describing the grid) is a period.
  const labelled = !periods.includes(0)
  if (header.some((cell, column) => cell !== '' && column > 0 && !periods.includes(column))) return null

  const bodyEnd = findBodyEnd(table, headerIndex, periods, labelled)
  if (labelled) {
    const marked = readMarkedGrid(table, headerIndex, bodyEnd, periods)
    if (marked !== null) return marked
  }
  const phaseRow = labelled ? phaseRowOf(table, headerIndex, bodyEnd, periods) : null
  const bodyStart = phaseRow === null ? headerIndex + 1 : phaseRow + 1
  let prose = 0
  let named = 0
  for (let index = bodyStart; index < bodyEnd; index++) {
    for (const column of periods) {
      const cell = collapseWhitespace(table[index]![column] ?? '')
      if (cell === '' || isNothingMark(cell) || isDitto(cell)) continue
      if (readsAsAction(cell)) prose++
      else if (namesWork(cell)) named++
      else return null
    }
  }
  // A one-word item ("SLSA") is read among items of several words, never in a grid of single words.
  if (prose < 2 || named > prose) return null

  const issues: ImportIssue[] = []
  const targets = periods.map((_, i) => periodText(raw, periods, i, headerIndex, issues))
  const rows: string[][] = table.slice(0, headerIndex).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  rows.push(labelled ? ['Section', 'Action', 'Target'] : ['Action', 'Target'])
  sourceRows.push(headerIndex + 1)
  const sourceColumns: (number | null)[][] = rows.map((row) => row.map((_, c) => c + 1))
  sourceColumns[sourceColumns.length - 1] = labelled ? [1, null, null] : [null, null]
  let label = ''
  for (let index = bodyStart; index < bodyEnd; index++) {
    const row = table[index]!
    if (labelled && hasText(row[0] ?? '')) label = collapseWhitespace(row[0]!)
    periods.forEach((column, i) => {
      const cell = (row[column] ?? '').trim()
      if (cell === '' || isNothingMark(cell) || isDitto(collapseWhitespace(cell))) return
      for (const item of itemsOfCell(cell)) {
        rows.push(labelled ? [label, item, targets[i]!] : [item, targets[i]!])
        sourceRows.push(index + 1)
        sourceColumns.push(labelled ? [1, column + 1, column + 1] : [column + 1, column + 1])
      }
    })
  }
  const read = gridTables(table, headerIndex, bodyEnd, {
    rows,
    sourceRows,
    sourceColumns,
    issues,
    titleEvidence: 'the cells under the period columns of a timeline grid, each dated by its column',
  })
  return phaseRow === null ? read : { ...read, subHeaderRows: [headerIndex + 1, phaseRow + 1] }
}

/** A phase's name under its period: one short line of at most this many words, with no full stop. */
const maxPhaseWords = 4

/**
 * The row of phase names a grid with row labels may print under its periods ("2022Q1 | 2022Q2" over "Replanning |
 * Deployment"): the first row below the header, with no row label, a short name (one line, at most four words, no
 * full stop) under every period, and labelled rows below it. It is part of the header, not work; null when the
 * first row is not such a row.
 */
function phaseRowOf(
  table: readonly (readonly string[])[],
  headerIndex: number,
  bodyEnd: number,
  periods: readonly number[],
): number | null {
  let first = headerIndex + 1
  while (first < bodyEnd && !table[first]!.some(hasText)) first++
  if (first >= bodyEnd) return null
  const row = table[first]!
  if (hasText(row[0] ?? '')) return null
  for (const column of periods) {
    const cell = (row[column] ?? '').trim()
    if (cell === '' || /\n/.test(cell) || /[.!?;:]$/.test(cell)) return null
    if (cell.split(/\s+/).length > maxPhaseWords) return null
  }
  for (let index = first + 1; index < bodyEnd; index++) if (hasText(table[index]![0] ?? '')) return first
  return null
}

/** "As above", "Same as above", "Ditto": a cell that repeats the one above it, no work of its own. */
function isDitto(cell: string): boolean {
  return /^(?:(?:same\s)?as\s(?:above|before)|ditto)\.?$/i.test(cell)
}

/** "X", "x", "✓", "●", "■": a mark in a Gantt chart's period cell, saying the work runs then. */
const ganttMark = /^[xX✓✔●■▪█]$/

/** At least this many rows of marks make a Gantt chart. */
const minMarkedRows = 3

/**
 * A Gantt chart: row labels that read as work ("Add signing to the API profile"), and under the period columns only
 * marks ("X") saying when it runs. One action a marked row, titled by its label and due at the end of the last
 * period it is marked in (work marked twice, as a periodic review is, is due at its later mark). Null unless at
 * least three rows are marked, every filled period cell is a mark and every marked row's label reads as work.
 */
function readMarkedGrid(
  table: readonly (readonly string[])[],
  headerIndex: number,
  bodyEnd: number,
  periods: readonly number[],
): FlattenedActionTables | null {
  const raw = table[headerIndex]!
  const marked: { index: number; label: string; last: number }[] = []
  for (let index = headerIndex + 1; index < bodyEnd; index++) {
    const row = table[index]!
    let last = -1
    for (const [i, column] of periods.entries()) {
      const cell = collapseWhitespace(row[column] ?? '')
      if (cell === '') continue
      if (!ganttMark.test(cell)) return null
      last = i
    }
    if (last < 0) continue
    const label = collapseWhitespace(row[0] ?? '')
    if (!readsAsAction(label)) return null
    marked.push({ index, label, last })
  }
  if (marked.length < minMarkedRows) return null
  const issues: ImportIssue[] = []
  const rows: string[][] = table.slice(0, headerIndex).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  rows.push(['Action', 'Target'])
  sourceRows.push(headerIndex + 1)
  const sourceColumns: (number | null)[][] = rows.map((row) => row.map((_, c) => c + 1))
  sourceColumns[sourceColumns.length - 1] = [1, null]
  for (const { index, label, last } of marked) {
    rows.push([label, periodText(raw, periods, last, headerIndex, issues)])
    sourceRows.push(index + 1)
    sourceColumns.push([1, periods[last]! + 1])
  }
  return gridTables(table, headerIndex, bodyEnd, {
    rows,
    sourceRows,
    sourceColumns,
    issues,
    titleEvidence: 'each row of a Gantt chart, due at the end of the last period marked "X"',
  })
}

/** A header cell that names a period: it reads as a date, or starts with a plan period label, and names no
 * field ("2012 Actions", "2014 Progress" are an ordinary table's columns). */
function isPeriodHeader(cell: string): boolean {
  if (cell.length > 80) return false
  // The period first: most cells name none, and the header words are the dearer test.
  const period = periodLabel.test(cell) || horizonLabel.test(cell) || parseTargetDate(cell, {}).due !== null
  return period && scoreHeader(cell).size === 0
}

/** Action text: words, not a tick, a number or a short date ("End of June 2025"). */
function readsAsAction(cell: string): boolean {
  const words = cell.split(' ').filter((word) => /\p{L}{2,}/u.test(word))
  if (words.length < 2) return false
  return words.length > 4 || parseTargetDate(cell, {}).due === null
}

/** A line that goes on into the next: it ends in a comma, a joining word or a hyphen. */
const goesOn = /(?:[,;:–-]|\b(?:and|or|of|to|the|for|with|in|on|a|an|by))$/i

/** A grid's cell names at most this many items, one a line. */
const maxCellItems = 12

/**
 * The items a grid's cell names one a line, with no bullets ("SSO for the wiki (shipped)⏎Single sign-on refinements"),
 * as roadmaps list a quarter's work: every line opens with a capital or a digit and none runs on into the next (a
 * sentence wrapped in a narrow column does). Else the cell is one item, as written (a bulleted cell is split later,
 * one action a bullet).
 */
function itemsOfCell(cell: string): string[] {
  const lines = textLines(cell)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  if (lines.length < 2 || lines.length > maxCellItems) return [cell]
  if (lines.some((line) => BULLET_LEAD.test(line) || !/^[\p{Lu}\p{N}]/u.test(line) || goesOn.test(line)))
    return paragraphsOfCell(cell) ?? [cell]
  return lines
}

/**
 * The items of a cell written as paragraphs, each wrapped over lines and set apart by a blank line ("Review the
 * tasks under way⏎that go-live needs⏎⏎Revise the schedule"): one item a paragraph when every paragraph opens with
 * a verb, as steps do (a note, "Expected in June", keeps the cell whole). Null otherwise.
 */
function paragraphsOfCell(cell: string): string[] | null {
  const paragraphs = cell
    .split(/\n[ \t]*\r?\n/)
    .map((paragraph) => collapseWhitespace(paragraph))
    .filter((paragraph) => paragraph !== '')
  if (paragraphs.length < 2 || paragraphs.length > maxCellItems) return null
  if (paragraphs.some((paragraph) => BULLET_LEAD.test(paragraph) || !opensWithVerb(paragraph))) return null
  return paragraphs
}

/** "-", "–", "—": a dash alone, as a grid marks a period with nothing in it. */
function isNothingMark(cell: string): boolean {
  return /^[-–—]$/.test(cell)
}

/** Answers and marks that a grid's cell may hold instead of work: "Yes", "No", "TBC", "N/A". */
const answerWord = /^(?:yes|no|tbc|tbd|n\/?a|none|nil|x)$/i

/**
 * A one-word item that names a piece of work ("SLSA", "Onboarding", "GitOps"): letters, not an answer ("Yes",
 * "TBC"), a status ("Done"), a date or a number.
 */
function namesWork(cell: string): boolean {
  if (cell.includes(' ') || cell.length > 40 || !/\p{L}{2}/u.test(cell) || answerWord.test(cell)) return false
  return parseStatus(cell).state === 'unknown' && parseTargetDate(cell, {}).due === null
}

// The grid ends at the first row that is not one of its rows: a lone line below it (an outcomes list, a
// note) when the grid has no label column, or a row with nothing under the periods.
function findBodyEnd(
  table: readonly (readonly string[])[],
  headerIndex: number,
  periods: readonly number[],
  labelled: boolean,
): number {
  let end = headerIndex + 1
  for (let index = headerIndex + 1; index < table.length; index++) {
    const row = table[index]!
    if (!row.some(hasText)) continue
    const underPeriods = periods.filter((column) => hasText(row[column] ?? '')).length
    if (underPeriods === 0 || (!labelled && underPeriods < 2 && filledCellCount(row) < 2)) break
    end = index + 1
  }
  return end
}

// The column's period as the target text: its header, on one line. A bare quarter ("Q1") just before a
// dated column is the quarter that ends the day before that column starts.
function periodText(
  raw: readonly string[],
  periods: readonly number[],
  i: number,
  headerIndex: number,
  issues: ImportIssue[],
): string {
  const text = collapseWhitespace(raw[periods[i]!]!)
  if (!quarterLabel.test(text)) return text
  const next = periods[i + 1]
  const start = next === undefined ? null : startOf(raw[next]!)
  if (start === null) return text
  const end = new Date(Date.UTC(start.year, start.month - 2, 1))
  const first = new Date(Date.UTC(start.year, start.month - 4, 1))
  const inferred = `${months[first.getUTCMonth()]} - ${months[end.getUTCMonth()]} ${end.getUTCFullYear()}`
  issues.push(
    createImportIssue(
      'period-inferred',
      'info',
      headerIndex + 1,
      periods[i]! + 1,
      text,
      `The column "${text}" names no dates; it was read as ${inferred}, the quarter before "${collapseWhitespace(raw[next!]!)}". If that is wrong, write the months under "${text}".`,
    ),
  )
  return `${text} ${inferred}`
}

/** The year and month (1–12) a header's period starts: the first of its lines that reads as a date. */
function startOf(cell: string): { year: number; month: number } | null {
  for (const line of textLines(cell)) {
    const date = parseTargetDate(line, {})
    if (date.start === null || date.kind === 'unknown') continue
    const [year, month] = date.start.split('-').map(Number)
    return { year: year!, month: month! }
  }
  return null
}
