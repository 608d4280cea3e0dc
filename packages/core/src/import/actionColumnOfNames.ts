import { hasText } from '../text/cleanCellText'
import type { ColumnProfile } from './assignColumns'
import type { ColumnField } from './columnSynonyms'
import { readsAsOwnerList } from './readsAsOwnerList'

/** A column left in `extra`: its index. */
interface ExtraColumn {
  readonly index: number
}

/** Share of the action column's filled cells that must read as names, roles or teams. */
const minNameShare = 0.8
/** The item column reads as prose: at least this many words a cell on average, few of its cells bare refs. */
const minProseWords = 4
const maxRefShare = 0.2
/** Enough cells are read to judge a column; a long table is not read twice over. */
const sampleLimit = 40

/**
 * A column headed "Action" (or "Task") whose cells are names, beside a column of prose items ("Serial No. |
 * Item | Relevant FY | Action | Progress %", the "Action" cells "Clerk", "Clerk + Cllr Hooper"): the plan says
 * who is to act on each item under the word "Action", as councils' priorities tables do. A careful reader takes the
 * prose as the action and the names as its owners. The action column's filled cells (two or more) must read as
 * names, roles or teams (80%, at least half of them surely so), and a column left unmapped must hold prose (four
 * words a cell on average, fewer than a fifth bare refs); the leftmost such column is the item. Null when the plan
 * has an owners column or nothing fits.
 *
 * @example
 * actionColumnOfNames(new Map([['title', 3]]), [{ index: 1 }], cellsOf, profileOf)
 * // { item: 1, owners: 3 } when column 4 holds "Clerk", "Treasurer + Chair" beside prose items in column 2
 */
export function actionColumnOfNames(
  fields: ReadonlyMap<ColumnField, number>,
  extra: readonly ExtraColumn[],
  cellsOf: (index: number) => readonly string[],
  profileOf: (index: number) => ColumnProfile,
): { readonly item: number; readonly owners: number } | null {
  const title = fields.get('title')
  if (title === undefined || fields.has('owners')) return null
  const cells = cellsOf(title).filter(hasText).slice(0, sampleLimit)
  if (cells.length < 2) return null
  let names = 0
  let sure = 0
  for (const cell of cells) {
    const reading = readsAsOwnerList(cell.trim())
    if (reading === null) continue
    names++
    if (reading !== 'word') sure++
  }
  if (names < minNameShare * cells.length || sure < 0.5 * cells.length) return null
  for (const column of [...extra].sort((a, b) => a.index - b.index)) {
    const profile = profileOf(column.index)
    if (profile.filled >= 2 && profile.averageWords >= minProseWords && profile.refs < maxRefShare)
      return { item: column.index, owners: title }
  }
  return null
}
