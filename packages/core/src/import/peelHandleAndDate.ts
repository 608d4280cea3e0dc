import { HANDLE } from './codeHostHandle'
import { parseTargetDate } from '../dates/parseTargetDate'
import { isDateAlone } from './isDateAlone'
import { firstSpacedDash } from './lastSpacedDash'

/** The fields an item opens with, set off from its text by spaced dashes. */
export interface HandleAndDate {
  /** The handles, joined by ", " ("@ana, @jo"), or ''. */
  readonly owners: string
  /** The date as written ("2025-03-14", "14 March"), or ''. */
  readonly target: string
  /** The item's text after the fields. */
  readonly text: string
}

/** A field is short: a few handles or one date. */
const maxFieldLength = 80
/** At most this many fields: the handles and the date, one of each. */
const maxFields = 2

/** "@ana", "@ana, @jo", "@ana and @jo": handles, as GitHub and chat tools name people. Bounded. */
const handleRun = String.raw`${HANDLE}(?:(?:,\s?|\s|\s(?:and|&)\s)${HANDLE}){0,5}`

/** A field that is handles alone. */
const handles = new RegExp(`^${handleRun}$`)

/** "@ana: book the hall", "@ana, @jo: send the minutes": handles labelling the item with a colon, and the text. */
const handleLabel = new RegExp(`^(${handleRun}):\\s{1,3}(?=\\S)`)

/** The handles of a field, joined by ", ". */
const handlesOf = (field: string): string => field.split(/,\s?|\s(?:and|&)\s|\s/).join(', ')

/**
 * The handles and the date an item opens with, each set off by a spaced dash, as meeting notes write an action item in
 * one line: "@ana - 2025-03-14 - book the hall", "2025-03-14 - @ana - book the hall", "@ana, @jo - send the minutes".
 * Handles may instead label the item with a colon ("@ana: book the hall", "@ana, @jo: send the minutes"), as issue
 * checklists write each action item. The owners (handles joined by ", "), the date as written and the text after them;
 * null when the item does not open with such a field, or nothing follows the fields. A date field is one the whole
 * field is ("2025-03-14", "14 March 2025"), never words that mention one.
 *
 * @example
 * peelHandleAndDate('@ana - 2025-03-14 - book the hall') // { owners: '@ana', target: '2025-03-14', text: 'book the hall' }
 * peelHandleAndDate('@ana: book the hall') // { owners: '@ana', target: '', text: 'book the hall' }
 * peelHandleAndDate('Book the hall - @ana') // null
 */
export function peelHandleAndDate(item: string): HandleAndDate | null {
  const label = handleLabel.exec(item)
  let owners = label === null ? '' : handlesOf(label[1]!)
  let target = ''
  let start = label === null ? 0 : label[0].length
  for (let turn = 0; turn < maxFields; turn++) {
    const dash = firstSpacedDash(item, start)
    if (dash < 0 || dash - start > maxFieldLength) break
    const field = item.slice(start, dash).trim()
    if (owners === '' && handles.test(field)) owners = handlesOf(field)
    else if (target === '' && isDateAlone(field) && parseTargetDate(field).kind === 'due') target = field
    else break
    start = dash + 3
  }
  const text = item.slice(start).trim()
  return start === 0 || text === '' ? null : { owners, target, text }
}
