import { minNameWords } from './actionColumnChoice'
import { type ColumnField, normalizeHeader } from './columnSynonyms'

/** A header that calls its cells the milestones themselves ("Milestone", "Key milestones", "Milestone name"). */
const milestoneHeader = /^(?:(?:key|major|main|project) )?milestones?(?: (?:name|names|title|titles))?$/

/**
 * The column headed "Milestone" when a schedule has no action column, else null. A release timeline or a project
 * schedule lists "Date | Milestone | Comment": each milestone names the step, the comment only says more about it.
 * "Milestone" alone reads as success measures (as "Key milestones" beside an action column does), so without this
 * the comments, a weaker but wordier field, would be taken as the actions. The milestone column must be filled on
 * as many of the table's rows as any other column and hold, as any column naming the work does, at least
 * {@link minNameWords} words a cell on average.
 *
 * @example
 * milestoneNamesWork(new Map([['target', 0], ['successMeasures', 1], ['notes', 2]]), ['When', 'Milestone', 'Notes'], [3, 3, 3], [1, 3, 9]) // 1
 */
export function milestoneNamesWork(
  fields: ReadonlyMap<ColumnField, number>,
  headers: readonly string[],
  filledOn: readonly number[],
  averageWords: readonly number[],
): number | null {
  const column = fields.get('successMeasures')
  if (column === undefined) return null
  if (!milestoneHeader.test(normalizeHeader(headers[column] ?? ''))) return null
  if ((averageWords[column] ?? 0) < minNameWords) return null
  if (filledOn[column]! < Math.max(...filledOn)) return null
  return column
}
