import { hasText } from '../text/cleanCellText'
import { isTitleCased } from './nameBeforeProgress'

/** A line shorter than this is a name or a sub-heading ("Housing", "Our staff"), not an item. */
const minItemWords = 3
/** At least this many plain lines under the headings make a list. */
const minItems = 3

/** Whether a line is written in capitals: a letter, none of them in lower case, and two words of letters or more
 * ("2. COMPLETED WORK", "PHASE ONE: SET-UP"). */
function inCapitals(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false
  let words = 0
  for (const word of text.split(' ')) if (/\p{Lu}{2}/u.test(word)) words++
  return words >= 2
}

/**
 * The headings and items of a one-column list whose headings are written in capitals ("2. SITE SURVEY WORK" over
 * "Walk the boundary with the owners", "Volunteers count the trees", "Photographs of each gate"): the type marks the
 * headings, so a line below the first heading that is not in capitals is an item however it opens, and a line in
 * capitals is a heading however it reads ("REVIEW AND SIGN-OFF"); the lines above the first heading title the
 * page. Read only when two headings or more each head
 * such lines and most of those lines are read as items already (sentences, instructions), so a page of capitals
 * headings over prose and its short sub-headings is left as it is; a line not read as an item yet that is
 * title-cased as a heading is ("Parks and Open Spaces"), ends in a colon (a lead-in) or has one or two words stays
 * a heading. `listRows` holds the lines already read as items. Returns the rows' 0-based indexes of the items and of
 * the other lines (the headings and the title lines above them), or null when the page is not so written.
 *
 * @example
 * itemsUnderCapitalHeadings([['1. SURVEY WORK'], ['Walk the boundary'], ['Volunteers count trees'], ['2. FINAL REPORTING'], ['Photograph each gate']], 0, 0, new Set([1, 4]))
 * // { items: [1, 2, 4], others: [0, 3] }
 */
export function itemsUnderCapitalHeadings(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
  listRows: ReadonlySet<number>,
): { items: number[]; others: number[] } | null {
  const items: number[] = []
  const others: number[] = []
  let headings = 0
  let listed = 0
  let groups = 0
  let afterHeading = false
  for (let index = bodyStart; index < rows.length; index++) {
    const text = (rows[index]![titleColumn] ?? '').trim()
    if (!hasText(text)) continue
    if (inCapitals(text)) {
      others.push(index)
      headings++
      afterHeading = true
      continue
    }
    const heads = afterHeading
    afterHeading = false
    if (headings === 0) others.push(index)
    if (headings === 0 || text.endsWith(':') || text.split(' ', minItemWords).length < minItemWords) continue
    if (listRows.has(index)) listed++
    else if (isTitleCased(text.slice(0, 300))) continue
    items.push(index)
    if (heads) groups++
  }
  return groups >= 2 && items.length >= minItems && listed * 2 >= items.length ? { items, others } : null
}
