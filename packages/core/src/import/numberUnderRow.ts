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
  // A child's number is written out in the line ("2.1", "Action 2.1:"): without "2." in it there is none to peel.
  if (!firstLine.includes(`${group}.`)) return draft
  const peeled = peelRef(firstLine.trim())
  // A one-line action cell may open with any child of the row's number: "1.2" on the row below "1.1" whose
  // number cell was merged ("1 | Action 1.1: …", then " | Action 1.2: …"), as an assessment's action plan writes
  // its actions under each numbered recommendation.
  const child =
    peeled !== null && (peeled.ref === `${group}.1` || (newline < 0 && isChildRef(group, peeled.ref)))
  if (!child) return draft
  const cells = new Map(draft.cells)
  cells.set('ref', { ...ref, text: peeled.ref })
  cells.set('title', {
    ...title,
    text: newline < 0 ? peeled.rest : `${peeled.rest}${title.text.slice(newline)}`,
  })
  return { ...draft, cells }
}

/** "1.2" under "1", "2.3.4" under "2.3": one more dotted number below the group's. */
function isChildRef(group: string, ref: string): boolean {
  return ref.startsWith(`${group}.`) && /^\d{1,3}$/.test(ref.slice(group.length + 1))
}
