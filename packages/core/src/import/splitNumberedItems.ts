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
  const given = draft.cells.get('ref')
  if (draft.verbatim || title === undefined || !title.text.includes('\n')) return [draft]
  const lines = title.text.split('\n')
  let items: { ref: string; lines: string[] }[]
  if (given !== undefined && given.text.trim() !== '') items = [{ ref: given.text, lines: [] }]
  else {
    // No ref written for the row: a cell opening "1." is the list itself, its first item numbered 1.
    const first = peelRef(lines[0]!.trim())
    if (first === null || !firstOfCount.test(first.ref)) return [draft]
    items = [{ ref: first.ref, lines: [first.rest] }]
    lines.shift()
  }
  const ref = given ?? { text: '', column: title.column, header: '' }
  let expected = nextRef(items[0]!.ref.trim())
  if (expected === null) return [draft]
  for (const line of lines) {
    const peeled: PeeledRef | null = expected === null ? null : peelRef(line.trim())
    if (peeled !== null && peeled.ref === expected) {
      items.push({ ref: peeled.ref, lines: [peeled.rest] })
      expected = nextRef(peeled.ref)
    } else {
      items.at(-1)!.lines.push(line)
    }
  }
  if (items.length < 2) return [draft]
  // A cell beside the list numbered the same way ("1. Finance⏎2. Estates⏎4. HR"): each item takes its number's part.
  const refs = items.map((item) => item.ref.trim())
  const numbered = [...draft.cells]
    .filter(([field]) => field !== 'title' && field !== 'ref')
    .flatMap(([field, cell]) => {
      const parts = partsByNumber(cell.text, refs)
      return parts === null ? [] : [{ field, cell, parts }]
    })
  // Each item a paragraph, and the owners cell one paragraph per item: the owners go item by item.
  const owners = draft.cells.get('owners')
  const perItem =
    owners !== undefined && paragraphsOf(title.text).length === items.length ? paragraphsOf(owners.text) : []
  return items.map((item, at) => {
    const cells = new Map(draft.cells)
    if (owners !== undefined && perItem.length === items.length)
      cells.set('owners', { ...owners, text: perItem[at]! })
    for (const { field, cell, parts } of numbered) cells.set(field, { ...cell, text: parts[at]! })
    cells.set('title', { ...title, text: item.lines.join('\n') })
    cells.set('ref', { ...ref, text: item.ref })
    return { ...draft, cells }
  })
}

/** "1", "2.1", "3.4.1": the first number of a count. */
const firstOfCount = /^(?:\d{1,3}\.){0,3}1$/

/**
 * The parts of a cell numbered as the items are (`refs`, in order), one per item ('' for an item the cell skips):
 * a line opening with one of the items' numbers, later than the last one seen, starts that item's part, every
 * other line goes on with it. Null unless the cell's first line is so numbered and two parts or more are.
 */
function partsByNumber(text: string, refs: readonly string[]): string[] | null {
  if (!text.includes('\n')) return null
  const parts = refs.map(() => '')
  const place = new Map(refs.map((ref, i) => [ref, i]))
  let at = -1
  let found = 0
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    const peeled = peelRef(line.trim())
    const next = peeled === null ? -1 : (place.get(peeled.ref) ?? -1)
    if (next > at) {
      at = next
      found++
      parts[at] = peeled!.rest
    } else if (at < 0) return null
    else parts[at] = `${parts[at]}\n${line}`
  }
  return found >= 2 ? parts : null
}

function nextRef(ref: string): string | null {
  const match = countedRef.exec(ref)
  return match === null ? null : `${match[1] ?? ''}${Number(match[2]) + 1}`
}
