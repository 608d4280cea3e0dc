import type { ActionDraft } from './buildAction'
import type { ColumnField } from './columnSynonyms'

/** The cells that, typed as one paragraph per action, line up with the action cell's paragraphs. */
const pairedFields: readonly ColumnField[] = ['owners', 'target']

/**
 * Splits a row whose action cell holds two or more paragraphs (set apart by blank lines) into one draft per
 * paragraph, when its lead or date cell holds exactly as many paragraphs: each action gets the lead and the
 * date on its own line ("Expand the group⏎⏎Create a calendar" beside "Policy team⏎⏎Officer group" and
 * "Jan 2023⏎⏎March 2023"). A cell whose paragraphs do not line up is left to {@link splitBulletedAction};
 * a numbered row and a verbatim (canonical) draft come back alone.
 *
 * @example
 * splitPairedParagraphs(draft).map((d) => d.cells.get('owners')?.text) // ['Policy team', 'Officer group']
 */
export function splitPairedParagraphs(draft: ActionDraft): ActionDraft[] {
  const title = draft.cells.get('title')
  if (draft.verbatim || title === undefined || (draft.cells.get('ref')?.text.trim() ?? '') !== '')
    return [draft]
  // One item a paragraph: a paragraph of several lines (bullets, or prose) does not say which line is paired.
  const items = paragraphs(title.text).map((item) => item.replace(bulletMark, ''))
  if (items.length < 2 || items.some((item) => item.includes('\n'))) return [draft]
  const paired = pairedFields.filter((field) => {
    const cell = draft.cells.get(field)
    return cell !== undefined && paragraphs(cell.text).length > 1
  })
  // Every split column must line up, and at least one must be there to pair with.
  if (paired.length === 0) return [draft]
  if (!paired.every((field) => paragraphs(draft.cells.get(field)!.text).length === items.length))
    return [draft]
  return items.map((item, i) => {
    const cells = new Map(draft.cells)
    cells.set('title', { ...title, text: item })
    for (const field of paired) {
      const cell = draft.cells.get(field)!
      cells.set(field, { ...cell, text: paragraphs(cell.text)[i]! })
    }
    return { ...draft, cells }
  })
}

/** "· ", "• ", "- " opening an item. Anchored and bounded. */
const bulletMark = /^[•·▪*–-][ \t]{1,12}/

function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
}
