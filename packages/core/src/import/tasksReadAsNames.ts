import { hasText } from '../text/cleanCellText'
import type { ColumnField } from './columnSynonyms'
import { opensWithVerb } from './itemsBesideCommitments'
import { readsAsOwnerList } from './readsAsOwnerList'

/** "Publish the guide", "Create and publish …": the verb's object or a joined verb, not a surname ("Priya Shah"). */
const secondWordLower = /^\S{1,40} [a-z]/

/**
 * The column of short task names that the cells' look gave to the owners, when the table has no other text for its
 * actions: a task board or tracker pasted without its header ("Todo | 12/31/2024 | Internal consultation", as
 * council climate trackers, Trello and GitHub project exports and school improvement boards list their tasks),
 * whose task names are as short as names ("Best practices review"). Beside a status column and a target column,
 * which make it a list of tasks rather than a list of people; or beside a status column alone when most of its
 * cells (`cells`, the column's body) open with a verb and a lower-case word after it (a surname is capitalised), as a product roadmap tags each item with its status
 * ("Publish journey maps | In progress", "Update product values | On deck"); or, on the same showing of verbs, beside
 * a column of the items' own numbers alone, as a numbered list pasted without its header reads ("1 | Agree the
 * budget", "2 | Draft the report"); or, as a release schedule or a project's timetable lists its milestones, beside a
 * column of dates alone, right of it, when the table has no other column and no label is written twice ("Kernel
 * freeze | 23 June", "Beta release | 8 September", in any script: "内核冻结 | 6月23日"), unless most labels read as
 * people's names or roles ("Priya Shah | 3 May" is a rota); null otherwise.
 *
 * @example
 * tasksReadAsNames(new Map([['status', 0], ['target', 1], ['owners', 2]])) // 2
 * tasksReadAsNames(new Map([['status', 1], ['owners', 0]]), ['Publish the map', 'Update the values']) // 0
 * tasksReadAsNames(new Map([['ref', 0], ['owners', 1]]), ['Agree the budget', 'Draft the report']) // 1
 * tasksReadAsNames(new Map([['owners', 0], ['target', 1]]), ['Kernel freeze', 'Beta release']) // 0
 * tasksReadAsNames(new Map([['owners', 2]])) // null
 */
export function tasksReadAsNames(
  fields: ReadonlyMap<ColumnField, number>,
  cells: readonly string[] = [],
): number | null {
  const named = fields.get('owners')
  if (named === undefined) return null
  // "1 | Kernel freeze | 23 June": the schedule's own numbers beside it change nothing.
  const others = [...fields.keys()].filter(
    (field) => field !== 'owners' && field !== 'target' && field !== 'ref',
  )
  if (others.length === 0 && (fields.get('target') ?? -1) > named && (fields.get('ref') ?? -1) < named)
    return scheduleSteps(cells) ? named : null
  if (!(fields.has('status') || fields.has('ref'))) return null
  if (fields.has('status') && fields.has('target')) return named
  const filled = cells.filter(hasText)
  const verbs = filled.filter(
    (cell) => opensWithVerb(cell.trim()) && secondWordLower.test(cell.trim()),
  ).length
  return filled.length >= 2 && verbs * 3 >= filled.length * 2 ? named : null
}

/** Three or more labels, none written twice, most of them no person's name or role: the steps of a schedule. */
function scheduleSteps(cells: readonly string[]): boolean {
  const labels = cells.filter(hasText).map((cell) => cell.trim())
  if (labels.length < 3 || new Set(labels).size < labels.length) return false
  const people = labels.filter((label) => readsAsOwnerList(label) !== null).length
  return people * 2 < labels.length
}
