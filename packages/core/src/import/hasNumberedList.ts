import { hasText } from '../text/cleanCellText'
import { isSentence } from './isSentence'
import { namesItselfAction, peelRef } from './peelRef'

/**
 * A line that stands as a sentence of its own below a numbered line: a sentence ({@link isSentence}), or a
 * paragraph that ends in a colon (a short lead-in ending in one, "Examples of metrics used include:", is not).
 */
function standsAsSentence(cell: string): boolean {
  const text = cell.trim()
  return isSentence(text) || (text.endsWith(':') && text.split(/\s+/).length >= 20)
}

/**
 * True when the lines of a column hold a numbered list a reader would see at once, however much prose sits
 * around it: at least two items numbered "1." and "2." one after the other (counting numbered lines only), as
 * in a web page whose intro paragraphs outnumber its list, or coded "T1.1" and "T1.2" (the same letters and parts,
 * the last 1 then 2), as a project page lists its work package's tasks among paragraphs. A page of prose with a stray "3 new posts" holds
 * none. When every numbered line is followed by sentences of its own ("1. Academies ensure …" over "Undertake
 * a curriculum review …", "1. Preamble" over a paragraph), the numbers head groups: the sentences below them
 * are the items, so this is no list of actions.
 *
 * @example
 * hasNumberedList(['Our update', 'Some context.', '1. Publish the data', '2. Hold a forum']) // true
 * hasNumberedList(['Tasks:', 'T1.1: Gather the data', 'T1.2: Clean the data', 'Some context.']) // true
 * hasNumberedList(['Our update', '3 new posts were filled.']) // false
 * hasNumberedList(['1. Aim one', 'Run a termly forum for all staff', '2. Aim two', 'Publish the pay gap every year']) // false
 */
export function hasNumberedList(cells: readonly string[]): boolean {
  let previous: number | null = null
  let previousRef: string | null = null
  let found = false
  let items = 0
  let itemsWithSentences = 0
  let itemsNamedActions = 0
  let sentenceSinceItem = false
  for (const cell of cells) {
    if (!hasText(cell)) continue
    const ref = peelRef(cell)?.ref ?? null
    if (ref === null) {
      if (items > 0 && !sentenceSinceItem && standsAsSentence(cell)) {
        sentenceSinceItem = true
        itemsWithSentences++
      }
      continue
    }
    items++
    if (namesItselfAction(cell)) itemsNamedActions++
    sentenceSinceItem = false
    // "1a" then "2" count as 1 then 2: a lettered item is part of its number.
    const number = leadingNumber(ref)
    if (previous === 1 && number === 2) found = true
    // "T1.1" then "T1.2": a coded list's first two items, the same letters and parts, its last part 1 then 2.
    if (codedFirstAndSecond(previousRef, ref)) found = true
    previous = number
    previousRef = ref
  }
  // Items that call themselves actions ("Action 1a:", "Proposed Action 1b:") are the actions whatever stands
  // below them (a note, a link to a briefing).
  return found && (itemsWithSentences < items || itemsNamedActions === items)
}

/** "T1.2" → "T1." and 2: a ref coded with letters, cut before its last number. Anchored, bounded by the ref's length. */
const codedRef = /^([A-Za-z][A-Za-z0-9.-]{0,12}?)(\d{1,3})$/

/** Whether two refs coded with letters are a list's first and second items ("T1.1" then "T1.2", "WP3-1" then
 * "WP3-2"). */
function codedFirstAndSecond(first: string | null, second: string): boolean {
  if (first === null) return false
  const a = codedRef.exec(first)
  const b = codedRef.exec(second)
  return a !== null && b !== null && a[1] === b[1] && a[2] === '1' && b[2] === '2'
}

/** The number a ref starts with ("1a" → 1, "2.3" → 2); null for a ref that starts with a letter ("V3"). */
function leadingNumber(ref: string): number | null {
  const digits = /^\d+/.exec(ref)
  return digits === null ? null : Number(digits[0])
}
