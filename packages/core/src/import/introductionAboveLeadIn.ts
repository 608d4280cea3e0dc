import { BULLET_MARK, ITEM_NUMBER } from './itemMark'
import { loneText } from './listsUnderLeadIns'

/** A bullet, "1." or "1.2)" opening a line: an item of a list, never a paragraph of an introduction. */
const itemMark = new RegExp(`^(?:${BULLET_MARK}|\\(?${ITEM_NUMBER}(?:\\.\\d{1,3}){0,3}[.)]?(?:\\s|$))`)

/** A line ending a sentence: a full stop, "!", "?" or an ellipsis, perhaps inside a closing quote or bracket. */
const sentenceEnd = /[.!?…]["”’)]?$/
/** A lead-in ends on a colon or, as some pages type it, a semicolon ("… and includes;"). */
const leadInEnd = /[:;]["”’]?$/
/**
 * "We commit to:", "We will:", "… to:": a short lead-in in the plan's own voice, which continues the statement
 * right above it; that statement heads the list (its pillar, its aim) and is no introduction. Anchored, bounded.
 */
const continuesStatement = /^(?:we\b.{0,40}|.{0,40}\b(?:to|will|by))\s{0,3}[:;]["”’]?$/i
/** A lead-in of more words says something of its own ("Our objectives for the next four years are:"). */
const maxContinuingWords = 4
/** A paragraph is a sentence of this many words or more; a shorter sentence may be an action written tersely. */
const minParagraphWords = 15
/** A heading is short and ends on no full stop ("Our approach", "Statement of commitment"). */
const maxHeadingWords = 10
/** An introduction is a few paragraphs; a longer run of prose is the plan told in sentences. */
const maxParagraphs = 6

/** Words of a line, counted without splitting it (linear, no regex backtracking). */
function wordCount(text: string): number {
  let count = 0
  let inWord = false
  for (const char of text) {
    const space = char === ' ' || char === '\t' || char === '\n' || char === '\r'
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

/**
 * The paragraphs that open a page pasted as lines, above the first line that leads into its list ("Our two
 * objectives for the next four years are:", "This work is summarised as follows:"): what the organisation is, the
 * law it answers to, why it made the plan. A careful reader skips them to reach the list, and the list is the plan.
 * Read only when every line from `bodyStart` to that lead-in is alone on its row, the paragraphs (each a sentence of
 * fifteen words or more, with no bullet or number) run unbroken down to the lead-in under at most the page's short
 * title lines, and there is at least one line below the lead-in. A shorter sentence may be an action, a numbered
 * line is an item, and a heading after a paragraph opens the plan's own part ("Our action plan"), whose statements
 * head its lists: then nothing is read. A short lead-in in the plan's voice ("We commit to:") continues the
 * paragraph right above it, which heads the list and stays. Returns the paragraphs' 0-based
 * rows, in order.
 *
 * @example
 * introductionAboveLeadIn([
 *   ['The college serves a wide community of learners, and the law asks every public body to publish what it will do.'],
 *   ['Our objectives for the next three years are:'],
 *   ['Widen access to evening courses'],
 * ], 0) // [0]
 */
export function introductionAboveLeadIn(table: readonly (readonly string[])[], bodyStart: number): number[] {
  const paragraphs: number[] = []
  for (let index = Math.max(0, bodyStart); index < table.length; index++) {
    const row = table[index]!
    const text = loneText(row)
    if (text === null) {
      if (row.some((cell) => cell.trim() !== '')) return []
      continue
    }
    if (itemMark.test(text)) return []
    const words = wordCount(text)
    if (leadInEnd.test(text)) {
      if (!hasLineBelow(table, index)) return []
      if (words <= maxContinuingWords && continuesStatement.test(text)) paragraphs.pop()
      return paragraphs
    }
    if (sentenceEnd.test(text)) {
      if (words < minParagraphWords || paragraphs.length === maxParagraphs) return []
      paragraphs.push(index)
    } else if (words > maxHeadingWords || paragraphs.length > 0) return []
  }
  return []
}

/** Whether a line alone on its row follows row `index`: the list the lead-in introduces. */
function hasLineBelow(table: readonly (readonly string[])[], index: number): boolean {
  for (let next = index + 1; next < table.length; next++) if (loneText(table[next]!) !== null) return true
  return false
}
