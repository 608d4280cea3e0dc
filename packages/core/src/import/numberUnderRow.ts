import type { ActionDraft } from './buildAction'
import { peelRef } from './peelRef'

/**
 * Reads an action cell that numbers its items under the row's own number: the row is numbered "2." and its action
 * cell opens "2.1 Identify courses", as a plan does when each numbered objective row holds its actions 2.1, 2.2 …
 * The row's number is the group; the first item's number is the action's ref, and its text the title (the items
 * after it are split by {@link splitNumberedItems}, which counts on from this ref). A draft whose action cell does
 * not open with the first child of its row's number ("2.1" under "2", "1.2.1" under "1.2") comes back unchanged.
 *
 * @example
 * // ref "3.", title "3.1 Audit the stores⏎3.2 Label the shelves"
 * numberUnderRow(draft).cells.get('ref')?.text // '3.1'
 */
export function numberUnderRow(draft: ActionDraft): ActionDraft {
  const title = draft.cells.get('title')
  const ref = draft.cells.get('ref')
  if (draft.verbatim || title === undefined || ref === undefined) return draft
  const group = ref.text.trim().replace(/\.$/, '')
  if (!/^\d{1,3}(?:\.\d{1,3}){0,2}$/.test(group)) return draft
  const newline = title.text.indexOf('\n')
  const firstLine = newline < 0 ? title.text : title.text.slice(0, newline)
  const peeled = peelRef(firstLine.trim())
  if (peeled === null || peeled.ref !== `${group}.1`) return draft
  const cells = new Map(draft.cells)
  cells.set('ref', { ...ref, text: peeled.ref })
  cells.set('title', {
    ...title,
    text: newline < 0 ? peeled.rest : `${peeled.rest}${title.text.slice(newline)}`,
  })
  return { ...draft, cells }
}
