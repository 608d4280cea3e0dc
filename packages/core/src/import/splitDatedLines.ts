import { parseTargetDate } from '../dates/parseTargetDate'
import { hasText, textLines } from '../text/cleanCellText'
import type { ActionDraft } from './buildAction'

/** Fewer words than this make a line a label or a date alone, not an action with its date. */
const minLineWords = 4

/** A line that is an action with its own date: a capital, a few words, and a date phrase read with confidence. */
function isDatedAction(line: string): boolean {
  if (!/^[A-Z]/.test(line) || line.split(/\s+/).length < minLineWords || !/\d/.test(line)) return false
  const date = parseTargetDate(line.slice(0, 400), {})
  return date.kind !== 'unknown' && date.due !== null && date.confidence >= 0.5
}

/**
 * An action cell of two or more lines, each an action with its own date ("Poster campaign … by Dec 2015⏎Dedicated
 * web page by March 2016"), in a row with no date of its own (no target cell, or an empty one): one action a
 * line, each keeping the row's ref and other cells and taking its line as its target text. Null for any other
 * draft, numbered or not.
 *
 * @example
 * splitDatedLines(draft)?.map((d) => d.cells.get('title')?.text) // ['Poster campaign … by Dec 2015', …]
 */
export function splitDatedLines(draft: ActionDraft): ActionDraft[] | null {
  const cell = draft.cells.get('title')
  if (draft.verbatim || cell === undefined || hasText(draft.cells.get('target')?.text ?? '')) return null
  const lines = textLines(cell.text)
  if (lines.length < 2 || !lines.every(isDatedAction)) return null
  return lines.map((line) => {
    const cells = new Map(draft.cells)
    cells.set('title', { ...cell, text: line })
    cells.set('target', { text: line, column: cell.column, header: cell.header })
    return { ...draft, cells, extra: draft.extra.map((item) => ({ ...item })) }
  })
}
