import type { ImportIssue } from '../model/importIssue'
import { createImportIssue } from './createImportIssue'
import { ITEM_GAP } from './itemMark'

/** An item number of four or more digits that goes on with the list above it, and the text after it. */
export interface ContinuedNumber {
  /** 0-based row. */
  readonly index: number
  readonly ref: string
  readonly rest: string
}

/** What {@link continuedNumbers} found: the items to peel, and an issue for each numbered line left a heading. */
export interface ContinuedNumbers {
  readonly items: readonly ContinuedNumber[]
  readonly issues: readonly ImportIssue[]
}

// A number of 4–6 digits, then what follows an item number ("1000. ", "1000) ", "1000: ", "1000 – ", "1000 Do"),
// then text. Bounded runs only, anchored at the start.
const longNumber = new RegExp(
  String.raw`^(\d{4,6})(?:\.?\s{1,4}[–—-]\s{1,4}|[.:)]${ITEM_GAP}|[.:)](?=[^\s\d])|${ITEM_GAP})(?=\S)`,
)
const plainNumber = /^\d{1,6}$/
const yearLike = (n: number) => n >= 1900 && n <= 2099

/**
 * Whether a cell starts with an item number of four to six digits that cannot be a year (outside 1900–2099):
 * "1000. Do x", "12000) Do y". A column of a long numbered list is listed by these beyond its 999th item.
 *
 * @example
 * startsWithLongItemNumber('1041. Train the panel') // true
 * startsWithLongItemNumber('2024: Train the panel') // false
 */
export function startsWithLongItemNumber(text: string): boolean {
  const cell = text.trimStart()
  const match = longNumber.exec(cell)
  if (match === null || yearLike(Number(match[1]))) return false
  return !countBeforeWord(match, cell.slice(match[0].length).trim())
}

/** "1000 students will be trained": a count before a lower-case word, not an item number. */
function countBeforeWord(match: RegExpExecArray, rest: string): boolean {
  return rest === '' || (/^\s/.test(match[0].slice(match[1]!.length)) && /^[a-z]/.test(rest))
}

/**
 * Items numbered past 999 in a numbered list ("999. Do x", "1000. Do y", … "10000. Do z"): the ref peeler reads
 * item numbers of up to three digits, because a four-digit number at the start of a line is more often a year
 * heading ("2024", "2024: …") than an item. A long list of numbered items — a sector's register, an exported
 * tracker, a page of minutes — crosses 999 all the same. A number of four to six digits is read as an item when it
 * goes on with the numbering above it: one more than the item before (1000 after 999, 1041 after 1040), or, for a
 * number that cannot be a year (outside 1900–2099), any higher number (1502 after 1500, an item deleted). A year
 * heading that breaks the numbering ("2024" after item 998) stays a heading; when such a line also carries text
 * after its number ("2024. Plan the review" after item 998), the reader had to guess, and an issue says so.
 *
 * `refs` holds the ref already peeled for each row ('' for none); `cells` the text the refs were peeled from.
 *
 * @example
 * continuedNumbers(['998', '999', ''], ['Review', 'Publish', '1000. Train the panel'], 0).items
 * // [{ index: 2, ref: '1000', rest: 'Train the panel' }]
 */
export function continuedNumbers(
  refs: readonly string[],
  cells: readonly string[],
  bodyStart: number,
): ContinuedNumbers {
  const items: ContinuedNumber[] = []
  const issues: ImportIssue[] = []
  let last: number | null = null
  for (let index = bodyStart; index < cells.length; index++) {
    const ref = refs[index] ?? ''
    if (ref !== '') {
      last = plainNumber.test(ref) ? Number(ref) : null
      continue
    }
    const cell = (cells[index] ?? '').trimStart()
    const match = longNumber.exec(cell)
    if (match === null) continue
    const rest = cell.slice(match[0].length).trim()
    const n = Number(match[1])
    if (countBeforeWord(match, rest)) continue
    if (last === null) continue
    if (n === last + 1 || (!yearLike(n) && n > last)) items.push({ index, ref: match[1]!, rest })
    else {
      const shown = cell.length > 60 ? `${cell.slice(0, 57)}…` : cell
      issues.push(
        createImportIssue(
          'numbered-line-read-as-heading',
          'warning',
          index + 1,
          null,
          null,
          `Row ${index + 1} ("${shown}") was read as a heading${yearLike(n) ? ` for the year ${n}` : ''}, not as item ${n}: the item before it is numbered ${last}. If it is an item, number it on from ${last}${yearLike(n) ? ', or write the year after the text' : ''}.`,
        ),
      )
    }
    last = n
  }
  return { items, issues }
}
