import { hasText } from '../text/cleanCellText'
import type { ColumnField } from './columnSynonyms'
import { normalizeHeader } from './columnSynonyms'
import { notItems } from './itemsUnderGroupedAction'

/** Headers of the column that breaks each action into the work that delivers it. */
const tasksHeader =
  /^(?:tasks?|sub[ -]?tasks?|sub[ -]?actions?|key tasks|activities|action steps|steps to be taken|deliverables)$/

/**
 * An action written once over the tasks that carry it out, in a column of its own headed "Tasks" (an Ontario
 * accessibility plan's "Objectives | Actions | Tasks | Barriers | Time Frame", a service plan's "Action | Key tasks
 * | Lead | By when", a project plan's "Activity | Deliverables | Date", a board paper's "Action | Sub Action | Action
 * by | Action Completed by"): the tasks column, right of the action
 * column, is filled on every row that has text, the action only on the first row of its group, and the tasks'
 * own dates and leads stand beside each task. A careful reader counts the tasks as the actions, under the action
 * written once as their group label (section). The tasks need no numbers of their own (their bullets are often
 * lost in the copy), unlike {@link itemsUnderGroupedAction}. Needs two or more task rows with the action blank.
 * Returns the tasks column's 0-based index, else null.
 *
 * @example
 * tasksUnderGroupedAction(new Map([['title', 0]]), ['Actions', 'Tasks', 'Time Frame'], [
 *   ['Train the staff', 'Write a curriculum', '2007'],
 *   ['', 'Brief the drivers', '2005'],
 *   ['', 'Present to the nurseries', 'Fall 2005'],
 * ]) // 1
 */
export function tasksUnderGroupedAction(
  fields: ReadonlyMap<ColumnField, number>,
  headers: readonly string[],
  body: readonly (readonly string[])[],
): number | null {
  const title = fields.get('title')
  if (title === undefined || fields.has('section')) return null
  const taken = new Map([...fields].map(([field, column]) => [column, field] as const))
  const column = headers.findIndex(
    (header, index) => index > title && tasksHeader.test(normalizeHeader(header)),
  )
  if (column < 0) return null
  const field = taken.get(column)
  if (field !== undefined && notItems.has(field)) return null
  let underGroup = 0
  for (const row of body) {
    if (!row.some(hasText)) continue
    // A row with its action but no task is an action of its own, not a group over tasks.
    if (!hasText(row[column] ?? '')) return null
    if (!hasText(row[title] ?? '')) underGroup++
  }
  return underGroup >= 2 ? column : null
}
