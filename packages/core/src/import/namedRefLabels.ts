import { hasText } from '../text/cleanCellText'
import { ITEM_REF, YEAR_ONLY_AFTER_ACTION } from './itemMark'

// "Call to Action # 6", "Key Priority No. 4", "Strategic Aim #2": up to three words ending in a word that names
// an item, an optional "#" or "No.", then the item's number, and nothing else. Every part is bounded, so a long
// line fails fast.
// A year after an item word other than "action" ("Objectives 2030") names a period: deliberately not a ref.
const namedLabel = new RegExp(
  String.raw`^\s{0,3}((?:[A-Za-z]{1,15} ){1,3}(?:actions?|objectives?|priorit(?:y|ies)|tasks?|goals?|aims?|demands?|recommendations?|calls?|items?|commitments?))\s{0,3}(?:#|no\.?)?\s{0,3}${YEAR_ONLY_AFTER_ACTION}(${ITEM_REF})\s{0,3}[.:]?\s{0,3}$`,
  'i',
)

/** "Athena Swan action", "Gold action": a label whose last word calls the item an action. */
const namesOneAction = /\saction$/i

/** "Questions around action 5", "Update on action 4": a heading about an action already listed, which it cites
 * after a preposition; it labels no line below it. Bounded words, linear. */
const citesAction = /\b(?:around|about|on|of|re|regarding|concerning|from|under|for|to)\s{1,3}action$/i

/** How many cells of a table a label longer than one word may open before it counts as the page's own. */
const minRepeats = 2

/**
 * A reader of a labelled list: the ref labels of more than one word ("Call to Action # 6") that the table writes
 * alone in a cell on two or more rows. One such line is a heading ("Guiding Objective #1" over its sub-items); the
 * same label repeated down the page numbers its entries, as "Action 3.1" does. A label whose last word calls the
 * line below an action ("Athena Swan action 1.5") numbers it even when written once. Returns a function giving a
 * cell's ref when it is one of those labels, else null.
 *
 * @example
 * const refOf = namedRefLabels([['Call to Action # 6'], ['Repeal the act'], ['Call to Action # 9'], ['Publish']])
 * refOf('Call to Action # 9') // '9'
 */
export function namedRefLabels(table: readonly (readonly string[])[]): (cell: string) => string | null {
  const counts = new Map<string, number>()
  for (const row of table) {
    const filled = row.filter(hasText)
    if (filled.length !== 1) continue
    const match = namedLabel.exec(filled[0]!)
    if (match === null) continue
    const key = labelKey(match[1]!)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const repeated = new Set([...counts].filter(([, count]) => count >= minRepeats).map(([key]) => key))
  return (cell) => {
    const match = namedLabel.exec(cell)
    if (match === null) return null
    // A label that calls the line below an action ("Athena Swan action 1.5") cites it even when written once.
    const words = match[1]!.trim()
    return repeated.has(labelKey(words)) || (namesOneAction.test(words) && !citesAction.test(words))
      ? match[2]!
      : null
  }
}

const labelKey = (label: string): string => label.trim().toLowerCase().split(/\s+/).join(' ')
