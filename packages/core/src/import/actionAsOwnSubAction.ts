import { hasText } from '../text/cleanCellText'
import { matchColumnHeader, normalizeHeader } from './columnSynonyms'
import { headerSearchRows } from './findHeader'

/** A header that says its column breaks each action into parts: "Sub Action", "Sub-actions", "Sub tasks". */
const subActionHeader = /^sub ?(?:actions?|tasks?)$/

/**
 * A project plan's "Action | Sub Action | Action by | Completed by | Progress" table (a board paper's partnering
 * plan, a programme's project action plan): each action is written once over the sub-actions that carry it out,
 * but an action with no sub-action of its own is itself the work, with its own owner, date and progress. A careful
 * reader counts it as one action among the sub-actions. This writes such an action's text into its empty
 * sub-action cell too, so the sub-action column is filled on every row and is read as the actions, each under
 * the action written once as its group label ({@link tasksUnderGroupedAction}). Only a table whose header names a
 * sub-action column right of an action column is changed; every other row is returned as it is, and no row is
 * added or removed, so row numbers stay those of the source.
 *
 * @example
 * actionAsOwnSubAction([
 *   ['Action', 'Sub Action', 'Action by'],
 *   ['Survey staff', '', 'HR'],
 * ])[1] // ['Survey staff', 'Survey staff', 'HR']
 */
export function actionAsOwnSubAction(rows: readonly (readonly string[])[]): (readonly string[])[] {
  const out: (readonly string[])[] = rows.slice()
  const limit = Math.min(rows.length, headerSearchRows)
  for (let index = 0; index < limit; index++) {
    const header = rows[index]!
    // Normalised only when it could say "sub": most header cells cannot.
    const sub = header.findIndex((cell) => /sub/i.test(cell) && subActionHeader.test(normalizeHeader(cell)))
    if (sub < 1) continue
    const action = header.findIndex((cell, c) => c < sub && matchColumnHeader(cell)?.field === 'title')
    if (action < 0) continue
    for (let r = index + 1; r < rows.length; r++) {
      const row = rows[r]!
      if (hasText(row[action] ?? '') && !hasText(row[sub] ?? '')) {
        out[r] = row.map((cell, c) => (c === sub ? row[action]! : cell))
      }
    }
    break
  }
  return out
}
