import { textLines } from '../text/cleanCellText'
import type { ActionDraft } from './buildAction'

/** Two lines are as often an action and its remark, or the old and new text of a tracked change. */
const minLines = 3

/** A line that goes on into the next: it ends in a comma, a joining word or a hyphen. */
const goesOn = /(?:[,;–-]|\b(?:and|or|of|to|the|for|with|in|on|a|an))$/i

/**
 * Splits an action cell of three or more lines (no bullets, no blank lines) into one draft per line when its
 * success-measures cell holds exactly as many lines: each action written on its own line beside its own outcome
 * ("Advertise in publications …⏎State on job advertisements …⏎Offer applications …" beside three outcome lines). Every line must open
 * with a capital and none may run on into the next (a line wrapped in a narrow column does). The split drafts
 * share the row's other cells (its leads, its dates), which do not say which line they belong to. A numbered
 * row and a verbatim (canonical) draft come back alone.
 *
 * @example
 * splitLinedAction(draft).map((d) => d.cells.get('title')?.text) // ['Advertise the posts', 'Offer large print', 'Hold open days']
 */
export function splitLinedAction(draft: ActionDraft): ActionDraft[] {
  const title = draft.cells.get('title')
  const measures = draft.cells.get('successMeasures')
  if (draft.verbatim || title === undefined || measures === undefined) return [draft]
  if ((draft.cells.get('ref')?.text.trim() ?? '') !== '') return [draft]
  const items = textLines(title.text)
  if (items.length < minLines || textLines(measures.text).length !== items.length) return [draft]
  if (/\n[ \t]*\n/.test(title.text)) return [draft]
  if (!items.every((item) => /^[A-Z]/.test(item) && !goesOn.test(item) && item.split(' ').length >= 3))
    return [draft]
  return items.map((item) => {
    const cells = new Map(draft.cells)
    cells.set('title', { ...title, text: item })
    return { ...draft, cells }
  })
}
