import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine } from './oneColumnRecords'
import { isNamedOwner, ownersJoined } from './ownerAtStart'

/** At least this many marked lines make the layout. */
const minMarked = 3

/** A line longer than this is read no further (a minute is a few hundred characters). */
const maxLine = 2000

/**
 * "ACTION Ines …", "ACTIONs Olu …": the minute-taker's mark in capitals, with no colon (a labelled line "ACTION: …" is read as such), before the name of whoever
 * takes the action on. It stands at the line's start (after an item's number), after a topic's label and a spaced dash
 * or a colon ("Website - ACTION …"), or after a sentence ("… from Olu . ACTION …"). Case-sensitive and bounded.
 */
const mark = /(?:^|[.!?:]\s{1,3}|\s[-–—]\s{1,3})ACTION[sS]?\s{1,3}(?=\p{Lu})/u

/** "3. ": an item's number opening the line. */
const itemNumber = /^(\d{1,3})[.)]\s{1,3}(?=\S)/

/**
 * The name right after the mark, then either a spaced dash before the work ("Olu – put …") or the work going on in
 * lower case ("Ines needs to …", "Olu will …"): one to three capitalised words, two names joined by "and", "&" or
 * "/". Bounded.
 */
const namedFirst =
  /^(\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2}(?:(?: and | & |\/)\p{Lu}[\p{L}'’.-]{0,20}){0,2})(?:\s{1,3}[-–—]\s{1,3}(?=\S)|\s(?=\p{Ll}))/u

/**
 * Reads minutes that mark their action points with a bare "ACTION" in capitals before whoever takes each on, as
 * community groups type their notes: "3. Website - ACTION Ines needs to renew the domain.", "4. ACTION Olu – put
 * the rota on the next agenda", "ACTIONs Olu to send the photos", "… Comments back from Ana . ACTION Ines will do
 * a second draft.". Each marked line is an action: its title the words after the mark (after the name and a spaced
 * dash when one sets the name off), its owner the name right after the mark, its ref the number the line opens
 * with (when every marked line has a number), the whole line kept as its description. Lines without the mark are the discussion, not actions. Null unless
 * a one-column page marks at least three lines so, each naming its owner.
 *
 * @example
 * readBareActionMarks([
 *   { index: 0, text: 'Core team, 3 May' }, { index: 1, text: '1. Website - ACTION Ana needs to renew the domain.' },
 *   { index: 2, text: 'ACTION Tom will book the hall.' }, { index: 3, text: '2. ACTION Sam – print the flyers' },
 * ])?.rows[4] // ['2', 'print the flyers', 'Sam', '2. ACTION Sam – print the flyers']
 */
export function readBareActionMarks(lines: readonly PageLine[] | null): FlattenedActionTables | null {
  if (lines === null || lines.length < minMarked + 1) return null
  const records: OneColumnRecord[] = []
  const skippedRows: number[] = []
  for (const line of lines.slice(1)) {
    const marked = line.text.length > maxLine ? null : mark.exec(line.text)
    const after = marked === null ? '' : line.text.slice(marked.index + marked[0].length)
    const named = namedFirst.exec(after)
    const owner = named?.[1]
    if (named === null || owner === undefined || !isNamedOwner(owner)) {
      skippedRows.push(line.index + 1)
      continue
    }
    const title = /[-–—]\s{0,3}$/.test(named[0]) ? after.slice(named[0].length) : after
    const ref = itemNumber.exec(line.text)?.[1] ?? ''
    records.push({ index: line.index, cells: [ref, title.trim(), ownersJoined(owner).join(', '), line.text] })
  }
  if (records.length < minMarked) return null
  // An unnumbered action below a numbered one would be read as an item of its number: the numbers are given only
  // when every marked line has one, and stay in the line as written otherwise.
  const numbered = records.every((record) => record.cells[0] !== '')
  const top = lines[0]!.index
  const header = ['Ref', 'Action', 'Owner', 'Description']
  return oneColumnRecords(
    [[lines[0]!.text]],
    top + 1,
    numbered ? header : header.slice(1),
    numbered ? records : records.map((record) => ({ ...record, cells: record.cells.slice(1) })),
    {
      mergedRows: [],
      skippedRows,
      titleEvidence:
        'each line marked "ACTION" before the name of whoever takes it on ("ACTION Ines will …")',
    },
  )
}
