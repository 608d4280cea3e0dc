import { hasText } from '../text/cleanCellText'
import type { ActionDraft } from './buildAction'
import { ITEM_NUMBER, NOT_A_YEAR } from './itemMark'
import { peelRef } from './peelRef'

/**
 * "1", "2.3", "1200": a number, as a group label left of the actions opens with. Not a year of its own: a "2019" left
 * of the actions is the period they belong to, and lettered items beside it are not "2019a".
 */
const numberRef = new RegExp(String.raw`^${NOT_A_YEAR}${ITEM_NUMBER}(?:\.\d{1,3}){0,3}$`)

/**
 * Numbers lettered items by the group they sit in: a cell left of the action column opening with a number
 * ("1 Raise awareness of …", written once on the group's first row, a merged cell in the source) numbers the
 * lettered actions beside and below it, "a)" to "1a", "(b)" to "1(b)", as a careful reader cites them. A left cell
 * with text but no number ends the group. Returns a function to call on each draft in plan order; a draft
 * with any other ref, or outside a numbered group, is returned as it is.
 *
 * @example
 * const numbered = createLetteredRefNumberer()
 * numbered(draft).cells.get('ref')?.text // '1a'
 */
export function createLetteredRefNumberer(): (draft: ActionDraft) => ActionDraft {
  let group: string | null = null
  let label = ''
  return (draft) => {
    const title = draft.cells.get('title')
    if (draft.verbatim || title === undefined) return draft
    // The filled cells left of the action, leftmost first: the group label is the first of them. Gathered in one
    // pass, as this runs for every action and most have none.
    const cellsLeft: { column: number; text: string }[] = []
    for (const [field, cell] of draft.cells)
      if (field !== 'ref' && cell.column < title.column && hasText(cell.text))
        cellsLeft.push({ column: cell.column, text: cell.text })
    for (const item of draft.extra)
      if (item.column < title.column && hasText(item.value))
        cellsLeft.push({ column: item.column, text: item.value })
    if (cellsLeft.length > 0) {
      const left = cellsLeft.sort((a, b) => a.column - b.column).map((cell) => cell.text)
      // "13 Establish …" in one cell, or "13." in a cell of its own beside the group's label.
      const number = peelRef(left[0]!)?.ref ?? left[0]!.trim().replace(/\.$/, '')
      if (numberRef.test(number)) {
        group = number
        label = left.slice(1).join('\n')
      } else if (left.join('\n') !== label) {
        // A label of the same group (inherited by the rows below it) keeps the number; any other ends it.
        group = null
      }
    }
    const ref = draft.cells.get('ref')
    if (group === null || ref === undefined || !/^(?:[a-z]|\([a-z]\))$/.test(ref.text.trim())) return draft
    const cells = new Map(draft.cells)
    cells.set('ref', { ...ref, text: `${group}${ref.text.trim()}` })
    return { ...draft, cells }
  }
}
