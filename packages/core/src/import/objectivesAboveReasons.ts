import { isReasonLabel } from './isRationaleList'
import { type LoneText, loneTextOfEach } from './listsUnderLeadIns'

/** An objective is a sentence: a shorter line is a heading ("Objective One"). */
const minObjectiveWords = 4

/**
 * The objectives a page explains: a line alone on its row right above a label asking why it was chosen ("Why have we
 * chosen this objective?", "Why did we pick this aim:"), as school and trust equality objectives pages write each
 * objective, then its reasons, then the actions planned to meet it. The objective is the outcome those actions
 * serve, not one of them; a careful reader imports the actions. A line of under four words (a heading), or one
 * ending in a colon (a lead-in), is not read as an objective. Returns 0-based rows, in order.
 *
 * @example
 * objectivesAboveReasons([['Objective One'], ['To raise the attendance of every pupil group'], ['Why have we chosen this objective?'], ['Attendance fell last year.'], ['Office to phone home on the first day of absence']], 0)
 * // [1]
 */
export function objectivesAboveReasons(
  table: readonly (readonly string[])[],
  bodyStart: number,
  /** {@link loneTextOfEach} of the same table, when the caller has read it. */
  lone: readonly LoneText[] = loneTextOfEach(table),
): number[] {
  const rows: number[] = []
  let above = -1
  for (let index = Math.max(0, bodyStart - 1); index < table.length; index++) {
    if (lone[index] === undefined) continue
    const text = lone[index] ?? null
    if (text !== null && isReasonLabel(text) && above >= 0) {
      const objective = lone[above] ?? null
      if (
        objective !== null &&
        !objective.endsWith(':') &&
        !isReasonLabel(objective) &&
        objective.split(/\s+/).length >= minObjectiveWords
      )
        rows.push(above)
    }
    above = index
  }
  return rows
}
