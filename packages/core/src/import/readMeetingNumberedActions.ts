import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords } from './oneColumnRecords'
import { ownerAtStart, ownersJoined } from './ownerAtStart'
import { splitSentences } from './proseStep'

/** At least this many numbered actions make the layout. */
const minEntries = 3

/** A cell longer than this is read no further (minutes' cells are a few thousand characters). */
const maxCell = 20_000

/**
 * "12/01/31-02-", "02/03/2031 - 14 - ": an action's number as a rolling action log writes it, the date of the
 * meeting that raised it, then its number that meeting, each followed by a hyphen. Anchored and bounded.
 */
const meetingNumber = /^(\d{1,2}([/.])\d{1,2}\2\d{2}(?:\d{2})?\s{0,2}-\s{0,2}\d{1,3})\s{0,2}-\s{0,2}(?=\S)/

/** "Open", "Completed & Closed", "Closed": a log's word for where an action stands, a sentence of its own. */
const openWord = /^(?:still\s)?open\.?$/i

/** The longest sentence read as an action's state ("Completed & Closed."). */
const maxStateWords = 4

/**
 * Reads minutes that keep their rolling action log inside the meeting's record, each action on a line of its own
 * numbered by the meeting that raised it and its place there ("12/01/31-02-Treasurer to ask the bank about a second
 * signatory. Open.", "12/01/31-04- Site Warden to price a new lock. Completed & Closed."), as parish and
 * neighbourhood-plan groups write their matters arising, often all in one cell of the minutes' notes column.
 * Each such line is an action: its number is the ref, its first sentence the title (the whole line kept as its
 * description), the name it opens with before "to" or "will" its owner, and a later sentence that is only a state
 * its status ("Open" is still being done, in progress; "Completed & Closed" complete). The rest of the minutes
 * (attendance, other items) holds no actions. Null unless at least three such lines stand in the table's cells.
 *
 * @example
 * readMeetingNumberedActions([
 *   ['Minutes, 4 May'], ['Item', 'Notes'],
 *   ['Matters arising', '01/03/24-01-Clerk to renew the hall booking. Open.\n01/03/24-02-Chair to sign the lease. Completed & Closed.\n04/05/24-01-Treasurer to pay the deposit.'],
 * ])?.rows[2] // ['01/03/24-01', 'Clerk to renew the hall booking.', 'Clerk', 'In progress', '01/03/24-01-Clerk to renew the hall booking. Open.']
 */
export function readMeetingNumberedActions(
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  const records: OneColumnRecord[] = []
  let top = -1
  for (let index = 0; index < table.length; index++) {
    for (const cell of table[index]!) {
      if (!hasText(cell) || cell.length > maxCell || !/\d\s{0,2}-/.test(cell)) continue
      for (const raw of cell.split('\n')) {
        const line = collapseWhitespace(raw)
        const number = meetingNumber.exec(line)
        if (number === null) continue
        if (top < 0) top = index
        records.push({
          index,
          cells: entryCells(number[1]!.replace(/\s/g, ''), line.slice(number[0].length), line),
        })
      }
    }
  }
  if (records.length < minEntries) return null
  const rows = new Set(records.map((record) => record.index))
  const skippedRows: number[] = []
  for (let index = top; index < table.length; index++)
    if (!rows.has(index) && table[index]!.some(hasText)) skippedRows.push(index + 1)
  return oneColumnRecords(
    table.slice(0, top).map((row) => [row.filter(hasText).join(' ')]),
    top + 1,
    ['Ref', 'Action', 'Owner', 'Status', 'Description', 'Target date'],
    records,
    {
      mergedRows: [],
      skippedRows,
      titleEvidence: 'each line numbered by the meeting that raised it ("12/01/31-02-Treasurer to …")',
    },
  )
}

/** The cells of one numbered action: its ref, its first sentence, its owner, its state and the line as written. */
function entryCells(ref: string, text: string, line: string): string[] {
  const sentences = splitSentences(text)
  const title = sentences[0] ?? text
  let status = ''
  for (const sentence of sentences.slice(1)) {
    if (sentence.split(' ').length > maxStateWords) continue
    if (openWord.test(sentence)) status = 'In progress'
    else if (parseStatus(sentence).state !== 'unknown') status = sentence.replace(/\.$/, '')
    if (status !== '') break
  }
  const owner = ownerAtStart(title, 'name-first')
  return [ref, title, owner === null ? '' : ownersJoined(owner).join(', '), status, line, '']
}
