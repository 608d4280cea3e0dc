import { hasText } from '../text/cleanCellText'
import type { ColumnProfile } from './assignColumns'
import { BULLET_MARKS } from './bulletMarks'
import type { ColumnField } from './columnSynonyms'
import type { ExtraColumn } from './mapColumns'

const bulleted = new RegExp(`^\\s*[${BULLET_MARKS}]\\s`)

/** The objective column reads as prose: at least this many words a cell on average. */
const minProseWords = 4

/**
 * A grid listed by its objectives ("Key Objectives | Actions to be taken and by whom | …") where some objectives
 * have no actions written yet: the objective column, left of the named action column, is filled on every row
 * that has actions, and the rows that have only an objective head nothing (no row with actions follows them), so
 * they are not section headings. A careful reader lists such a plan by its objectives: each row is one item,
 * titled by its objective, its steps the description. Returns the objective column's 0-based index, else null.
 *
 * @example
 * objectivesWithoutActions(fields, extra, body, profileOf, namesObjective) // 0 when "Key Objectives" is filled on every row
 */
export function objectivesWithoutActions(
  fields: ReadonlyMap<ColumnField, number>,
  extra: readonly ExtraColumn[],
  body: readonly (readonly string[])[],
  profileOf: (index: number) => ColumnProfile,
  namesObjective: (index: number) => boolean,
): number | null {
  const title = fields.get('title')
  if (title === undefined) return null
  for (const column of extra) {
    const objective = column.index
    if (objective >= title || !namesObjective(objective)) continue
    if (profileOf(objective).averageWords < minProseWords) continue
    let withActions = 0
    let alone = 0
    let headsActions = false
    for (let i = 0; i < body.length; i++) {
      const row = body[i]!
      const hasObjective = hasText(row[objective] ?? '')
      const hasAction = hasText(row[title] ?? '')
      if (hasAction && !hasObjective) return null
      if (hasAction) withActions++
      else if (hasObjective) {
        // A bulleted line under a row is that row's detail, not an objective of its own.
        if (bulleted.test(row[objective]!)) return null
        alone++
        if (hasText(body[i + 1]?.[title] ?? '')) headsActions = true
      }
    }
    if (withActions >= 1 && alone >= 1 && !headsActions) return objective
  }
  return null
}
