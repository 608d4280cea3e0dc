import { parseTargetDate } from '../dates/parseTargetDate'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { openingOf } from './verbLedLinesUnderHeadings'

/** At least this many step rows make a timeline. */
const minSteps = 3
/** A phase heading is a short line: "Initiation Phase", "Year 2", "Stage 3: Delivery". */
const maxHeadingWords = 6
/** Dates are read in at most about this many steps, spread over the timeline. */
const maxSample = 40
/** Cells longer than this are not read for a date: no date cell is so long. */
const maxDateCell = 300
/** A date closing a line after its colon is a few words at most ("2031/03/14", "end of May 2031", "Finished"). */
const maxTailWords = 4

type RowShape = 'line' | 'pair' | 'blank'

/**
 * Reads a project timeline printed as a two-column table with no header row: each row a step and the date it is
 * due by ("Endorsement of the Charter and Code principles | 2.10.2017"), the steps split into phases by rows of
 * one short cell ("Initiation Phase", "Implementation Phase"), below the page's title and intro lines. HR
 * Excellence in Research (HRS4R) pages, grant-funded projects' pages and consultation timelines print their
 * steps so. A careful reader takes each step as an action, its date cell as its target and the phase above it
 * as its section; a lone short line right above the first step is the first phase.
 *
 * Every filled row must be one cell or two (the first two); at least three two-cell rows, two thirds of them
 * (of a spread sample of forty on a long page) and the first with a date in the second cell and none with a date
 * alone in the first; every one-cell row
 * among the steps a short heading. Returns null for any other layout (a table with a header row, a page of prose).
 *
 * @example
 * readStepDateRows([
 *   ['Project timeline:'], ['Phase one'], ['Survey the staff', '2.10.2025'], ['Write the plan', '1.12.2025'],
 *   ['Phase two'], ['Publish the plan', 'March 2026'],
 * ])?.rows.slice(1) // [['Action', 'Target date', 'Section'], ['Survey the staff', '2.10.2025', 'Phase one'], …]
 */
export function readStepDateRows(source: readonly (readonly string[])[]): FlattenedActionTables | null {
  const table = splitDatedLines(source)
  const shapes = table.map(shapeOf)
  if (shapes.includes(null)) return null
  const first = shapes.indexOf('pair')
  if (first < 0) return null
  const pairs: number[] = []
  for (let index = first; index < table.length; index++) {
    if (shapes[index] === 'line' && !isHeading(table[index]![0]!) && !openTask(table, shapes, index))
      return null
    if (shapes[index] === 'pair') pairs.push(index)
  }
  if (pairs.length < minSteps || !isDate(table[first]![1]!)) return null
  // Dates are read on a spread sample of the steps, so a long page costs no more than a short one.
  const step = Math.max(1, Math.floor(pairs.length / maxSample))
  let sampled = 0
  let dated = 0
  for (let i = 0; i < pairs.length; i += step) {
    const row = table[pairs[i]!]!
    if (isDate(row[0]!)) return null
    sampled++
    if (isDate(row[1]!)) dated++
  }
  if (dated * 3 < sampled * 2) return null

  // The lone short line right above the first step names its phase, when phases split the steps below.
  let above = first - 1
  while (above >= 0 && shapes[above] === 'blank') above--
  const phased = shapes.indexOf('line', first) > 0
  const firstPhase = phased && above > 0 && isHeading(table[above]![0]!) ? above : null
  const top = firstPhase ?? first

  const rows: string[][] = []
  const sourceRows: number[] = []
  const sourceColumns: (number | null)[][] = []
  for (let index = 0; index < top; index++) {
    if (shapes[index] === 'blank') continue
    rows.push([collapseWhitespace(table[index]![0]!)])
    sourceRows.push(index + 1)
    sourceColumns.push([1])
  }
  rows.push(['Action', 'Target date', 'Section'])
  sourceRows.push(first + 1)
  sourceColumns.push([1, 2, 1])
  const headerRow = rows.length
  const sectionRows: number[] = []
  let phase = ''
  for (let index = top; index < table.length; index++) {
    const row = table[index]!
    if (shapes[index] === 'line' && openTask(table, shapes, index)) {
      rows.push([collapseWhitespace(row[0]!), '', phase])
      sourceRows.push(index + 1)
      sourceColumns.push([1, null, null])
    } else if (shapes[index] === 'line') {
      phase = collapseWhitespace(row[0]!).replace(/[,;:]$/, '')
      sectionRows.push(index + 1)
    } else if (shapes[index] === 'pair') {
      rows.push([collapseWhitespace(row[0]!), collapseWhitespace(row[1]!), phase])
      sourceRows.push(index + 1)
      sourceColumns.push([1, 2, null])
    }
  }
  return {
    rows,
    headerRow,
    sourceRows,
    subHeaderRows: [],
    mergedRows: [],
    sectionRows,
    sourceColumns,
    titleEvidence:
      'the steps of a two-column timeline with no header: each step beside its date, under its phase',
  }
}

