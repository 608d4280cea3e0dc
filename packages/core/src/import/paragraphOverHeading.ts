import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { isSentence } from './isSentence'

/** A full stop, question or exclamation mark inside the text, then a capital: two sentences or more. */
const sentenceBreak = /[.!?]["'”’)]?\s{1,4}["'“‘]?[A-Z]/
/** "… as described below:", "… the following:": a paragraph that points to what comes after the heading. */
const pointsOnward = /\b(?:below|following|as follows|these)\s?:$/i
/** A heading's words: a few, the first capitalised, none closing on a mark. */
const maxHeadingWords = 4

/** The next row below `index` with text in it, or -1. */
function nextFilled(rows: readonly (readonly string[])[], index: number): number {
  for (let next = index + 1; next < rows.length; next++) if (rows[next]!.some(hasText)) return next
  return -1
}

/** The row's text when it has text in `column` only, else null. */
function loneText(row: readonly string[], column: number): string | null {
  for (let c = 0; c < row.length; c++) if (c !== column && hasText(row[c] ?? '')) return null
  const text = collapseWhitespace(row[column] ?? '')
  return text === '' ? null : text
}

/**
 * A paragraph of two sentences or more that closes on a colon with no list under it ("We publish news of their
 * work. Films show each facility, and we hold events for them:" right over the next theme's heading "Recognition",
 * itself over prose): the list it promised was lost when the page was copied, and a careful reader takes the
 * paragraph as an item of the theme above, not as a heading. One that points on ("… as described below:") heads
 * what follows, and is read as before. The line below must be a short heading (four words at
 * most, capitalised, no closing mark) with a sentence under it; a one-sentence lead-in ("Our actions are:") or a
 * paragraph over its list is read as before.
 *
 * @example
 * paragraphOverHeading([['We run a prize. We also hold events for them:'], ['Careers'], ['We fund a course for every technician.']], 0, 0) // true
 * paragraphOverHeading([['We run a prize. We also hold events for them:'], ['Open days'], ['Tours']], 0, 0) // false
 */
export function paragraphOverHeading(
  rows: readonly (readonly string[])[],
  index: number,
  column: number,
): boolean {
  const text = collapseWhitespace(rows[index]?.[column] ?? '')
  if (!text.endsWith(':') || !sentenceBreak.test(text) || pointsOnward.test(text)) return false
  const next = nextFilled(rows, index)
  if (next < 0) return false
  const heading = loneText(rows[next]!, column)
  if (
    heading === null ||
    heading.split(' ').length > maxHeadingWords ||
    !/^\p{Lu}/u.test(heading) ||
    /[.:;!?,]$/.test(heading)
  )
    return false
  const after = nextFilled(rows, next)
  if (after < 0) return false
  const prose = loneText(rows[after]!, column)
  return prose !== null && isSentence(prose)
}
