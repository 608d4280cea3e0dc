import { hasText } from '../text/cleanCellText'

/** Lower-case words that join a phrase's parts ("Creation of a webpage to share news"); a label has none. */
const joiningWords: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'for',
  'on',
  'with',
  'in',
  'by',
  'from',
  'at',
  'into',
  'about',
  'across',
  'between',
])
/** Words that may join a label's parts ("Health and wellbeing", "Pay & reward"). */
const labelJoins: ReadonlySet<string> = new Set(['and', '&', 'or'])
/** A label is a few words ("Curriculum", "Training/Learning", "Student support"). */
const maxLabelWords = 3
/** A phrase item has at least this many words ("Establishing a departmental climate survey"). */
const minPhraseWords = 5
/** At least this many labels over the page's items make the layout. */
const minLabels = 2
/** A line longer than this is read by the rules for paragraphs. */
const maxLineLength = 300

/** The shape of a line that is not an item yet: a short label, a phrase, or neither. */
function shapeOf(text: string): 'label' | 'phrase' | null {
  if (text.length > maxLineLength || /[:;]/.test(text)) return null
  const words = text.split(/\s+/)
  if (words.length <= maxLabelWords) {
    const named = words.every((word) => labelJoins.has(word) || /^[A-Z]/.test(word))
    return named ? 'label' : null
  }
  if (words.length < minPhraseWords || !/^[A-Z]/.test(words[0]!)) return null
  // Written in sentence case, as an item is ("Visits to local schools by students"), not in a heading's title case
  // ("Guided by Our Shared Goals").
  const rest = words.slice(1)
  const lower = rest.filter((word) => /^[a-z]/.test(word)).length
  return lower * 2 > rest.length && rest.some((word) => joiningWords.has(word)) ? 'phrase' : null
}

/**
 * On a one-column page whose items are read from their sentences, the lines that are items too because the page's
 * headings are short labels: a department's list of initiatives under topic labels ("Curriculum", "Training/Learning",
 * "Student support") over phrases of five words or more that join their parts with lower-case words ("Colloquia to
 * teach staff about inclusive hiring", "Establishing a departmental climate survey"). A careful reader sees that the
 * page heads its groups with labels, so a phrase is no heading but an item of the label above it, short as it is.
 * Read only when at least two labels stand in the body and one of them is right above an item already read; a phrase
 * is written in sentence case (most of its words after the first in lower case), and a line with a colon or a
 * semicolon ("Section 3: Our policies", a lead-in) is none. Returns the rows' 0-based indexes of the phrases, or none.
 *
 * @example
 * phraseLinesUnderLabels([['Teaching'], ['Design a new module on inclusive teaching practice for all tutors.'],
 *   ['Outreach'], ['Visits to local schools by the students']], 0, 0, new Set([1])) // [3]
 */
export function phraseLinesUnderLabels(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
  listRows: ReadonlySet<number>,
): number[] {
  const phrases: number[] = []
  let labels = 0
  let labelOverItem = false
  let previous: 'label' | 'phrase' | 'item' | null = null
  for (let index = bodyStart; index < rows.length; index++) {
    const text = (rows[index]![titleColumn] ?? '').trim()
    if (!hasText(text)) continue
    if (listRows.has(index)) {
      if (previous === 'label') labelOverItem = true
      previous = 'item'
      continue
    }
    const shape = shapeOf(text)
    if (shape === 'label') labels++
    else if (shape === 'phrase') phrases.push(index)
    previous = shape
  }
  return labels >= minLabels && labelOverItem ? phrases : []
}
