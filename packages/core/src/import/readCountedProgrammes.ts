import { NUMBER_WORDS } from '../dates/lexicon'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { BULLET_MARKS } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { filledCellCount } from './filledCellCount'

/**
 * "Outcome 5 contains five work programmes:", "The plan has three priorities:", "We will deliver four projects:": a
 * lead-in that counts the items listed below it, ending in a colon. The count is a number word or digits, then up to
 * two words and a noun naming pieces of work ("three programmes of work:").
 */
const countedLeadIn =
  /\b(?:contains|has|have|includes|comprises|covers|delivers?|are)\s{1,3}([a-z]{3,6}|\d{1,2})\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,2}(?:programmes|programs|projects|workstreams|work streams|actions|initiatives|priorities|commitments)(?:\s{1,3}of\s{1,3}work)?\s{0,3}:$/i
/** "• Accessibility Charter": a bulleted line and its text. */
const bulleted = new RegExp(`^[${BULLET_MARKS}]\\s{1,8}(\\S.*)$`)
/** "Overall status: On track or ahead", "Status: Delayed": a programme's status line in its report block. */
const statusLine = /^(?:overall\s{1,3})?status\s{0,3}[:–-]\s{0,3}(\S.{0,80})$/i
/** A report block's heading: the lead agency, a colon, then the programme's name ("Ministry of X: Programme"). */
const agencyHeading = /^([^:]{3,120}?)\s{0,3}:\s{1,3}(\S.{0,200})$/

/** How a report rates a programme that is under way: "On track or ahead", "Behind schedule", "At risk". */
const underWay = /^(?:on track|on schedule|ahead|behind|at risk|off track)\b/i

/** A programme's overall status as a status cell: a rating of work under way ("On track or ahead") is in progress. */
function readProgrammeStatus(text: string): string {
  return parseStatus(text).state === 'unknown' && underWay.test(text) ? `In progress (${text})` : text
}

/**
 * Reads a progress report that lists its programmes of work under a lead-in that counts them ("Outcome 5 contains
 * five work programmes:" over five "•" lines), then reports on each programme in a block headed by its lead agency
 * and name ("Ministry of Social Development: Accelerating Accessibility"), with an "Overall status:" line and a
 * table of the actions planned for the period, as government disability, accessibility and equality action plans
 * report twice a year. A careful reader takes each listed programme as an action, and each row of a block's table
 * as an action too: the block's agency owns the programme and its table's rows, and the status line is the
 * programme's status. A block whose programme is cut from the page leaves the other programmes with no owner.
 *
 * Returns null unless a lead-in counts exactly the bulleted lines right below it (at least two), and a table (a row
 * of two or more cells) follows the list.
 *
 * @example
 * readCountedProgrammes([
 *   ['Outcome 2'], ['Outcome 2 contains two work programmes:', ''], ['• Open Data', ''], ['• Easy Read', ''],
 *   ['Data Office: Open Data', ''], ['Overall status: On track', ''],
 *   ['Actions planned', 'Actions completed'], ['Publish the data', 'Completed in May.'],
 * ])?.rows[3] // ['Open Data', 'On track', 'Data Office']
 */
export function readCountedProgrammes(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const textOf = (row: readonly string[]) => collapseWhitespace(row.find(hasText) ?? '')
  const filled = (row: readonly string[]) => filledCellCount(row)
  const lead = table.findIndex((row) => filled(row) === 1 && countedLeadIn.test(textOf(row)))
  if (lead < 0) return null
  const token = countedLeadIn.exec(textOf(table[lead]!))![1]!.toLowerCase()
  const count = /^\d+$/.test(token) ? Number(token) : (NUMBER_WORDS.get(token) ?? 0)
  if (count < 2) return null
  const programmes: { row: number; name: string }[] = []
  let at = lead + 1
  for (; at < table.length && programmes.length < count; at++) {
    const row = table[at]!
    const item = filled(row) === 1 ? bulleted.exec(textOf(row)) : null
    if (item === null) break
    programmes.push({ row: at, name: item[1]! })
  }
  if (programmes.length !== count) return null
  const next = table.slice(at).findIndex((row) => filled(row) === 1 && bulleted.test(textOf(row)))
  if (next === 0) return null
  const headerAt = table.findIndex((row, index) => index >= at && filled(row) >= 2)
  if (headerAt < 0) return null

  // The report blocks between the list and the table: the agency heading names the programme, the status line its
  // state. The rows of the table belong to the block above it.
  const owners = new Map<string, string>()
  const states = new Map<string, string>()
  let current: string | null = null
  for (let index = at; index < headerAt; index++) {
    const text = textOf(table[index]!)
    const status = statusLine.exec(text)
    if (status !== null && current !== null) {
      states.set(current, readProgrammeStatus(status[1]!.trim()))
      continue
    }
    const heading = agencyHeading.exec(text)
    const named = heading === null ? undefined : programmes.find((p) => p.name === heading[2]!.trim())
    if (heading !== null && named !== undefined) {
      current = named.name
      owners.set(current, heading[1]!.trim())
    }
  }
  const header = table[headerAt]!
  const blockOwner = current === null ? '' : (owners.get(current) ?? '')
  const rows: string[][] = table.slice(0, lead).map((row) => [textOf(row)])
  const sourceRows = rows.map((_, i) => i + 1)
  // The status column of the table ("Actions completed in the period") is the programmes' status column too; its
  // other columns are kept under their headers.
  const statusColumn = header.findIndex(
    (cell, column) => column > 0 && /\bcompleted?\b|\bstatus\b|\bprogress\b/i.test(cell),
  )
  const others = header.flatMap((cell, column) =>
    column === 0 || column === statusColumn || !hasText(cell) ? [] : [column],
  )
  // "Listed as" says where each action was read: the list of programmes, or the table (by its header).
  const listNoun =
    /\b(programmes|programs|projects|workstreams|work streams|actions|initiatives|priorities|commitments)\b/i.exec(
      textOf(table[lead]!),
    )?.[1] ?? 'programmes'
  rows.push([
    'Action',
    'Status',
    'Lead agency',
    'Listed as',
    ...others.map((column) => collapseWhitespace(header[column]!)),
  ])
  sourceRows.push(headerAt + 1)
  for (const programme of programmes) {
    rows.push([
      programme.name,
      states.get(programme.name) ?? '',
      owners.get(programme.name) ?? '',
      `listed among the ${listNoun}`,
      ...others.map(() => ''),
    ])
    sourceRows.push(programme.row + 1)
  }
  const skippedRows: number[] = []
  for (let index = headerAt + 1; index < table.length; index++) {
    const row = table[index]!
    // The table ends at its first row of one cell (a narrative label or paragraph below it).
    if (filled(row) < 2) {
      for (let rest = index; rest < table.length; rest++)
        if (table[rest]!.some(hasText)) skippedRows.push(rest + 1)
      break
    }
    rows.push([
      collapseWhitespace(row[0] ?? ''),
      statusColumn < 0 ? '' : collapseWhitespace(row[statusColumn] ?? ''),
      blockOwner,
      collapseWhitespace(header[0] ?? ''),
      ...others.map((column) => collapseWhitespace(row[column] ?? '')),
    ])
    sourceRows.push(index + 1)
  }
  return {
    rows,
    headerRow: lead + 1,
    sourceRows,
    subHeaderRows: [],
    mergedRows: [],
    skippedRows,
    titleEvidence: `the ${count} programmes a lead-in counts ("${textOf(table[lead]!)}"), and the rows of the table that reports on them`,
  }
}
