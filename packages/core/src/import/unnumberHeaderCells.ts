import { hasText } from '../text/cleanCellText'
import { matchColumnHeader } from './columnSynonyms'
import { ITEM_LETTER, ITEM_NUMBER, ROMAN_NUMERAL } from './itemMark'

/** An item's number, letter or roman numeral. */
const anyMark = `${ITEM_NUMBER}|${ITEM_LETTER}|${ROMAN_NUMERAL}`
/** "1. Action", "2) Lead", "(c) Target date", "iv. Status": a list mark before a header's words. */
const listMark = new RegExp(String.raw`^\s{0,3}(?:\(?(${anyMark})[.)]|\((${anyMark})\))\s{1,3}(?=\S)`, 'i')

const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']

/**
 * A header whose columns are numbered in order ("1. Action | 2. Lead | 3. Timescale", "(a) Action | (b) Lead"), as
 * forms and templates number the questions a plan answers: the marks are dropped so the words name the columns.
 * Only a row of two or more filled cells, every one marked and the marks counting up from 1, a or i
 * and two or more of them naming a column once unmarked (items listed across a row do not). Every such row is cleaned, so a header
 * repeated on a later page is still the header.
 *
 * @example
 * unnumberHeaderCells([['1. Action', '2. Lead'], ['Run the survey', 'HR']]) // [['Action', 'Lead'], ['Run the survey', 'HR']]
 */
export function unnumberHeaderCells(rows: readonly (readonly string[])[]): readonly (readonly string[])[] {
  let out: (readonly string[])[] | null = null
  rows.forEach((row, index) => {
    const cleaned = unnumbered(row)
    if (cleaned === null) return
    out ??= rows.slice()
    out[index] = cleaned
  })
  return out ?? rows
}

function unnumbered(row: readonly string[]): string[] | null {
  // Two marked cells at least: a row of one cell (every row of a one-column page) is never such a header.
  if (row.length < 2) return null
  const first = row.find(hasText)
  if (first === undefined || !listMark.test(first)) return null
  const cleaned: string[] = []
  let count = 0
  for (const cell of row) {
    if (!hasText(cell)) {
      cleaned.push(cell)
      continue
    }
    const match = listMark.exec(cell)
    if (match === null || cell.length > 80) return null
    const mark = (match[1] ?? match[2]!).toLowerCase()
    if (!inSequence(mark, count)) return null
    count++
    cleaned.push(cell.slice(match[0].length))
  }
  // Its words, once unmarked, name two columns or more: a header, not items listed across a row.
  let named = 0
  for (const cell of cleaned) if (hasText(cell) && matchColumnHeader(cell) !== null) named++
  return count >= 2 && named >= 2 ? cleaned : null
}

/** The mark is the n-th (0-based) of its kind: "1", "a" or "i" first. */
function inSequence(mark: string, n: number): boolean {
  return mark === String(n + 1) || mark === String.fromCharCode(97 + n) || mark === romans[n]
}
