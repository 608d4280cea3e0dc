import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import { isSentence } from './isSentence'
import { peelRef } from './peelRef'

/** A name longer than this many words is a phrase, not a body's name. */
const maxNameWords = 10
/** At least this many items must each sit under a name line of their own. */
const minItems = 3
/** Whether a line names a body: its first or last word is a body's word ({@link isRoleOrBodyWord}: "Ministry of
 * Health", "Department for Transport", "Scottish Government", "Housing Agency"). */
function namesBody(text: string): boolean {
  const words = text.split(' ')
  return isRoleOrBodyWord(words[0]!) || isRoleOrBodyWord(words[words.length - 1]!)
}

/** The line's text when it is a body's name alone on its row: short, capitalised, no sentence, no ref. */
function bodyName(row: readonly string[], titleColumn: number): string | null {
  const filled = row.filter(hasText)
  if (filled.length !== 1 || !hasText(row[titleColumn] ?? '')) return null
  const text = collapseWhitespace(filled[0]!)
  const ok =
    text.split(' ').length <= maxNameWords &&
    /^[A-Z]/.test(text) &&
    !/[.:;!?]$/.test(text) &&
    !isSentence(text) &&
    peelRef(text) === null &&
    namesBody(text)
  return ok ? text : null
}

/**
 * The rows that name the owner of the one item below them, when a list prints its owner column as a line above
 * each item: "Transport Department" over "4.2.i. Resurface the bridge", "Transport Department" again over
 * "4.3.ii. Widen the lanes", "Housing Agency" over "1.1.i. Open the register". A careful reader takes such a line for
 * the item's owner, not a section heading: the same name is written again over later items (a heading is written
 * once), and the lines name bodies. Returns the 0-based rows, or none unless at least three items each sit under a
 * name line of their own (short, capitalised, no sentence, no ref, naming a body), every item from the first of them
 * on does, and a name repeats. Items above the first name line (an intro's bullets) are left as they are.
 *
 * @example
 * ownerAboveEachItem([['Housing Agency'], ['1. Open the register'], ['Housing Agency'], ['2. Fund the repairs'],
 *   ['Transport Department'], ['3. Widen the lanes']], 0, 0, new Set([1, 3, 5])) // [0, 2, 4]
 */
export function ownerAboveEachItem(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
  listRows: ReadonlySet<number>,
): number[] {
  const names: number[] = []
  const seen = new Set<string>()
  let repeated = false
  for (let index = bodyStart; index < rows.length; index++) {
    if (!listRows.has(index)) continue
    const name =
      index - 1 >= bodyStart && !listRows.has(index - 1) ? bodyName(rows[index - 1]!, titleColumn) : null
    // Items above the first name line (an intro's bullets) are not part of the list.
    if (name === null) {
      if (names.length === 0) continue
      return []
    }
    if (seen.has(name)) repeated = true
    seen.add(name)
    names.push(index - 1)
  }
  return names.length >= minItems && repeated ? names : []
}
