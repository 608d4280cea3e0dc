import { hasText } from '../text/cleanCellText'
import type { ColumnAssignment } from './assignColumns'
import { peelRef } from './peelRef'

/** The body rows made ready for the row reader. */
export interface ReadRowsResult {
  /** The rows, with a ref peeled from the start of a cell moved into a column of its own after the last. */
  readonly rows: readonly (readonly string[])[]
  /** 0-based rows that are list items (a ref or bullet at the start), actions even when alone on their row. */
  readonly listRows: ReadonlySet<number>
}

const bullet = /^\s*[•·▪*–-]\s+/

/**
 * Prepares the rows of a table whose columns were assigned by {@link assignColumns}: peels refs typed at the
 * start of a cell into the ref column ("1.2 Set up a forum" → `1.2` and "Set up a forum") and strips list
 * bullets. Rows above `bodyStart` and rows without a ref are left as they are; the caller's rows are never
 * changed.
 *
 * @example
 * readRows([['1. Launch a webpage']], 0, assignment).rows[0] // ['Launch a webpage', '1']
 */
export function readRows(
  table: readonly (readonly string[])[],
  bodyStart: number,
  assignment: ColumnAssignment,
): ReadRowsResult {
  const { peelFrom } = assignment
  const refColumn = assignment.map.fields.get('ref')
  const titleColumn = assignment.map.fields.get('title')
  const listRows = new Set<number>()
  if (peelFrom === null && titleColumn === undefined) return { rows: table, listRows }
  const rows = table.map((row, index) => {
    if (index < bodyStart) return row
    const peelable = peelFrom !== null && refColumn !== undefined
    // Rows with nothing to change are shared, not copied.
    if (!peelable && (titleColumn === undefined || !bullet.test(row[titleColumn] ?? ''))) return row
    const out = [...row]
    if (peelFrom !== null && refColumn !== undefined) {
      while (out.length < refColumn) out.push('')
      const peeled = peelRef(out[peelFrom] ?? '')
      out[refColumn] = peeled?.ref ?? ''
      if (peeled !== null) {
        out[peelFrom] = peeled.rest
        // A numbered cell alone on its row is an action only in the action column; in a group label column
        // it is a section heading ("2 RECOGNITION AND VALUE").
        if (peelFrom === titleColumn) listRows.add(index)
      }
    }
    if (titleColumn !== undefined && bullet.test(out[titleColumn] ?? '')) {
      out[titleColumn] = (out[titleColumn] ?? '').replace(bullet, '')
      if (hasText(out[titleColumn]!)) listRows.add(index)
    }
    return out
  })
  return { rows, listRows }
}
