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

/** A phrase under a label closed by a colon ("Events:") has at least this many words ("Hold monthly calls"). */
const minWordsUnderColonLabel = 3

/**
 * The shape of a line that is not an item yet: a short label (`colon` when it closes with one: "Governance:"), a
 * phrase, or neither. Under a label closed by a colon, the page has said a list follows: a phrase needs three words
 * and no joining word there.
 */
function shapeOf(text: string, underColonLabel: boolean): 'label' | 'colon' | 'phrase' | null {
  if (text.length > maxLineLength) return null
  const colon = text.endsWith(':')
  const body = colon ? text.slice(0, -1).trimEnd() : text
  if (/[:;]/.test(body)) return null
  const words = body.split(/\s+/)
  if (words.length <= maxLabelWords) {
    const named = words.every((word) => labelJoins.has(word) || /^[A-Z]/.test(word))
    if (named) return colon ? 'colon' : 'label'
  }
  if (colon) return null
  const loose = underColonLabel && words.length >= minWordsUnderColonLabel
  if ((words.length < minPhraseWords && !loose) || !/^[A-Z]/.test(words[0]!)) return null
  // Written in sentence case, as an item is ("Visits to local schools by students"), not in a heading's title case
  // ("Guided by Our Shared Goals").
  const rest = words.slice(1)
  const lower = rest.filter((word) => /^[a-z]/.test(word)).length
  return lower * 2 > rest.length && (loose || rest.some((word) => joiningWords.has(word))) ? 'phrase' : null
}

/**
 * On a one-column page whose items are read from their sentences, the lines that are items too because the page's
 * headings are short labels: a department's list of initiatives under topic labels ("Curriculum", "Training/Learning",
 * "Student support") over phrases of five words or more that join their parts with lower-case words ("Colloquia to
 * teach staff about inclusive hiring", "Establishing a departmental climate survey"). A careful reader sees that the
 * page heads its groups with labels, so a phrase is no heading but an item of the label above it, short as it is.
 * Read only when at least two labels stand in the body and one of them is right above an item already read; a phrase
 * is written in sentence case (most of its words after the first in lower case), and a line with a colon or a
 * semicolon ("Section 3: Our policies", a lead-in) is none. A label may close with a colon ("Membership:"), and
 * under it a line of three words or more in sentence case is an item, with or without a joining word ("Renew the
 * noticeboard"); the same label standing over several groups ("Actions:") is a lead-in and heads none. Returns the rows' 0-based indexes of the phrases, or none.
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
  let underColonLabel = false
  // "Actions:" written over each group's list is a lead-in, the group's heading the line above it: only labels
  // closed by a colon that each stand once ("Governance:", "Events:") head their groups.
  const colonLabels = new Map<string, number>()
  for (let index = bodyStart; index < rows.length; index++) {
    const text = (rows[index]![titleColumn] ?? '').trim()
    if (text.endsWith(':') && text.length <= maxLineLength)
      colonLabels.set(text.toLowerCase(), (colonLabels.get(text.toLowerCase()) ?? 0) + 1)
  }
  for (let index = bodyStart; index < rows.length; index++) {
    const text = (rows[index]![titleColumn] ?? '').trim()
    if (!hasText(text)) continue
    if (listRows.has(index)) {
      if (previous === 'label') labelOverItem = true
      previous = 'item'
      continue
    }
    const repeated = text.endsWith(':') && (colonLabels.get(text.toLowerCase()) ?? 0) > 1
    const shape: ReturnType<typeof shapeOf> = repeated ? null : shapeOf(text, underColonLabel)
    if (shape === 'label' || shape === 'colon') {
      labels++
      underColonLabel = shape === 'colon'
    } else if (shape === 'phrase') phrases.push(index)
    else underColonLabel = false
    previous = shape === 'colon' ? 'label' : shape
  }
  return labels >= minLabels && labelOverItem ? phrases : []
}
