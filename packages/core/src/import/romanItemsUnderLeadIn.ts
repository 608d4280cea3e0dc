import { hasText } from '../text/cleanCellText'

/** A roman numeral up to X, upper or lower case. */
const numeral = '(I|II|III|IV|V|VI|VII|VIII|IX|X|i|ii|iii|iv|v|vi|vii|viii|ix|x)'
/** "I. ", "II) ", "iv. ", "(iii) ": a roman numeral up to X, then a dot or bracket (or in brackets), and the item.
 * Anchored and bounded. */
const romanItem = new RegExp(`^\\s{0,8}(?:\\(${numeral}\\)|${numeral}[.)])\\s{1,8}(?=\\S)`)
const numerals = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x']
/** A lead-in ends in a colon ("Institutions must have attained:"), perhaps after a bullet. */
const leadIn = /:\s*$/

/** A roman-numbered item read from its cell: its numeral (the ref) and its text. */
export interface RomanItem {
  readonly ref: string
  readonly title: string
}

/**
 * The items numbered "I.", "II.", "III." under a lead-in that ends in a colon, in a one-column list (a funder's
 * strategy: "• The EPA requires that institutions have attained:" over "I. Athena SWAN Bronze award by end of
 * 2019 …", "II. …"; a policy's conditions; a council's commitments): each is an item of the list, numbered by its
 * numeral, not a roman-numbered section heading ("I. Introduction"), which no colon introduces. The first must be
 * "I." right below the lead-in (blank rows aside), each next one the next numeral. Returns, by 0-based row, each
 * item's numeral and text.
 *
 * @example
 * romanItemsUnderLeadIn([['Applicants must hold:'], ['I. A Bronze award by 2026.'], ['II. A Silver award by 2029.']], 0, 0)
 * // Map { 1 => { ref: 'I', title: 'A Bronze award by 2026.' }, 2 => { ref: 'II', title: 'A Silver award by 2029.' } }
 */
export function romanItemsUnderLeadIn(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
): Map<number, RomanItem> {
  const items = new Map<number, RomanItem>()
  let expected = -1
  for (let index = bodyStart; index < rows.length; index++) {
    const row = rows[index]!
    if (!row.some(hasText)) continue
    const cell = row[titleColumn] ?? ''
    const onlyTitle = row.every((text, c) => c === titleColumn || !hasText(text))
    const match = onlyTitle && cell.length < 2_000 ? romanItem.exec(cell) : null
    const ref = match === null ? '' : (match[1] ?? match[2])!
    const at = match === null ? -1 : numerals.indexOf(ref.toLowerCase())
    if (match !== null && at >= 0 && at === expected) {
      items.set(index, { ref, title: cell.slice(match[0].length).trim() })
      expected++
      continue
    }
    expected = leadIn.test(cell) ? 0 : -1
  }
  return items
}
