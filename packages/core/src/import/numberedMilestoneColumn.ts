import type { ColumnField } from './columnSynonyms'

/** The part of a column's profile this rule reads. */
interface Profile {
  readonly filled: number
  readonly listed: number
  readonly averageWords: number
}

/** The fields a "Milestone", "Measures" or "Details" header gives, which numbered sentences outrank. */
const weakerFields = ['successMeasures', 'description', 'notes'] as const

/** Most cells numbered ("7.1 Make the tool public"), as a plan numbers its own actions. */
const minListed = 0.6
/** Sentences, not a measure's few words ("Completion", "Number of engagements"). */
const minWords = 5

/**
 * The column of a table with no action column whose numbered sentences are the actions although its header gave it a
 * weaker field, else null. A federal or agency action plan puts each action's steps in a "Milestone" column ("7.1
 * Make the Algorithmic Assessment Tool publicly available") beside short "Measurement", "Reporting Mechanism",
 * "Target Date" and "Responsible Party" cells; "Milestone" reads as success measures, so without this the longest
 * free column (a reporting mechanism of three words) would be taken as the action. The column must be the one with
 * the most words a cell, most of its cells numbered, and average at least five words.
 *
 * @example
 * numberedMilestoneColumn(
 *   new Map([['successMeasures', 0]]),
 *   [{ filled: 4, listed: 1, averageWords: 9 }, { filled: 4, listed: 0, averageWords: 3 }],
 * ) // 0
 */
export function numberedMilestoneColumn(
  fields: ReadonlyMap<ColumnField, number>,
  profiles: readonly Profile[],
): { column: number; field: ColumnField } | null {
  for (const field of weakerFields) {
    const column = fields.get(field)
    if (column === undefined) continue
    const profile = profiles[column]!
    if (profile.listed < minListed || profile.averageWords < minWords) continue
    if (profiles.some((other, c) => c !== column && other.averageWords >= profile.averageWords)) continue
    return { column, field }
  }
  return null
}
