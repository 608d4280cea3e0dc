import { collapseWhitespace, hasText } from '../text/cleanCellText'

/** "High", "Medium", "Low", "Critical", "P1", "H": a priority level and nothing else. Anchored, no repetition. */
const level =
  /^(?:(?:very\s)?(?:high|low)|medium|med|critical|urgent|essential|desirable|normal|top|h|m|l|p[0-4])$/i

/**
 * True when every filled cell of a column, two at least, is a priority level ("High", "Medium", "Low", "P1"):
 * how urgent each row is, never its action text, whatever its header says. An operating plan's "Priority" column,
 * a word that heads the action column of other plans ("Priority | Lead | Date"), holds such levels beside the
 * description of the work.
 *
 * @example
 * isPriorityColumn(['High', 'Medium', '', 'Low']) // true
 * isPriorityColumn(['High streets renewed', 'Low-carbon buses']) // false
 */
export function isPriorityColumn(cells: readonly string[]): boolean {
  let filled = 0
  for (const cell of cells) {
    if (!hasText(cell)) continue
    if (!level.test(collapseWhitespace(cell).replace(/\.$/, ''))) return false
    filled++
  }
  return filled >= 2
}
