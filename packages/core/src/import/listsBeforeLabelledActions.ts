import type { ListUnderLeadIn } from './listsUnderLeadIns'
import { loneText } from './listsUnderLeadIns'

/** "Action 1", "Action 2b:", "ACTION 12.": a label line naming the action written on the line below it. Bounded. */
const actionLabel = /^action\s{1,3}\d{1,3}[a-z]?\s{0,3}[:.]?$/i
/** One label could be a heading; two or more number the plan's actions. */
const minLabels = 2

/**
 * On a page that labels each of its actions on a line of its own ("Action 1", "Action 2", each over the action's
 * text), the bulleted or numbered lists above the first label: the commitments, principles or aims the page opens
 * with ("We commit to:" over "• tackle the barriers colleagues face"), before the plan sets out its numbered work.
 * A careful reader takes the labelled actions as the plan, as government race action plans and council climate plans
 * write them. Lists below the first label (the steps of an action) are left to the other rules. Returns none when
 * fewer than two lone lines are such labels.
 *
 * @example
 * const table = [['We commit to:'], ['• listen to staff'], ['Action 1'], ['We will run a survey.'], ['Action 2'], ['We will publish it.']]
 * listsBeforeLabelledActions(listsUnderLeadIns(table, 0), table).map((list) => list.lead) // ['We commit to:']
 */
export function listsBeforeLabelledActions(
  lists: readonly ListUnderLeadIn[],
  table: readonly (readonly string[])[],
): readonly ListUnderLeadIn[] {
  let first = -1
  let labels = 0
  for (let index = 0; index < table.length && labels < minLabels; index++) {
    const text = loneText(table[index]!)
    if (text === null || text.length > 20 || !actionLabel.test(text)) continue
    if (first < 0) first = index
    labels++
  }
  if (labels < minLabels) return []
  return lists.filter((list) => list.rows[list.rows.length - 1]! < first)
}
