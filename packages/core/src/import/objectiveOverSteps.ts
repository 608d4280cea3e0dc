import { collapseWhitespace, hasText, textLines } from '../text/cleanCellText'

/** An aim, not a task: "To improve the progress of …". */
const aim = /^to\s/i
/** A task statement is one short line. */
const maxTaskWords = 25
/** A cell of steps toward one task holds one or two lines; three or more lines are a list of actions. */
const maxSteps = 2

/**
 * An objective column worded as tasks beside an "Actions" column of the steps that carry each one out: the
 * objective is filled on exactly the rows the actions are, each objective is one short line that is not an aim
 * ("Celebrate the school's festivals each half term", not "To improve …"), and the actions cells hold one or two
 * lines, at least one of them two ("Draw up a calendar⏎Ask the chaplain for ideas") beside a lead and a date of one
 * line each (a lead cell of as many lines gives each line its own lead: they are actions). A careful reader names each
 * row's action by its objective and reads the cell beside it as its steps. A longer list of actions in the cells,
 * or an objective written once over several rows, is not this layout.
 *
 * @example
 * objectiveOverSteps(0, 1, [
 *   ['Celebrate the festivals each half term', 'Draw up a calendar\nAsk the chaplain for ideas'],
 *   ['Train staff on the new policy', 'Book a staff meeting slot'],
 * ]) // true
 */
export function objectiveOverSteps(
  objective: number,
  steps: number,
  body: readonly (readonly string[])[],
): boolean {
  let rows = 0
  let stepped = 0
  for (const row of body) {
    const task = row[objective] ?? ''
    const cell = row[steps] ?? ''
    if (!hasText(task) && !hasText(cell)) continue
    if (!hasText(task) || !hasText(cell)) return false
    const text = collapseWhitespace(task)
    if (task.trim().includes('\n') || aim.test(text) || text.split(' ').length > maxTaskWords) return false
    if (!/^[A-Z]/.test(text)) return false
    const lines = textLines(cell).length
    if (lines > maxSteps) return false
    // A lead or date cell of as many lines gives each line its own: the lines are actions, not steps.
    const paired = row.some(
      (other, column) => column !== objective && column !== steps && textLines(other).length === lines,
    )
    if (lines === maxSteps && paired) return false
    if (lines === maxSteps) stepped++
    rows++
  }
  return rows >= 2 && stepped > 0
}
