import { hasText } from '../text/cleanCellText'
import type { ColumnField } from './columnSynonyms'
import { peelRef } from './peelRef'

/**
 * Fields whose column is never the items or tasks under an action written once, whatever its header says or its
 * cells start with (shared with `tasksUnderGroupedAction`).
 */
export const notItems: ReadonlySet<ColumnField> = new Set([
  'ref',
  'owners',
  'target',
  'status',
  'pillars',
  'section',
])
/** At least this share of the items column's filled cells must open with a ref ("(a)", "b)", "13.2"). */
const minListedShare = 0.8

/**
 * An action written once over the lettered items that deliver it (a Reconciliation Action Plan's "Action"
 * cell merged beside its "(a)", "(b)", "(c)" deliverables): the action column is filled on fewer rows than a
 * column right of it whose cells open with their own refs and are filled on rows where the action is empty. A
 * careful reader counts the items as the actions, under the action as their group label. Returns the items
 * column's 0-based index, else null.
 *
 * @example
 * itemsUnderGroupedAction(fields, body) // 2 when column 3 holds "(a) …", "(b) …" under a column-2 action written once
 */
export function itemsUnderGroupedAction(
  fields: ReadonlyMap<ColumnField, number>,
  body: readonly (readonly string[])[],
): number | null {
  const title = fields.get('title')
  if (title === undefined || fields.has('section')) return null
  const taken = new Map([...fields].map(([field, column]) => [column, field] as const))
  const width = body.reduce((max, row) => Math.max(max, row.length), 0)
  for (let column = title + 1; column < width; column++) {
    const field = taken.get(column)
    if (field !== undefined && notItems.has(field)) continue
    let groups = 0
    let underGroup = 0
    let filled = 0
    let listed = 0
    for (const row of body) {
      const item = row[column] ?? ''
      if (hasText(row[title] ?? '')) groups++
      if (!hasText(item)) continue
      filled++
      if (peelRef(item) !== null) listed++
      if (!hasText(row[title] ?? '')) underGroup++
    }
    if (filled === 0) continue
    if (underGroup >= 2 && underGroup >= groups / 2 && listed >= minListedShare * filled) return column
    return null
  }
  return null
}
