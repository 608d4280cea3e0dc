/** Irregular past forms that open a reported item; a regular one ends in "-ed" ("Established", "Organised"). */
const irregularPast: ReadonlySet<string> = new Set([
  'Held',
  'Made',
  'Built',
  'Ran',
  'Won',
  'Began',
  'Led',
  'Took',
  'Wrote',
  'Gave',
  'Brought',
  'Sent',
  'Met',
  'Put',
  'Spent',
  'Sought',
  'Taught',
  'Found',
])
const regularPast = /^[A-Z][a-z]{2,20}ed$/
/** Names that end as a past verb does: "the United Kingdom", "Acme Limited". */
const namesLikePast: ReadonlySet<string> = new Set([
  'United',
  'Limited',
  'Incorporated',
  'Advanced',
  'Applied',
])
/** At most this many items: a longer run is not one list of work done. */
const maxItems = 20

/** The items of a list whose line breaks were lost, and the text that follows the list. */
export interface RunOnList {
  readonly items: readonly string[]
  readonly rest: string
}

/**
 * The items of a list of work done whose line breaks were lost when the page was copied, as newsletters, web
 * round-ups and PDF extracts give them: after a lead-in such as "Since then we have:", each item opens with a
 * capitalised verb in the past ("Set up a new committee, which meets once a Term; Established a mailbox …
 * Circulated a guide … Published our report …"). An item ends at a ";" or a full stop before a capital, or where the
 * next past-tense verb opens with a capital straight after a lower-case word (the lost break). The list ends at the
 * first piece that does not open with such a verb ("You can find more about it …"): that text and all after it is
 * `rest`. Returns null unless `text` itself opens with such a verb. One pass over the words.
 *
 * @example
 * runOnListItems('Set up a forum; Established a fund for travel Published our report. You can read it here.')
 * // { items: ['Set up a forum', 'Established a fund for travel', 'Published our report'], rest: 'You can read it here.' }
 */
export function runOnListItems(text: string): RunOnList | null {
  const words = text.trim().split(' ')
  if (!opensItem(words, 0)) return null
  const items: string[] = []
  let start = 0
  for (let i = 1; i <= words.length; i++) {
    if (i < words.length) {
      const before = words[i - 1]!
      const ended = /[;.]$/.test(before) && /^[A-Z“"]/.test(words[i]!)
      // A lower-case word, then a capitalised past verb: the break between two items, lost.
      const lost = /^[a-z(].*[a-z)]$/.test(before) && opensItem(words, i)
      if (!ended && !lost) continue
    }
    items.push(trimItem(words.slice(start, i).join(' ')))
    if (i === words.length) return { items, rest: '' }
    if (!opensItem(words, i) || items.length >= maxItems) return { items, rest: words.slice(i).join(' ') }
    start = i
  }
  return { items, rest: '' }
}

/** Whether the word at `i` opens an item: a capitalised past verb ("Established", "Set up"). */
function opensItem(words: readonly string[], i: number): boolean {
  const word = words[i]!
  if (word === 'Set') return words[i + 1] === 'up'
  return irregularPast.has(word) || (regularPast.test(word) && !namesLikePast.has(word))
}

/** The item without the ";" or full stop that ended it. */
function trimItem(item: string): string {
  let end = item.length
  while (end > 0 && ';.,'.includes(item[end - 1]!)) end--
  return item.slice(0, end)
}
