import { parseTargetDate } from '../dates/parseTargetDate'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText, textLines } from '../text/cleanCellText'
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
/** A label over steps is a word or two and a colon: "Actual:", "Expected dates:". */
const maxLabelWords = 3

type RowShape = 'line' | 'pair' | 'blank'

/**
 * Reads a project timeline printed as a two-column table with no header row: each row a step and the date it is
 * due by ("Endorsement of the Charter and Code principles | 2.10.2017"), the steps split into phases by rows of
 * one short cell ("Initiation Phase", "Implementation Phase"), below the page's title and intro lines. HR
 * Excellence in Research (HRS4R) pages, grant-funded projects' pages and consultation timelines print their
 * steps so. A careful reader takes each step as an action, its date cell as its target and the phase above it
 * as its section; a lone short line right above the first step is the first phase.
 *
 * A one-column release timetable reads the same way ("7.2.0 preview 1: Friday, 2031-03-14"): a label closing with
 * a colon over steps says what their dates are ("Actual:" dates are past, so the steps are complete; "Expected:"
 * says nothing), a version number opening several steps stays in their titles, and the lines of a step's cell
 * below its dated line are its notes.
 *
 * Every filled row must be one cell or two (the first two); at least three two-cell rows, two thirds of them
 * (of a spread sample of forty on a long page) and the first with a date in the second cell and none with a date
 * alone in the first; every one-cell row
 * among the steps a short heading or label. Returns null for any other layout (a table with a header row, a page
 * of prose).
 *
 * @example
 * readStepDateRows([
 *   ['Project timeline:'], ['Phase one'], ['Survey the staff', '2.10.2025'], ['Write the plan', '1.12.2025'],
 *   ['Phase two'], ['Publish the plan', 'March 2026'],
 * ])?.rows.slice(1) // [['Action', 'Target date', 'Section'], ['Survey the staff', '2.10.2025', 'Phase one'], …]
 */
export function readStepDateRows(source: readonly (readonly string[])[]): FlattenedActionTables | null {
  const { table, notes } = splitDatedLines(source)
  const shapes = table.map(shapeOf)
  if (shapes.includes(null)) return null
  const first = shapes.indexOf('pair')
  if (first < 0) return null
  const pairs: number[] = []
  for (let index = first; index < table.length; index++) {
    const text = table[index]![0]!
    if (shapes[index] === 'line' && !isHeading(text) && !isLabel(text) && !openTask(table, shapes, index))
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
    if (isDate(row[0]!, 'dated')) return null
    sampled++
    if (isDate(row[1]!)) dated++
  }
  if (dated * 3 < sampled * 2) return null

  // A label right above the first step ("Actual:") is read with the steps; the lone short line above it names
  // its phase, when phases split the steps below.
  const filledAbove = (index: number): number => {
    let at = index - 1
    while (at >= 0 && shapes[at] === 'blank') at--
    return at
  }
  let above = filledAbove(first)
  const labelAbove = above >= 0 && shapes[above] === 'line' && isLabel(table[above]![0]!)
  const stepsTop = labelAbove ? above : first
  if (labelAbove) above = filledAbove(above)
  const phased = shapes.indexOf('line', first) > 0
  const firstPhase = phased && above > 0 && isHeading(table[above]![0]!) ? above : null
  const top = firstPhase ?? stepsTop

  const labelled = table.some(
    (row, index) => index >= top && shapes[index] === 'line' && hasText(stateOfLabel(row[0]!) ?? ''),
  )
  const noted = [...notes.keys()].some((index) => index >= top)
  // "3.1.0 beta 1", "3.1.0 final": a number that opens several steps names the release they belong to, not each
  // step's ref, so the titles keep it (an empty ref column stops it being peeled).
  const versioned = sharesOpeningNumber(pairs.map((index) => table[index]![0]!))
  const rows: string[][] = []
  const sourceRows: number[] = []
  const sourceColumns: (number | null)[][] = []
  for (let index = 0; index < top; index++) {
    if (shapes[index] === 'blank') continue
    rows.push([collapseWhitespace(table[index]![0]!)])
    sourceRows.push(index + 1)
    sourceColumns.push([1])
  }
  rows.push([
    'Action',
    'Target date',
    'Section',
    ...(labelled ? ['Status'] : []),
    ...(noted ? ['Notes'] : []),
    ...(versioned ? ['Ref'] : []),
  ])
  sourceRows.push(first + 1)
  sourceColumns.push([1, 2, 1, ...(labelled ? [1] : []), ...(noted ? [1] : []), ...(versioned ? [null] : [])])
  const headerRow = rows.length
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  let phase = ''
  let state = ''
  const push = (index: number, cells: readonly string[], columns: readonly (number | null)[]) => {
    rows.push([
      ...cells,
      ...(labelled ? [state] : []),
      ...(noted ? [notes.get(index) ?? ''] : []),
      ...(versioned ? [''] : []),
    ])
    sourceRows.push(index + 1)
    sourceColumns.push([
      ...columns,
      ...(labelled ? [null] : []),
      ...(noted ? [1] : []),
      ...(versioned ? [null] : []),
    ])
  }
  for (let index = top; index < table.length; index++) {
    const row = table[index]!
    const labelState = shapes[index] === 'line' ? stateOfLabel(row[0]!) : null
    if (shapes[index] === 'line' && openTask(table, shapes, index)) {
      push(index, [collapseWhitespace(row[0]!), '', phase], [1, null, null])
    } else if (labelState !== null) {
      // A label says what the dates below it are ("Actual:" dates are past, so those steps are done; "Expected:"
      // ones say nothing of it) until the next label or phase; the steps stay in their phase.
      state = labelState
      skippedRows.push(index + 1)
    } else if (shapes[index] === 'line') {
      phase = collapseWhitespace(row[0]!).replace(/[,;:]$/, '')
      state = ''
      sectionRows.push(index + 1)
    } else if (shapes[index] === 'pair') {
      push(index, [collapseWhitespace(row[0]!), collapseWhitespace(row[1]!), phase], [1, 2, null])
    }
  }
  return {
    rows,
    headerRow,
    sourceRows,
    subHeaderRows: [],
    mergedRows: [],
    sectionRows,
    ...(skippedRows.length > 0 ? { skippedRows } : {}),
    sourceColumns,
    titleEvidence:
      'the steps of a two-column timeline with no header: each step beside its date, under its phase',
  }
}

