import type { FlattenedActionTables } from './flattenActionTables'
import { oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { isStatusAlone } from './statusAtStart'

/**
 * "20310402-1", "310402-12", "2031-04-02-3": an action's id made of the date of the meeting that raised it (eight or
 * six digits, or a dashed date) and its number there, and nothing else on the line. Anchored and bounded.
 */
const meetingId = /^(?:\d{8}|\d{6}|\d{4}-\d{2}-\d{2})-\d{1,3}$/

/** "Maria.", "GGUS developers", "Ana, Tom": who owns an action, on a short line of its own of capitalised first word,
 * at most this many words, no sentence inside it. */
const maxOwnerWords = 4
const ownerLine = /^\p{Lu}[\p{L}'’&/, -]{0,60}\.?$/u

/** A line that is only a status ("Pending", "Closed.", "Done") has at most this many words. */
const maxStatusWords = 3

/** At least this many ids alone on their lines make the layout. */
const minRecords = 3

/**
 * Reads an action log pasted from a table one cell a line, as a working group's minutes keep it: each action's id
 * (the date of the meeting that raised it and its number there, "20310402-1") alone on its line, then the action's
 * text over one or more lines, then who owns it on a short line of its own ("Maria.", "Site managers."), its status
 * on a line of its own ("Pending", "Done", "Closed."), and notes on its progress. Each id opens an action: the id is
 * its ref, the lines up to the owner's line its title, the first line after the title that is only a status its
 * status, and the other lines its notes. The lines above the first id are the title rows. Null unless a one-column
 * page holds at least three such ids, each over a line of text and a line naming an owner.
 *
 * @example
 * readMeetingIdRecords([
 *   ['Minutes'], ['20310402-1'], ['Book the hall.'], ['Ana.'], ['Pending'], ['20310402-2'], ['Print the flyers.'],
 *   ['Tom'], ['Done'], ['20310402-3'], ['Ring the caterers.'], ['All.'], ['Pending'],
 * ])?.rows[2] // ['Book the hall.', '20310402-1', 'Ana', 'Pending', '']
 */
export function readMeetingIdRecords(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  let ids = 0
  for (const line of lines) if (meetingId.test(line.text)) ids++
  if (ids < minRecords) return null
  const records: { index: number; cells: string[] }[] = []
  const merged: number[] = []
  let first = -1
  /** The record being read and where it stands: its title lines, then its owner, then the rest. */
  let record: { index: number; cells: string[] } | null = null
  let stage: 'title' | 'after-owner' = 'title'
  for (const line of lines) {
    if (meetingId.test(line.text)) {
      if (record !== null && !finished(record)) return null
      if (first < 0) first = line.index
      record = { index: line.index, cells: ['', line.text, '', '', ''] }
      records.push(record)
      stage = 'title'
      continue
    }
    if (record === null) continue
    merged.push(line.index + 1)
    const cells = record.cells
    if (stage === 'title') {
      const owner =
        cells[0] !== '' && ownerLine.test(line.text) && line.text.split(' ').length <= maxOwnerWords
      if (owner && !isStatusAlone(line.text, maxStatusWords)) {
        cells[2] = line.text.replace(/\.$/, '')
        stage = 'after-owner'
      } else cells[0] = cells[0] === '' ? line.text : `${cells[0]} ${line.text}`
      continue
    }
    if (cells[3] === '' && isStatusAlone(line.text, maxStatusWords)) cells[3] = line.text.replace(/\.$/, '')
    else cells[4] = cells[4] === '' ? line.text : `${cells[4]}\n${line.text}`
  }
  if (record !== null && !finished(record)) return null
  return oneColumnRecords(
    table.slice(0, first),
    first + 1,
    ['Action', 'Ref', 'Owner', 'Status', 'Notes'],
    records,
    {
      mergedRows: merged,
      titleEvidence:
        'each action\'s id ("20310402-1") alone on its line, over its text, its owner on a short line and its status',
    },
  )
}

/** Whether a record has its title and its owner. */
function finished(record: { cells: readonly string[] }): boolean {
  return record.cells[0] !== '' && record.cells[2] !== ''
}
