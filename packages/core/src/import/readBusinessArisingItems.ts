import { BULLET_LEAD } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine } from './oneColumnRecords'
import { ownerAtStart } from './ownerAtStart'
import { isStatusAlone } from './statusAtStart'

/** At least this many numbered items under the heading, and this many of them with notes, make the layout. */
const minItems = 3
const minNoted = 2

/** A line longer than this is read no further (a note is a sentence or two). */
const maxLine = 600

/** A note that is only the item's state is at most this many words ("ongoing", "Still in progress"). */
const maxStateWords = 3

/**
 * "Business arising from the last meeting", "Matters arising", "3. Matters arising from the last meeting:": the
 * heading over a review of the items a committee's earlier meetings left open. Anchored, bounded.
 */
const arisingHeading =
  /^(?:\d{1,2}[.)]?\s{1,3})?(?:business|matters) arising(?: from (?:the )?(?:previous|last) meetings?)?\s{0,2}:?$/i

/** "2. Sponsorship cards", "12) Boat shed": a numbered item of the review. Group 1 is the number, group 2 the topic. */
const itemLine = /^(\d{1,2})[.)]\s{1,3}(\S.{0,200})$/

/** The owner a note gives the item by opening with the name and "to" or "will" ("Jo Tait to follow up …"), or ''. */
function ownerOfNote(note: string): string {
  const owner = ownerAtStart(note, 'name-first')
  // "Likely to be expensive": "to be" after the first word says what the topic is, not who does it.
  return owner !== null &&
    !note.startsWith(`${owner} to be `) &&
    (note.startsWith(`${owner} to `) || note.startsWith(`${owner} will `))
    ? owner
    : ''
}

/** A note that is the item's state alone ("ongoing", "Complete."), or ''. */
function stateOfNote(note: string): string {
  const text = note.replace(/[.!]$/, '')
  return isStatusAlone(text, maxStateWords) ? text : ''
}

interface ArisingItems {
  readonly records: OneColumnRecord[]
  readonly items: number
  readonly noted: number
  /** The first line after the numbered topics and their notes. */
  readonly end: number
}

/**
 * Walks the numbered topics below the heading. With `keep` false it only counts them (a page that turns out not to
 * be this layout then allocates nothing per line); with `keep` true it also builds each topic's record.
 */
function arisingItems(lines: readonly PageLine[], heading: number, keep: boolean): ArisingItems {
  const records: OneColumnRecord[] = []
  let items = 0
  let noted = 0
  let at = heading + 1
  while (at < lines.length) {
    const text = lines[at]!.text
    if (text.length > maxLine || !itemLine.test(text)) break
    const notes: string[] = []
    let owner = ''
    let state = ''
    let below = at + 1
    for (; below < lines.length; below++) {
      const line = lines[below]!.text
      if (line.length > maxLine || itemLine.test(line)) break
      const bullet = BULLET_LEAD.exec(line)
      const note = bullet === null ? line : line.slice(bullet[0].length)
      // A plain line under the topic is its note only when it gives someone the work.
      if (bullet === null && (notes.length > 0 || ownerOfNote(note) === '')) break
      notes.push(line)
      owner ||= ownerOfNote(note)
      state ||= stateOfNote(note)
    }
    items++
    if (notes.length > 0) noted++
    if (keep) {
      const item = itemLine.exec(text)!
      records.push({ index: lines[at]!.index, cells: [item[1]!, item[2]!, owner, state, notes.join('\n')] })
    }
    at = below
  }
  return { records, items, noted, end: at }
}

/**
 * Reads minutes that review the business arising from earlier meetings as numbered topics, each over its notes as
 * dash bullets, as clubs' committees write them: "Business arising from the last meeting" over "2. Sponsorship
 * cards", "- The money has not come in yet", "- Jo Tait to follow up the cards", "3. Front door", "- ongoing". Each
 * numbered topic is one action, its number the ref and its notes the description; a note opening with a name and
 * "to" or "will" gives the topic its owner, and a note that is a state alone ("ongoing") its status. A plain line
 * right under a topic that opens so ("Sam Roe to look at other options") is a note too. The review ends at the first
 * line that is neither; the lines above the heading and below the review are the record of the meeting. Null unless a one-column page has such a heading over at least three numbered topics, two
 * of them with notes.
 *
 * @example
 * readBusinessArisingItems([
 *   { index: 0, text: 'Boat club committee' }, { index: 1, text: 'Business arising' },
 *   { index: 2, text: '1. Trailer' }, { index: 3, text: '- Jo Tait to book the service' },
 *   { index: 4, text: '2. Boat shed roof' }, { index: 5, text: '- ongoing' }, { index: 6, text: '3. Fees' },
 *   { index: 7, text: '- Agreed at the AGM' },
 * ])?.rows[2] // ['1', 'Trailer', 'Jo Tait', '', '- Jo Tait to book the service']
 */
export function readBusinessArisingItems(lines: readonly PageLine[] | null): FlattenedActionTables | null {
  if (lines === null) return null
  const heading = lines.findIndex((line) => line.text.length <= maxLine && arisingHeading.test(line.text))
  if (heading < 1) return null
  const counted = arisingItems(lines, heading, false)
  if (counted.items < minItems || counted.noted < minNoted) return null
  const { records, end: at } = arisingItems(lines, heading, true)
  const skippedRows: number[] = []
  // The roll above the heading and the reports below the review are the record of the meeting.
  for (const line of [...lines.slice(1, heading + 1), ...lines.slice(at)]) skippedRows.push(line.index + 1)
  const top = lines[0]!.index
  return oneColumnRecords(
    [[lines[0]!.text]],
    top + 1,
    ['Ref', 'Action', 'Owner', 'Status', 'Description'],
    records,
    {
      mergedRows: [],
      skippedRows,
      titleEvidence:
        'each numbered topic of the business arising, over its notes ("- Jo Tait to follow up …")',
    },
  )
}
