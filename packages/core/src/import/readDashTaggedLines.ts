import { BULLET_LEAD } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { statusAtEnd } from './statusAtEnd'
import { MAX_HEADING_LENGTH } from './maxHeadingLength'
import { isOfficeWord } from './isOfficeWord'
import { lastSpacedDash } from './lastSpacedDash'
import { namesAfterDash } from './namesAfterDash'
import { MONTHS, WEEKDAYS } from '../dates/lexicon'

/** The tags a line may end with after spaced dashes, at most one of each kind. */
export interface DashTags {
  readonly text: string
  /** The tracker's issue number, with its "#" ("#212"), or ''. */
  readonly ref: string
  /** The status as written ("Done", "Completed here"), or ''. */
  readonly status: string
  /** The horizon as written ("Short Term", "long-term"), or ''. */
  readonly horizon: string
  /** The people named after the last dash ("ana / raj"), joined by ", ", or ''. */
  readonly owners: string
}

/** A line longer than this is prose, not an item with tags. */
const maxLineLength = 2000
/** At least this many items, and this many of them with an issue number or a horizon. */
const minItems = 3
const minNumberedOrTimed = 2
/** A line ends in at most this many tags: an issue number, a horizon and a status, one of each. */
const maxTags = 3

const issueNumber = /^\(?(#\d{1,7})\)?$/

/**
 * "?", ">-<", ":(", "TBD", "nobody": a last tag saying no one has taken the item on yet, with no letter or digit (an
 * emoticon, a question mark) or a word for no one.
 */
const noOneYet = /^(?:[^\p{L}\p{N}]{1,6}|tb[acd]|nobody|no one|someone|anyone|none)$/iu

/** The names a line ends with after its last spaced dash ({@link namesAfterDash}), none of them a month or a day. */
function ownersAtEnd(text: string): string {
  const names = namesAfterDash(text)
  return names.some((name) => MONTHS.has(name.toLowerCase()) || WEEKDAYS.has(name.toLowerCase()))
    ? ''
    : names.join(', ')
}
const horizon = /^(?:short|medium|mid|long|near)[- ]term$/i

/** The text before a line's last spaced dash and the tag after it, or null. */
function lastTag(line: string): { head: string; tail: string } | null {
  const dash = lastSpacedDash(line)
  if (dash <= 0) return null
  const head = line.slice(0, dash).trim()
  const tail = line.slice(dash + 3).trim()
  return head === '' || tail === '' ? null : { head, tail }
}

/**
 * The tags a line ends with after spaced dashes, as a roadmap kept as a plain list writes its items: the issue that
 * tracks it ("#212"), its horizon ("Short Term", "Long-term") and its status ("Done", "Completed here"), in any
 * order, at most one of each, and the item's text before them. Null when the line ends in no tag.
 *
 * @example
 * dashTagsAtEnd('Draft the welcome guide - #212 - Short Term') // { text: 'Draft the welcome guide', ref: '#212', status: '', horizon: 'Short Term', owners: '' }
 * dashTagsAtEnd('Hold a launch event - done') // { text: 'Hold a launch event', ref: '', status: 'done', horizon: '', owners: '' }
 * dashTagsAtEnd('Print the flyers - ana & raj') // { text: 'Print the flyers', ref: '', status: '', horizon: '', owners: 'ana, raj' }
 * dashTagsAtEnd('Planning - the first stage') // null
 */
export function dashTagsAtEnd(line: string): DashTags | null {
  if (line.length > maxLineLength) return null
  let text = line.trim()
  let ref = ''
  let status = ''
  let time = ''
  let owners = ''
  let open = false
  for (let tags = 0; tags < maxTags; tags++) {
    const cut = lastTag(text)
    if (cut === null) break
    const number = issueNumber.exec(cut.tail)
    if (number !== null && ref === '') ref = number[1]!
    else if (horizon.test(cut.tail) && time === '') time = cut.tail
    else if (status === '' && statusAtEnd(text, 'item')?.shape === 'dash') status = cut.tail
    // The people doing it, or a mark that no one is yet, close the line ("… - ana / raj", "… - ?").
    else if (tags === 0 && noOneYet.test(cut.tail)) open = true
    else if (tags === 0 && ownersAtEnd(text) !== '') owners = ownersAtEnd(text)
    else break
    text = cut.head
  }
  // "#212 - Short Term": a tag with no item before it.
  if (issueNumber.test(text) || (ref === '' && status === '' && time === '' && owners === '' && !open))
    return null
  return { text, ref, status, horizon: time, owners }
}

/**
 * Reads a roadmap or work list kept as plain lines, each item ending in tags after spaced dashes: "Growing the
 * team" over "Draft the welcome guide - #212 - Short Term", "Hold a launch event - Done", "Set up a mentoring scheme
 * - #230 - Medium Term". A careful reader takes each tagged line as an action: the text before the dashes its title,
 * an issue number its ref, a status its status and a horizon ("Short Term") its timescale, which names no date. A
 * short line without tags over tagged ones is a heading. Lines above the first heading (or item) are the title rows;
 * the list ends at the first line that is neither. Returns null unless the page is one column, holds at least three
 * items, and at least two of them carry an issue number or a horizon (a list of items ending only in a status is
 * read by the status-list readers), or at least three of them, and half, end in the names of who does them, as a
 * board's minutes kept as a task list write them ("Book the venue - ana", "Print the badges - ana/raj", "Renew the
 * domain - done", "Find sponsors - ?": a tail with no letter, or "TBD", says no one has it yet).
 *
 * @example
 * readDashTaggedLines([
 *   ['Roadmap'], ['Growing the team'], ['Draft the welcome guide - #212 - Short Term'], ['Hold a launch event - Done'],
 *   ['Set up a mentoring scheme - #230 - Medium Term'],
 * ])?.rows[2] // ['Draft the welcome guide', '#212', '', 'Short Term']
 */
export function readDashTaggedLines(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  const tagsAt = lines.map((line) => {
    const tags = BULLET_LEAD.test(line.text) ? null : dashTagsAtEnd(line.text)
    return tags === null || isRollEntry(tags) ? null : tags
  })
  const first = tagsAt.findIndex((tags) => tags !== null)
  if (first < 0) return null
  const start = first > 0 && isHeading(lines[first - 1]!.text) ? first - 1 : first
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  let numberedOrTimed = 0
  let owned = 0
  // The capitals the list's items open their codes with ("P" of "P1. …"), once two items agree on them.
  let code: string | null = null
  let next = start
  for (; next < lines.length; next++) {
    const tags = tagsAt[next]
    if (tags !== null && tags !== undefined) {
      if (tags.ref !== '' || tags.horizon !== '') numberedOrTimed++
      if (tags.owners !== '') owned++
      // An item with no field but its text ("… - ?") keeps its line, so it is not read as a heading.
      const bare = tags.ref === '' && tags.status === '' && tags.horizon === '' && tags.owners === ''
      records.push({
        index: lines[next]!.index,
        cells: [tags.text, tags.ref, tags.status, tags.horizon, tags.owners, bare ? lines[next]!.text : ''],
      })
      continue
    }
    // "P9. Newsletter AB, CD": a line coded as the items above it are ("P1. … – AB", "P5. … – CD"), its tags not set
    // off by a dash, is an item of the same list; so, between such items, is a sentence saying who will do what,
    // and a lead-in ("… the projects below;") heads the items after it.
    code ??= sharedCode(records)
    if (code !== null && itemCode(lines[next]!.text) === code) {
      records.push({
        index: lines[next]!.index,
        cells: [lines[next]!.text, '', '', '', '', lines[next]!.text],
      })
      continue
    }
    if (isHeading(lines[next]!.text) && (tagsAt[next + 1] ?? null) !== null) {
      sectionRows.push(lines[next]!.index + 1)
      continue
    }
    if (code !== null && continuesCodedList(lines, tagsAt, next, code)) {
      const text = lines[next]!.text
      if (/[:;]$/.test(text)) sectionRows.push(lines[next]!.index + 1)
      else records.push({ index: lines[next]!.index, cells: [text, '', '', '', '', text] })
      continue
    }
    break
  }
  // A task list naming who does each item ("… - ana", "… - ana & raj") is such a list too, when most items name them.
  const byOwners = owned >= minItems && owned * 2 >= records.length
  if (records.length < minItems || (numberedOrTimed < minNumberedOrTimed && !byOwners)) return null
  const top = lines[start]!.index
  const header = ['Action', 'ID', 'Status', 'Timescale', 'Owner', 'Description']
  return oneColumnRecords(table.slice(0, top), top + 1, header, records, {
    mergedRows: [],
    sectionRows,
    skippedRows: lines.slice(next).map((line) => line.index + 1),
    titleEvidence: 'each line ending in tags after spaced dashes ("… - #212 - Short Term", "… - Done")',
  })
}

/** "P9.", "KP12.", "A3.": an item's code, capitals then a number and a full stop, opening its line. Anchored. */
const codedItem = /^([A-Z]{1,3})\d{1,3}\.\s/

/** The capitals of the code a line opens with ("P" of "P9. …"), or null. */
function itemCode(text: string): string | null {
  return codedItem.exec(text)?.[1] ?? null
}

/** The capitals every item read so far opens its code with, when there are two items or more, else null. */
function sharedCode(records: readonly OneColumnRecord[]): string | null {
  if (records.length < 2) return null
  const code = itemCode(records[0]!.cells[0]!)
  return code !== null && records.every((record) => itemCode(record.cells[0]!) === code) ? code : null
}

/** A line between coded items: one of the two lines after it is another item opening with the same code. */
function continuesCodedList(
  lines: readonly PageLine[],
  tagsAt: readonly (DashTags | null)[],
  at: number,
  code: string,
): boolean {
  for (let i = at + 1; i <= at + 2 && i < lines.length; i++) {
    if (itemCode(lines[i]!.text) === code && (tagsAt[i] !== null || i === at + 1)) return true
  }
  return false
}

function isHeading(text: string): boolean {
  return text.length <= MAX_HEADING_LENGTH && !BULLET_LEAD.test(text) && !/[.:;]$/.test(text)
}

/** "Gary Hale (GH)", "Ruth Ode": a person's name of two to four capitalised words, their initials in brackets after
 * it or not. Anchored, bounded. */
const personName = /^\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){1,3}(?: \(\p{Lu}{2,4}\))?$/u

/**
 * Whether a tagged line is an entry of a meeting's roll, not an item: a person's name before the dash and the office
 * they hold after it ("Gary Hale (GH) – Chairman", "Ruth Ode – Vice-Chair"), as minutes list who came and in what
 * role.
 */
function isRollEntry(tags: DashTags): boolean {
  if (tags.owners === '' || tags.ref !== '' || tags.status !== '' || tags.horizon !== '') return false
  return (
    personName.test(tags.text) &&
    tags.owners.split(', ').every((name) => isOfficeWord(name.split(' ').at(-1)!))
  )
}
