import type { FlattenedActionTables } from './flattenActionTables'
import { oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { statusAtEnd } from './statusAtEnd'
import { isStatusAlone } from './statusAtStart'

/**
 * "AP/3/1/RW ", "AP/1/6/JT&ALL ", "A/12/3/JS": an action point's code, a short label and two or three numbers (the
 * meeting, the point) joined by slashes, its last part the initials of who owns the point (several joined by "&" or
 * "+"), then the point's text, if any. Group 1 is the code, group 2 the initials, group 3 the text. Anchored and
 * bounded: linear on any line.
 */
const codedPoint =
  /^(\p{Lu}{1,4}(?:\/\d{1,4}){2,3}\/(\p{Lu}{1,5}(?:[&+]\p{Lu}{1,5}){0,3}))(?:\s{1,3}(\S.{0,2000}))?$/u

/** The initials of a code's last part, joined by "&" or "+". */
const initialsJoin = /[&+]/

/** At least this many lines open with a coded point and its text for the page to be read so. */
const minPoints = 3

/** A line that is only a status ("Ongoing", "Closed") has at most this many words. */
const maxStatusWords = 3

/** A line longer than this is read no further (a minute is a few hundred characters). */
const maxLine = 2000

/**
 * Reads minutes whose action points each open with a code that says where the point was raised and who owns it, as
 * a project's management committee numbers them "AP/meeting/point/owner": "AP/3/1/RW R. Walsh will send the
 * report", "AP/1/6/JT&ALL This stays on every agenda". Each such line with text is an action: the code its ref, the
 * initials closing the code its owners, the text after it its title (a status closing it, "… poster. Ongoing", its
 * status). A line that is only a status right after a point ("Ongoing") is that point's status. A code alone on its
 * line (a point superseded by the next) is no action. The lines above the first coded line are the title rows; the
 * rest of the minutes is not read as actions. Null unless a one-column page has at least three coded lines with
 * text.
 *
 * @example
 * readOwnerCodedActionPoints([
 *   ['Committee minutes'], ['AP/1/1/JS J. Smith will book the hall.'], ['AP/1/2/AB A. Brown has sent the letter.'],
 *   ['AP/1/3/JS&AB The two will draft the budget.'],
 * ])?.rows[2] // ['J. Smith will book the hall.', 'AP/1/1/JS', 'JS', '']
 */
export function readOwnerCodedActionPoints(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  let points = 0
  for (const line of lines) {
    if (line.text.length > maxLine) continue
    if (codedPoint.exec(line.text)?.[3] !== undefined) points++
  }
  if (points < minPoints) return null
  const records: { index: number; cells: string[] }[] = []
  const skipped: number[] = []
  let first = -1
  /** The point on the line just above, whose status a line of its own may give. */
  let last: { index: number; cells: string[] } | null = null
  for (const line of lines) {
    const point = line.text.length > maxLine ? null : codedPoint.exec(line.text)
    if (point === null || point[3] === undefined) {
      // "Ongoing" on the line after a point: its status, when it has none of its own.
      const alone =
        point === null && last !== null && last.cells[3] === '' && isStatusAlone(line.text, maxStatusWords)
      if (alone) last!.cells[3] = line.text
      if (first >= 0) skipped.push(line.index + 1)
      last = null
      continue
    }
    if (first < 0) first = line.index
    const text = point[3]!.trim()
    const ended = statusAtEnd(text, 'update')
    const owners = point[2]!.split(initialsJoin).join(', ')
    last = {
      index: line.index,
      cells: [ended === null ? text : ended.text, point[1]!, owners, ended === null ? '' : ended.status],
    }
    records.push(last)
  }
  return oneColumnRecords(table.slice(0, first), first + 1, ['Action', 'Ref', 'Owner', 'Status'], records, {
    mergedRows: [],
    skippedRows: skipped,
    titleEvidence:
      'each line opening with an action point\'s code ("AP/3/1/RW"), the initials closing the code its owners',
  })
}
