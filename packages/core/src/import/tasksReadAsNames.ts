import type { ColumnField } from './columnSynonyms'

/**
 * The column of short task names that the cells' look gave to the owners, when the table has no other text for its
 * actions: a task board or tracker pasted without its header ("Todo | 12/31/2024 | Internal consultation", as
 * council climate trackers, Trello and GitHub project exports and school improvement boards list their tasks),
 * whose task names are as short as names ("Best practices review"). Only beside a status column and a target
 * column, which make it a list of tasks rather than a list of people; null otherwise.
 *
 * @example
 * tasksReadAsNames(new Map([['status', 0], ['target', 1], ['owners', 2]])) // 2
 * tasksReadAsNames(new Map([['owners', 2]])) // null
 */
export function tasksReadAsNames(fields: ReadonlyMap<ColumnField, number>): number | null {
  const named = fields.get('owners')
  if (named === undefined || !fields.has('target') || !fields.has('status')) return null
  return named
}
