import { hasText } from '../text/cleanCellText'
import { peelRef } from './peelRef'

/**
 * True when the lines of a column hold a numbered list a reader would see at once, however much prose sits
 * around it: at least two items numbered "1." and "2." one after the other (counting numbered lines only), as
 * in a web page whose intro paragraphs outnumber its list. A page of prose with a stray "3 new posts" holds
 * none.
 *
 * @example
 * hasNumberedList(['Our update', 'Some context.', '1. Publish the data', '2. Hold a forum']) // true
 * hasNumberedList(['Our update', '3 new posts were filled.']) // false
 */
export function hasNumberedList(cells: readonly string[]): boolean {
  let previous: string | null = null
  for (const cell of cells) {
    if (!hasText(cell)) continue
    const ref = peelRef(cell)?.ref ?? null
    if (ref === null) continue
    if (previous === '1' && ref === '2') return true
    previous = ref
  }
  return false
}
