import { parseTargetDate } from '../dates/parseTargetDate'
import { collapseWhitespace, hasText, textLines } from '../text/cleanCellText'
import { countWords } from './countWords'
import { opensAsInstruction } from './instructionColumnBesideContext'
import { ownerListColumn } from './ownerListColumn'

/** A name of the work is a line of a few words at least, and no paragraph. */
const minNameWords = 2
const maxNameWords = 25
/** A cell of at most this many words that reads as a date is a date ("12th Apr", "Q3 2025"), no name. */
const maxDateWords = 4
/** The rows the long column fills, at least. */
const minRows = 3
/** The long column's lines may open as a thing to do on at most this share of its cells. */
const maxInstructionShare = 0.25
/** The names average at most this share of the long column's words a cell. */
const maxWordsRatio = 0.75
/** The names fill at least this share of the rows the long column fills. */
const minCoverage = 0.8
/** The fields a column of names may have been given by its cells' look (short phrases read as names or prose). */
const nameFields: ReadonlySet<string> = new Set(['owners', 'description', 'notes', 'successMeasures'])

/**
 * In a table without a header, the column taken for the action by its cells' length may hold what is said about
 * each item (a description, a comment, a report of progress: "Met each partner in turn and agreed …") while a
 * column left of it names each item in a line ("Engage the partners"). A careful reader takes the names as the
 * actions and the long cells as what is said of them. Returns the names column and the long column, else null.
 *
 * The long column fills three rows at least, and at most a quarter of its lines open as a thing to do ("Review …",
 * "- Recruit …"): else it holds the work, and a short column left of it a theme or a group. The names column lies left of it, free or given a field only by its
 * cells' look (owners, description, notes, measures), and fills at least four in five of the rows the long column
 * fills; each cell is one line of two to twenty-five words, none a short date, no two alike, and the column does not read as owner lists
 * (roles, units, people) nor, by `readsAsNames`, as dates, refs or statuses. Its cells average at most three quarters of the long column's words.
 * Of several such columns, the one with the most words a cell, then the leftmost.
 *
 * @example
 * namesBesideLongerNotes(
 *   [
 *     ['Hedge planting', 'Volunteers put in two hundred whips along the lane in March'],
 *     ['Fence repairs', 'Posts were ordered; the work waits on dry weather'],
 *     ['Pond clearance', 'The weed was raked out and left on the bank for a week'],
 *   ],
 *   new Map([['title', 1]]),
 * ) // { names: 0, notes: 1 }
 */
export function namesBesideLongerNotes(
  body: readonly (readonly string[])[],
  fields: ReadonlyMap<string, number>,
  readsAsNames: (column: number) => boolean = () => true,
): { names: number; notes: number } | null {
  const notes = fields.get('title')
  if (notes === undefined || notes === 0) return null
  let noteCells = 0
  let noteWords = 0
  let lines = 0
  let instructions = 0
  for (const row of body) {
    const cell = row[notes] ?? ''
    if (!hasText(cell)) continue
    noteCells++
    noteWords += countWords(cell)
    for (const line of textLines(cell)) {
      if (!hasText(line)) continue
      lines++
      if (opensAsInstruction(line)) instructions++
    }
  }
  if (noteCells < minRows || instructions > maxInstructionShare * lines) return null
  const noteAverage = noteWords / noteCells
  const fieldOf = new Map([...fields].map(([field, column]) => [column, field]))
  let best: { column: number; average: number } | null = null
  for (let column = 0; column < notes; column++) {
    const field = fieldOf.get(column)
    if ((field !== undefined && !nameFields.has(field)) || !readsAsNames(column)) continue
    const average = namesAverage(body, column, notes, noteCells)
    if (average === null || average > maxWordsRatio * noteAverage) continue
    if (best === null || average > best.average) best = { column, average }
  }
  return best === null ? null : { names: best.column, notes }
}

/** The words a cell of a column of names averages, or null when the column is no column of names beside the notes. */
function namesAverage(
  body: readonly (readonly string[])[],
  column: number,
  notes: number,
  noteCells: number,
): number | null {
  const seen = new Set<string>()
  let covered = 0
  let words = 0
  const cells: string[] = []
  for (const row of body) {
    const cell = (row[column] ?? '').trim()
    if (cell === '') continue
    if (cell.includes('\n')) return null
    const count = countWords(cell)
    if (count < minNameWords || count > maxNameWords || (count <= maxDateWords && readsAsDate(cell)))
      return null
    const key = collapseWhitespace(cell).toLowerCase()
    if (seen.has(key)) return null
    seen.add(key)
    cells.push(cell)
    words += count
    if (hasText(row[notes] ?? '')) covered++
  }
  if (seen.size < 2 || covered < minCoverage * noteCells) return null
  if (ownerListColumn(cells) !== null) return null
  return words / seen.size
}

/** Whether a short cell reads as a date, with or without its year ("12th Apr", "Q3 2025"). */
function readsAsDate(cell: string): boolean {
  const read = parseTargetDate(cell, { referenceDate: '2000-01-01' })
  return read.kind !== 'unknown' && read.confidence >= 0.5
}
