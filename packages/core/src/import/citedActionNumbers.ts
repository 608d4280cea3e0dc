import { hasText } from '../text/cleanCellText'

/** "Action 117 – ", "Action135 - ", "Item 4 — ": a label word, its number (the space may be lost), a spaced dash,
 * then the update. Group 1 is the word, group 2 the number. Anchored, bounded runs. */
const citedLabel = /^([A-Za-z]{2,20}) ?(\d{1,6}) {1,3}[-–—] {1,3}(?=\S)/
/** At least this many items so written make the habit. */
const minItems = 3

/**
 * The numbers a review of earlier actions cites each one by, as a tracker read out in minutes writes its progress
 * ("Action 117 – leaflet obtained, to be marked as complete", "Action 122 – ongoing", "Action135 – response
 * circulated"): each item opens with the same label word and the action's number, then a spaced dash and what has
 * happened since. The number is the item's ref; the title keeps the whole line, since the update after the dash
 * names no work of its own. Read only when at least three items, and more than half of them, open so with one label
 * word and their numbers differ, and only for items with no ref yet. Returns each such item's ref and the update after
 * its dash (where its status is read) by its position.
 *
 * @example
 * citedActionNumbers(['Action 12 – ongoing', 'Action 14 – done', 'Action15 – report sent'], [null, null, null])
 * // Map { 0 => { ref: '12', update: 'ongoing' }, 1 => { ref: '14', update: 'done' }, 2 => … }
 */
export function citedActionNumbers(
  titles: readonly string[],
  refs: readonly (string | null)[],
): ReadonlyMap<number, { readonly ref: string; readonly update: string }> {
  const found = new Map<number, { ref: string; update: string }>()
  let word: string | null = null
  const numbers = new Set<string>()
  let filled = 0
  for (const [index, title] of titles.entries()) {
    if (!hasText(title)) continue
    filled++
    const match = citedLabel.exec(title.slice(0, 60))
    if (match === null || refs[index] !== null) continue
    const label = match[1]!.toLowerCase()
    if (word === null) word = label
    if (label !== word || numbers.has(match[2]!)) return new Map()
    numbers.add(match[2]!)
    found.set(index, { ref: match[2]!, update: title.slice(match[0].length) })
  }
  return found.size >= minItems && found.size * 2 > filled ? found : new Map()
}
