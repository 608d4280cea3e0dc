import { BULLET_LEAD } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/** "Ana Cruz", "Tom", "Lee (away today)": a person's name alone on its line, a bracketed note after it allowed.
 * Anchored, bounded. */
const nameLine =
  /^(\p{Lu}[\p{L}'’.-]{0,24}(?: (?:\p{Lu}[\p{L}'’.-]{0,24}|de|da|del|der|van|von|la|le)){0,3})(?:\s{1,2}\([^()]{1,60}\))?$/u

/** An icon's file name, as a wiki page exported to text keeps its pictures ("done.gif"). */
const iconFile = String.raw`(?:\.(?:gif|png|jpe?g|svg))?`

/** "Done", "Done:", "done.gif", "Finished": the mark over a person's finished work. Anchored. */
const doneMark = new RegExp(String.raw`^(?:done|finished|completed?)${iconFile}\s{0,2}:?$`, 'i')

/** "To do", "Todo:", "todo.gif", "Next", "Pending": the mark over a person's work still to do. Anchored. */
const todoMark = new RegExp(String.raw`^(?:to-?\s?do|next|pending)${iconFile}\s{0,2}:?$`, 'i')

/** "We don't have …", "When we finish …": a note of the whole meeting in the first person plural, after the last
 * person's list, not that person's task. Anchored. */
const meetingNote = /^(?:(?:when|if|once|as|after)\s)?we\b/i

/** At least this many people's "to do" marks make the layout. */
const minPeople = 2

/** Whether line `at` names a person over a "done" or "to do" mark. */
function personAt(lines: readonly PageLine[], at: number): boolean {
  const below = lines[at + 1]?.text ?? ''
  return nameLine.test(lines[at]!.text) && (doneMark.test(below) || todoMark.test(below))
}

/**
 * Reads the round of a team's coordination minutes where each member reports in turn: the person's name alone on a
 * line, then a "done" mark over the work finished since the last meeting and a "to do" mark over the work they take
 * on next (wiki minutes keep the marks as icons, exported as their file names: "done.gif", "todo.gif"). Each line
 * under a "to do" mark is an action owned by the person named above it; the finished work is a report, not an
 * action. A bracketed note after the name ("Lee (away today)") is not part of it. After the last person's list, a
 * line in the first person plural ("We agreed to …") is a note of the whole meeting and ends it. Returns null
 * unless at least two people's names stand over a "to do" mark.
 *
 * @example
 * readTodoBlocksUnderNames([
 *   ['Team call, 3 May'], ['Ana'], ['Done'], ['Fixed the login page'], ['To do'], ['Review the release notes'],
 *   ['Tom (away)'], ['To do'], ['Write the upgrade guide'],
 * ])?.rows.slice(-2) // [['Review the release notes', 'Ana'], ['Write the upgrade guide', 'Tom']]
 */
export function readTodoBlocksUnderNames(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex((_, at) => personAt(lines, at))
  if (first < 0) return null
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const mergedRows: number[] = []
  let owner = ''
  let todo = false
  let done = false
  let people = 0
  let end = lines.length
  for (let at = first; at < lines.length; at++) {
    const line = lines[at]!
    // In a "done" block, a line over the "to do" mark is the last piece of finished work, not the next person.
    if (personAt(lines, at) && (!done || doneMark.test(lines[at + 1]!.text))) {
      owner = nameLine.exec(line.text)![1]!
      todo = false
      done = false
      sectionRows.push(line.index + 1)
      continue
    }
    if (todoMark.test(line.text)) {
      if (!todo) people++
      todo = true
      done = false
      mergedRows.push(line.index + 1)
      continue
    }
    if (doneMark.test(line.text)) {
      todo = false
      done = true
      mergedRows.push(line.index + 1)
      continue
    }
    if (!todo) {
      mergedRows.push(line.index + 1)
      continue
    }
    if (meetingNote.test(line.text)) {
      end = at
      break
    }
    records.push({ index: line.index, cells: [line.text.replace(BULLET_LEAD, ''), owner] })
  }
  if (people < minPeople || records.length === 0) return null
  const top = lines[0]!.index
  return oneColumnRecords(table.slice(top, top + 1), lines[first]!.index + 1, ['Action', 'Owner'], records, {
    mergedRows,
    sectionRows,
    skippedRows: [...lines.slice(1, first), ...lines.slice(end)].map((line) => line.index + 1),
    titleEvidence: 'each line under a "to do" mark below a person\'s name, owned by that person',
  })
}
