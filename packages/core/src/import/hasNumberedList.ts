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
 * in a web page whose intro paragraphs outnumber its list. A page of prose with a stray "3 new posts" holds
 * none. When every numbered line is followed by sentences of its own ("1. Academies ensure …" over "Undertake
 * a curriculum review …", "1. Preamble" over a paragraph), the numbers head groups: the sentences below them
 * are the items, so this is no list of actions.
 *
 * @example
 * hasNumberedList(['Our update', 'Some context.', '1. Publish the data', '2. Hold a forum']) // true
 * hasNumberedList(['Our update', '3 new posts were filled.']) // false
 * hasNumberedList(['1. Aim one', 'Run a termly forum for all staff', '2. Aim two', 'Publish the pay gap every year']) // false
 */
export function hasNumberedList(cells: readonly string[]): boolean {
  let previous: number | null = null
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
    previous = number
  }
  // Items that call themselves actions ("Action 1a:", "Proposed Action 1b:") are the actions whatever stands
  // below them (a note, a link to a briefing).
  return found && (itemsWithSentences < items || itemsNamedActions === items)
}

/** The number a ref starts with ("1a" → 1, "2.3" → 2); null for a ref that starts with a letter ("V3"). */
function leadingNumber(ref: string): number | null {
  const digits = /^\d+/.exec(ref)
  return digits === null ? null : Number(digits[0])
}