/** "3.1.0 beta 1": a version number opening a step, its parts joined by dots. Anchored and bounded. */
const openingVersion = /^(\d{1,4}(?:\.\d{1,4}){1,3})\s/

/** Whether two of the steps open with the same version number ("3.1.0 beta 1", "3.1.0 final"). */
function sharesOpeningNumber(steps: readonly string[]): boolean {
  const seen = new Set<string>()
  for (const step of steps) {
    const number = openingVersion.exec(step.trim())?.[1]
    if (number === undefined) continue
    if (seen.has(number)) return true
    seen.add(number)
  }
  return false
}

/** "Actual:", "Done:", "Expected dates:": a short line closing with a colon that labels the steps below it. */
function isLabel(text: string): boolean {
  const line = collapseWhitespace(text)
  return line.endsWith(':') && line.split(' ').length <= maxLabelWords && !/[.!?]/.test(line)
}

/** "Actual", "Actual dates": the dates below are when the steps happened. */
const pastDates = /^actual(?:\s{1,3}dates?)?$/i
/** "Expected", "Estimated dates": the dates below are still to come, which says nothing of the steps' state. */
const comingDates = /^(?:expected|estimated|projected|provisional|forecast)(?:\s{1,3}dates?)?$/i

/**
 * The state a label gives the steps below it: "Actual:" dates are past ("Complete"), a status word is read as
 * written ("Done:"), dates still to come ("Expected:") give none (''). Null for any other line: a label naming
 * something else ("Stage one:") is a phase, as a heading is.
 *
 * @example
 * stateOfLabel('Actual:') // 'Complete'
 * stateOfLabel('Expected:') // ''
 * stateOfLabel('Stage one:') // null
 */
function stateOfLabel(text: string): string | null {
  if (!isLabel(text)) return null
  const label = collapseWhitespace(text).replace(/:$/, '')
  if (pastDates.test(label)) return 'Complete'
  if (comingDates.test(label)) return ''
  return parseStatus(label).state === 'unknown' ? null : label
}

/**
 * A one-column page whose lines close with their date after a colon ("Draft the brief: 2031/03/14", "Survey the
 * site: Finished") prints the same timeline with a colon in place of the column break: each such line is split
 * into its step and its date. A dated line with no other next to it ("Updated: 2 May 2031" over "Schedule") is the
 * page's own stamp, not a step, and stays whole. A cell whose first line so closes and whose lines below do not
 * ("Beta 1: 2031-05-18⏎(No new features after this.)") is a step with a note, returned by its 0-based row. Any
 * other table is returned as it is.
 */
function splitDatedLines(table: readonly (readonly string[])[]): {
  table: readonly (readonly string[])[]
  notes: ReadonlyMap<number, string>
} {
  const notes = new Map<number, string>()
  if (!table.every((row) => row.every((cell, c) => c === 0 || !hasText(cell)))) return { table, notes }
  const split = table.map((row, index) => {
    if (!hasText(row[0] ?? '')) return null
    const whole = splitAtColon(row[0]!)
    if (whole !== null || !/[\r\n]/.test(row[0]!)) return whole
    const [head, ...rest] = textLines(row[0]!)
    const pair = head === undefined ? null : splitAtColon(head)
    if (pair === null || rest.some((line) => splitAtColon(line) !== null)) return null
    notes.set(index, collapseWhitespace(rest.join(' ')))
    return pair
  })
  const next = (index: number): number => {
    let at = index + 1
    while (at < table.length && !hasText(table[at]![0] ?? '')) at++
    return at
  }
  const split2 = table.map((row, index) => {
    const pair = split[index]
    if (pair === null || pair === undefined) return row
    const after = split[next(index)]
    let before = index - 1
    while (before >= 0 && !hasText(table[before]![0] ?? '')) before--
    const alone = (after === null || after === undefined) && (before < 0 || split[before] === null)
    if (alone) notes.delete(index)
    return alone ? row : pair
  })
  return { table: split2, notes }
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

/** Whether the text reads as a date or a state; with `dated`, only as one naming a day, month or year: a step
 * saying that work begins ("3.1 development begins") and naming no date is not a date standing in for a step. */
function isDate(text: string, dated?: 'dated'): boolean {
  if (text.length > maxDateCell) return false
  const date = parseTargetDate(text)
  if (date.kind !== 'unknown')
    return date.confidence >= 0.5 && (dated === undefined || date.precision !== null)
  const yearless = parseTargetDate(text, anyYear)
  return yearless.kind !== 'unknown' && yearless.confidence >= 0.5 && yearless.precision === 'day'
}
