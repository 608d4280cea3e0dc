import type { ActionDraft } from './buildAction'
import { paragraphsOf } from './paragraphsOf'
import { type PeeledRef, peelRef } from './peelRef'

/** "1.1", "2", "3.4.1": a dotted number whose last part can be counted on. */
const countedRef = /^(\d{1,3}(?:\.\d{1,3}){0,3}\.)?(\d{1,3})$/

/**
 * Splits an action cell that holds the next items of its own numbering ("1.1 Sort out …⏎1.2 Update the policy
 * …⏎1.3 Add a line …", the items after the first wrapped over several lines in a narrow column) into one draft
 * per item: a line opening with the next number in sequence starts the next item, every other line goes on
 * with the item above. The drafts share the row's other cells (its leads, its dates), which do not say which
 * item they belong to, unless the items are paragraphs of their own (a blank line between each) and an owners
 * cell has as many paragraphs: then each item takes its paragraph of it, in order, as parish plans set out who
 * takes each target on. A verbatim (canonical) draft, or one whose cell holds no next number, comes back alone.
 *
 * @example
 * splitNumberedItems(draft).map((d) => d.cells.get('ref')?.text) // ['1.1', '1.2', '1.3']
 */
export function splitNumberedItems(draft: ActionDraft): ActionDraft[] {
  const title = draft.cells.get('title')
  const ref = draft.cells.get('ref')
  if (draft.verbatim || title === undefined || ref === undefined || !title.text.includes('\n')) return [draft]
  let expected = nextRef(ref.text.trim())
  if (expected === null) return [draft]
  const items: { ref: string; lines: string[] }[] = [{ ref: ref.text, lines: [] }]
  for (const line of title.text.split('\n')) {
    const peeled: PeeledRef | null = expected === null ? null : peelRef(line.trim())
    if (peeled !== null && peeled.ref === expected) {
      items.push({ ref: peeled.ref, lines: [peeled.rest] })
      expected = nextRef(peeled.ref)
    } else {
      items.at(-1)!.lines.push(line)
    }
  }
  if (items.length < 2) return [draft]
  // Each item a paragraph, and the owners cell one paragraph per item: the owners go item by item.
  const owners = draft.cells.get('owners')
  const perItem =
    owners !== undefined && paragraphsOf(title.text).length === items.length ? paragraphsOf(owners.text) : []
  return items.map((item, at) => {
    const cells = new Map(draft.cells)
    if (owners !== undefined && perItem.length === items.length)
      cells.set('owners', { ...owners, text: perItem[at]! })
    cells.set('title', { ...title, text: item.lines.join('\n') })
    cells.set('ref', { ...ref, text: item.ref })
    return { ...draft, cells }
  })
}

function nextRef(ref: string): string | null {
  const match = countedRef.exec(ref)
  return match === null ? null : `${match[1] ?? ''}${Number(match[2]) + 1}`
}
