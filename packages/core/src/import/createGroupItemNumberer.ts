import { collapseWhitespace } from '../text/cleanCellText'
import type { ActionDraft } from './buildAction'
import { ITEM_NUMBER, NOT_A_YEAR } from './itemMark'

/**
 * "13", "2.1", "1200": the number a group label opens with. Not a year of its own: a label opening with "2019" names
 * the period its items belong to, and they are not "2019.1", "2019.2".
 */
const groupNumber = new RegExp(String.raw`^${NOT_A_YEAR}${ITEM_NUMBER}(?:\.\d{1,3}){0,2}$`)

/**
 * Numbers the items under a numbered group label written once ("13 Establish a working group …" merged beside
 * the deliverables that carry it out): the number is the group's, peeled from its label, so the items inherit
 * it, and a careful reader cites each by the group's number and its place in the group, "13.1", "13.2", as the
 * plan's numbered items under a heading are cited. Call only when the ref column was peeled from a group label
 * written once per group of rows; returns a function to call on each draft in plan order. A draft with no ref,
 * or whose ref is not a plain number, is returned as it is.
 *
 * @example
 * const numbered = createGroupItemNumberer()
 * numbered(first).cells.get('ref')?.text // '13.1'
 * numbered(second).cells.get('ref')?.text // '13.2' (same group number and label as the draft before)
 */
export function createGroupItemNumberer(): (draft: ActionDraft) => ActionDraft {
  let group: string | null = null
  let position = 0
  return (draft) => {
    const ref = draft.cells.get('ref')
    const number = ref === undefined ? '' : collapseWhitespace(ref.text).replace(/\.$/, '')
    if (ref === undefined || draft.verbatim || !groupNumber.test(number)) {
      group = null
      return draft
    }
    const key = `${number}\n${draft.cells.get('section')?.text ?? draft.section ?? ''}`
    position = key === group ? position + 1 : 1
    group = key
    const cells = new Map(draft.cells)
    cells.set('ref', { ...ref, text: `${number}.${position}` })
    return { ...draft, cells }
  }
}
