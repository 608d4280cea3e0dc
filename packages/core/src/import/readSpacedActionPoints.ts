import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { isStatusAlone } from './statusAtStart'

/** A run of three spaces or more, or a tab: where a line set out in columns with spaces passes to its next column. */
const columnGap = / {3,}|\t+/

/** "84j. ", "84k ", "100v1. ", "12) ": a minute's number opening a line, with the letters it is filed under. Bounded. */
const minuteRef = /^(\d{1,4}[a-z]{0,2}\d{0,2})[.)]?\s{1,12}(?=\S)/

/**
 * "Action Point. JL", "Action: HH", "Action point – AS/DL": the column naming who acts, as initials in capitals, set
 * off from the label by a mark or a space ("Actioned" is a status, never "Action" and "ed"). Bounded.
 */
const actionColumn =
  /^(?:[Aa]ction|ACTION)(?:\s{1,3}(?:[Pp]oint|POINT))?(?:\s{0,2}[.:–—-]\s{0,3}|\s{1,3})([A-Z]{1,4}(?:\s{0,2}[/,&]\s{0,2}[A-Z]{1,4}){0,4})$/

/** "22/16     Quotation for …": a register's entry number, its item and year, then a column gap. Bounded. */
const registerEntry = /^(\d{1,4}\/\d{2,4}) {2,24}(?=\S)/

/**
 * "… JL to action.", "… AS actioned", "… JL responded": a register entry closing on the initials of who acts on it,
 * group 1 the initials, group 2 what they did or are to do. Bounded and anchored at the end.
 */
const actsAtEnd =
  /\b([A-Z]{2,4}(?:\s{0,2}[/&]\s{0,2}[A-Z]{2,4}){0,3})\s{1,3}(to action|to respond|to reply|to deal with it|actioned|responded|replied|dealt with it)\s{0,3}\.?$/

/** A status column holds a word or three ("On Going", "Completed"), never a sentence. */
const maxStatusWords = 3

/** At least this many lines set out in columns with a status or an owner make the page. */
const minPoints = 3

/** A line longer than this is read as prose, not set out in columns. */
const maxLineLength = 1000

/**
 * Reads minutes whose matters arising are set out in columns with runs of spaces, as a word processor's tab stops
 * come out in a plain copy: "84j. Fibre Optic service for IT      On Going      Action Point. JL". Each such line is
 * an action: its minute number ("84j") is the ref, the words after it the title, a column that reads as a status
 * ("On Going", "Completed") its status, and a column "Action Point" (or "Action") with initials its owners. On the
 * same page, a register of correspondence ("22/16     Quote for the notice board. JL to action.") gives an action
 * for each entry closing on who acts: the initials are its owner, the entry number its ref, and a finished verb
 * ("AS actioned", "JL responded") makes it complete; an entry naming no one is a letter received, not an action.
 * Every other line (attendance, minutes approved, reports) is left out. Returns null unless a one-column page holds
 * at least three lines set out so, each with a status or an "Action Point" column.
 *
 * @example
 * readSpacedActionPoints([
 *   ['Trustees meeting'],
 *   ['84j. Fibre Optic service      On Going      Action Point. JL'],
 *   ['84k Radiator valves      On Going      Action Point HH'],
 *   ['88e Notice Board      Completed'],
 * ])?.rows[2] // ['84j', 'Fibre Optic service', 'JL', 'On Going']
 */
export function readSpacedActionPoints(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  const records: OneColumnRecord[] = []
  const skippedRows: number[] = []
  let points = 0
  for (const line of lines) {
    // The row as written: the line pageLines gives has its runs of spaces collapsed.
    const raw = (table[line.index]![0] ?? '').trim()
    const point = raw.length <= maxLineLength ? spacedPoint(raw) : null
    if (point !== null) {
      points++
      records.push({ index: line.index, cells: point })
      continue
    }
    const entry = raw.length <= maxLineLength ? registerAction(raw) : null
    if (entry !== null) records.push({ index: line.index, cells: entry })
    else if (records.length > 0) skippedRows.push(line.index + 1)
  }
  if (points < minPoints) return null
  const top = records[0]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Ref', 'Action', 'Owner', 'Status'], records, {
    mergedRows: [],
    skippedRows,
    titleEvidence:
      'each line set out in columns with spaces: minute number and item, status, "Action Point" and initials',
  })
}

/** A line set out in columns: its ref, item, owners and status cells, or null. */
function spacedPoint(raw: string): string[] | null {
  const fields = raw.split(columnGap).map((field) => field.trim())
  if (fields.length < 2 || fields.length > 4) return null
  const ref = minuteRef.exec(fields[0]!)
  if (ref === null) return null
  let owners = ''
  let status = ''
  for (const field of fields.slice(1)) {
    const action = actionColumn.exec(field)
    if (action !== null && owners === '') owners = action[1]!.replace(/\s{0,2}([/,&])\s{0,2}/g, ', ')
    else if (status === '' && isStatusAlone(field, maxStatusWords)) status = field
    else return null
  }
  const title = fields[0]!.slice(ref[0].length).replace(/\.$/, '').trim()
  return title === '' ? null : [ref[1]!, title, owners, status]
}

/** A register's entry closing on who acts on it: its ref, item, owners and status cells, or null. */
function registerAction(raw: string): string[] | null {
  const entry = registerEntry.exec(raw)
  if (entry === null) return null
  const text = raw.slice(entry[0].length).trim()
  const acts = actsAtEnd.exec(text)
  if (acts === null) return null
  const done = !acts[2]!.startsWith('to ')
  return [entry[1]!, text, acts[1]!.replace(/\s{0,2}[/&]\s{0,2}/g, ', '), done ? 'Complete' : '']
}
