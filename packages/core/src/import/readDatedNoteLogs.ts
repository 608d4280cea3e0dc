import { parseTargetDate } from '../dates/parseTargetDate'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'

/** An action's number in a working group's log: "322", "12". */
const actionNumber = /^\d{1,5}$/

/** A person named in brackets at the end of an action's title: "(Mike)", "(Jane Doe)"; never "(Non-linear)" or "(XML)". */
const trailingOwner = /\s\(([A-Z][a-z]{1,20}(?: [A-Z][a-z]{0,20}\.?){0,2})\)$/

/** The filled cells of a row, collapsed. */
function filled(row: readonly string[]): string[] {
  return row.filter(hasText).map(collapseWhitespace)
}

/** A cell that is only a date ("2024-10-10", "10 Oct 2024", "12/03/2024"). */
function isDate(cell: string): boolean {
  if (cell.length > 20 || !/\d/.test(cell) || actionNumber.test(cell)) return false
  if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return true
  const target = parseTargetDate(cell)
  return target.kind === 'due' && target.due !== null && target.start === target.due
}

/** An action's heading row: its number, then its title of two words or more, in the first two cells. */
function actionHeading(row: readonly string[]): { ref: string; title: string } | null {
  // Most rows of most tables open with no bare number: turned away before any cell is copied.
  if (!actionNumber.test((row[0] ?? '').trim())) return null
  const cells = filled(row)
  if (cells.length !== 2 || !hasText(row[0] ?? '') || !actionNumber.test(cells[0]!)) return null
  if (!cells[1]!.includes(' ')) return null
  return { ref: cells[0]!, title: cells[1]! }
}

/**
 * Reads a working group's action log kept as one small table per action, as standards bodies' and open-source
 * working groups' call minutes carry it forward from call to call: a heading row giving the action's number and
 * title ("322 | Handle embedded XML in a natural way (Mike)"), then a row per call with its date and a progress
 * note ("2024-10-10 | No progress reported."). Each numbered heading is one action, its number the ref; a person
 * named in brackets at the end of the title ("(Mike)") is its owner and leaves the title. The dated rows are
 * progress notes, kept in the action's notes, never its target. A one-cell heading above ("Current actions",
 * "Closed actions", "Deferred actions") is the section of the actions below it, and says they are complete or on
 * hold when it reads so. Returns null unless two numbered headings each have at least one dated note under them.
 *
 * @example
 * readDatedNoteLogs([
 *   ['12', 'Draft the charter (Ana)'], ['2024-01-10', 'Started.'],
 *   ['13', 'Book the venue'], ['2024-01-10', 'No progress.'],
 * ])?.rows[1] // ['12', 'Draft the charter', 'Ana', '', '', '2024-01-10: Started.']
 */
export function readDatedNoteLogs(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const first = table.findIndex((row) => actionHeading(row) !== null)
  if (first < 0) return null
  type Logged = { index: number; ref: string; title: string; section: string; notes: string[] }
  const actions: Logged[] = []
  const mergedRows: number[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  // The heading nearest above the first action names its section too ("Current actions").
  let section = ''
  for (let index = first - 1; index >= 0; index--) {
    const cells = filled(table[index]!)
    if (cells.length === 1 && / actions?$/i.test(cells[0]!)) {
      section = cells[0]!
      break
    }
  }
  for (let index = first; index < table.length; index++) {
    const row = table[index]!
    const cells = filled(row)
    if (cells.length === 0) continue
    const heading = actionHeading(row)
    const last = actions[actions.length - 1]
    if (heading !== null) {
      actions.push({ index, ...heading, section, notes: [] })
    } else if (cells.length === 2 && isDate(cells[0]!) && last !== undefined) {
      last.notes.push(`${cells[0]}: ${cells[1]}`)
      mergedRows.push(index + 1)
    } else if (cells.length === 1) {
      // A heading over the next actions, or "none" under a heading with no actions.
      if (cells[0]!.split(' ').length <= 6 && / actions?$/i.test(cells[0]!)) {
        section = cells[0]!
        sectionRows.push(index + 1)
      } else {
        skippedRows.push(index + 1)
      }
    } else {
      return null
    }
  }
  if (actions.length < 2 || actions.filter((action) => action.notes.length > 0).length < 2) return null
  const titleRows = table.slice(0, first).map((row) => [...row])
  const rows: string[][] = [...titleRows, ['Ref', 'Action', 'Owner', 'Section', 'Status', 'History']]
  const sourceRows = [...titleRows.map((_, i) => i + 1), first + 1]
  for (const action of actions) {
    const owner = trailingOwner.exec(action.title)
    const title = owner === null ? action.title : action.title.slice(0, owner.index)
    const state = parseStatus(action.section).state
    const status = state === 'complete' || state === 'on-hold' ? action.section : ''
    rows.push([action.ref, title, owner?.[1] ?? '', action.section, status, action.notes.join('\n')])
    sourceRows.push(action.index + 1)
  }
  return {
    rows,
    headerRow: titleRows.length + 1,
    sourceRows,
    subHeaderRows: [],
    mergedRows,
    sectionRows,
    skippedRows,
    sourceColumns: rows.map((row, i) =>
      i < titleRows.length ? row.map((_, c) => c + 1) : [1, 2, 2, null, null, 2],
    ),
    titleEvidence: 'the title of each numbered action heading its own log of dated notes',
  }
}
