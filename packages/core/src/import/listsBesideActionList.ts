import { hasText } from '../text/cleanCellText'
import { labelOf } from './labelOf'
import type { ListUnderLeadIn } from './listsUnderLeadIns'

/** The kinds of list that say what the work is for or how it is measured, never the work itself. */
const aimWord =
  '(?:(?:key|expected|desired|intended|strategic|our)\\s+)?(?:goals?|aims?|outcomes?|objectives?|targets?|measures?(?:\\s+of\\s+success)?|(?:success|target)\\s+(?:measures?|criteria|indicators?)|kpis?|key\\s+performance\\s+indicators?|performance\\s+indicators?|indicators?|impacts?|results?|monitoring|evaluation|review)'
/** "Goals", "Measures:", "Targets and Objectives", "Outcomes / Measures", "Objective 1:". */
const aimLabel = new RegExp(`^${aimWord}(?:\\s*(?:and|&|/|,)\\s*${aimWord})*(?:\\s+\\d{1,2})?$`, 'i')
/** "How we will measure performance", "How we will measure success": the measures, said as a question answered. */
const measureLabel = /^how\s+(?:we|will\s+we)\s+(?:will\s+)?(?:measure|monitor|track|know)\b/i

/**
 * "By 2023 we aim to have...", "Over the next year we will:", "We will:": a lead-in promising what the writers will do
 * or have done by a date, trailing off (a colon or an ellipsis) into the list of that work. At most 80 characters;
 * anchored, with bounded runs, so it cannot backtrack.
 */
const promisedWorkLeadIn =
  /^(?:(?:by|before|over|during|in|within)\s[^,:.…]{1,40}?,?\s)?we\s(?:will|shall|aim\sto|plan\sto|intend\sto|are\sgoing\sto|commit\sto)\b[^:.…]{0,40}(?::|\.{2,3}|…)$/i

/** "Actions", "Key Action Areas", "Activities including timescale", "What we will do": the label of the work itself. */
const actionsLabel =
  /^(?:(?:key|our|planned|proposed|agreed|priority)\s+)?(?:actions?(?:\s+areas?)?|activities|steps|tasks|what\s+we\s+will\s+do)(?:\s+(?:including|with|and)\s+(?:timescales?|timeframes?|dates?|deadlines?|owners?|leads?|responsibilit(?:y|ies)))?$/i
/**
 * "Strategies", "Priorities", "Commitments": the actions when nothing else is, the aims they serve beside a list
 * labelled "Actions".
 */
const broadLabel =
  /^(?:(?:key|our|planned|proposed|agreed)\s+)?(?:strateg(?:y|ies)|priorities|initiatives|interventions|commitments)$/i

/**
 * True when a label (see {@link labelOf}) only names a kind of list: goals, aims, outcomes, targets or measures
 * ("Targets and Objectives", "Objective 1"), or the actions ("Key Action Areas", "Strategies").
 *
 * @example
 * isListKindLabel('Targets and Objectives') // true
 * isListKindLabel('Set targets for recruitment') // false
 */
export function isListKindLabel(label: string): boolean {
  return aimLabel.test(label) || actionsLabel.test(label) || broadLabel.test(label)
}

/**
 * The lists that a label line names as goals, aims, outcomes, targets or measures ("Goals", "Aims", "Measures",
 * "Success measures", "Target criteria", "Targets and Objectives", "Objective 1:") on a page where another label line names the
 * actions ("Strategies", "Actions", "Key Action Areas", "Activities including timescale:", "Priorities"): the
 * actions are the named list, the others say what the work is for or how it will be measured, as strategy and
 * workforce race equality pages, gender equality plans, accessibility plans and climate plans lay them side by
 * side. Beside a list labelled "Actions", lists labelled "Commitments", "Priorities" or "Strategies" are the aims
 * the actions serve. A page with no line naming its actions (a label line, or the header of the action column)
 * keeps every list: there the goals or objectives may well be the actions.
 *
 * @example
 * const table = [['Goals'], ['- A diverse workforce'], ['Strategies'], ['- Use diverse panels']]
 * listsBesideActionList(listsUnderLeadIns(table, 0), table).map((list) => list.lead) // ['Goals']
 */
export function listsBesideActionList(
  lists: readonly ListUnderLeadIn[],
  table: readonly (readonly string[])[],
): readonly ListUnderLeadIn[] {
  // Whether any list could be kept, whatever the page's labels say: most pages have none, and the walk below that
  // reads every line's label is then not needed.
  if (!lists.some((list) => keptBesideActionList(list, true))) return []
  // The labels of the lone lines: whether one names the actions, and whether one is a broad label. Read in one
  // pass that keeps no label, as every row of a long page is looked at.
  let actionsLabelled = false
  let broadLabelled = false
  for (const row of table) {
    let lone: string | null = null
    let filled = 0
    for (const cell of row) {
      if (!hasText(cell)) continue
      if (++filled > 1) break
      lone = cell
    }
    if (filled !== 1) continue
    const label = labelOf(lone!)
    if (!actionsLabelled && actionsLabel.test(label)) actionsLabelled = true
    if (!broadLabelled && broadLabel.test(label)) broadLabelled = true
    if (actionsLabelled && broadLabelled) break
  }
  // The label may sit above the body, read as the header of the action column; a lead-in promising the work
  // ("By 2023 we aim to have...") over a list names that list as the actions too.
  const actions =
    actionsLabelled ||
    lists.some(
      (list) =>
        list.lead.length <= 80 &&
        promisedWorkLeadIn.test(list.lead) &&
        // "2. Targets" over "By 2030 we aim to reach:": the promise is a target, not the work.
        (list.heading === null || !aimLabel.test(labelOf(list.heading))),
    )
  if (!actions && !broadLabelled) return []
  return lists.filter((list) => keptBesideActionList(list, actions))
}

/** Whether `list` is one of the aims beside the action list, given whether the page names its actions. */
function keptBesideActionList(list: ListUnderLeadIn, actions: boolean): boolean {
  const label = labelOf(list.lead)
  if (aimLabel.test(label) || (actions && broadLabel.test(label))) return true
  // "How we will measure performance" over its measures, beside the list of the work.
  if (actions && measureLabel.test(label)) return true
  // "4. Targets and Objectives" over "The plan aims to achieve the following:".
  return list.heading !== null && aimLabel.test(labelOf(list.heading))
}