/**
 * A one-column page whose lines close with their date after a colon ("Draft the brief: 2031/03/14", "Survey the
 * site: Finished") prints the same timeline with a colon in place of the column break: each such line is split
 * into its step and its date. A dated line with no other next to it ("Updated: 2 May 2031" over "Schedule") is the
 * page's own stamp, not a step, and stays whole. Any other table is returned as it is.
 */
function splitDatedLines(table: readonly (readonly string[])[]): readonly (readonly string[])[] {
  if (!table.every((row) => row.every((cell, c) => c === 0 || !hasText(cell)))) return table
  const split = table.map((row) => (hasText(row[0] ?? '') ? splitAtColon(row[0]!) : null))
  const next = (index: number): number => {
    let at = index + 1
    while (at < table.length && !hasText(table[at]![0] ?? '')) at++
    return at
  }
  return table.map((row, index) => {
    const pair = split[index]
    if (pair === null || pair === undefined) return row
    const after = split[next(index)]
    let before = index - 1
    while (before >= 0 && !hasText(table[before]![0] ?? '')) before--
    const alone = (after === null || after === undefined) && (before < 0 || split[before] === null)
    return alone ? row : pair
  })
}

/**
 * Whether the lone line at `index` is a task with no date yet ("Update the release procedure" under "Open tasks"),
 * not a phase: it opens with an instruction's verb and heads no dated step (the next filled row is no step).
 */
function openTask(
  table: readonly (readonly string[])[],
  shapes: readonly (RowShape | null)[],
  index: number,
): boolean {
  if (openingOf(collapseWhitespace(table[index]![0]!)) !== 'verb') return false
  let next = index + 1
  while (next < shapes.length && shapes[next] === 'blank') next++
  return shapes[next] !== 'pair'
}

/** The marks a schedule sets a step's date off by: a colon, or a dash between spaces. */
const dateMarks = [': ', ' - ', ' – ', ' — ']

/**
 * "Draft the brief: 2031/03/14" → ['Draft the brief', '2031/03/14']; "6.4.0-rc1 - Wed. Aug 15th" → ['6.4.0-rc1',
 * 'Wed. Aug 15th'] (the last mark of the line); null when no date closes the line.
 */
function splitAtColon(text: string): [string, string] | null {
  const line = collapseWhitespace(text)
  let at = -1
  let mark = ''
  for (const each of dateMarks) {
    const found = line.lastIndexOf(each)
    if (found > at) [at, mark] = [found, each]
  }
  if (at < 1) return null
  const tail = line.slice(at + mark.length).trim()
  if (tail === '' || tail.split(' ').length > maxTailWords || !isDate(tail)) return null
  return [line.slice(0, at).trim(), tail]
}

function shapeOf(row: readonly string[]): RowShape | null {
  let filled = 0
  for (let c = 0; c < row.length; c++) {
    if (!hasText(row[c]!)) continue
    if (c > 1) return null
    filled++
  }
  if (filled === 0) return 'blank'
  if (!hasText(row[0] ?? '')) return null
  return filled === 1 ? 'line' : 'pair'
}

function isHeading(text: string): boolean {
  const line = collapseWhitespace(text).replace(/[,;]$/, '')
  return line.split(' ').length <= maxHeadingWords && !/[.:!?]$/.test(line)
}

/** Any day: a date with no year ("Wed. Aug 1st") is a date all the same; the plan's own years date it later. */
const anyYear = { referenceDate: '2000-01-01' }

function isDate(text: string): boolean {
  if (text.length > maxDateCell) return false
  const date = parseTargetDate(text)
  if (date.kind !== 'unknown') return date.confidence >= 0.5
  const yearless = parseTargetDate(text, anyYear)
  return yearless.kind !== 'unknown' && yearless.confidence >= 0.5 && yearless.precision === 'day'
}
