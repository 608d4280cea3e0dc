import { labelOf } from './labelOf'
import type { ListUnderLeadIn } from './listsUnderLeadIns'

/**
 * "Goals", "Initial Goals", "Our aim", "Overarching objectives", "Focal points of the strategy", "Areas of focus": a
 * label naming its list as the plan's goals or the areas it concentrates on (those perhaps naming whose: "… of
 * the plan"). "Objectives for the future" names work to come, and is no such label.
 */
const goalLabel =
  /^(?:(?:our|the|initial|overarching|overall|main|key|strategic|long[- ]term)\s+){0,2}(?:goals?|aims?|objectives?|(?:focal\s+points|focus\s+areas|areas\s+of\s+focus)(?:\s+(?:of|in)\s+[^:]{1,100})?)$/i
/** "The action plan has three overarching goals:", "We have set ourselves four aims:": a lead-in counting goals. */
const goalLeadIn =
  /\b(?:has|have|sets?\s+out|set\s+ourselves)\s+(?:[a-z-]{1,20}\s+){0,3}(?:goals?|aims?|objectives?)\s{0,3}:$/i
/** A lead-in is read up to this length. */
const maxLeadLength = 200

/** True when a list's lead-in or label names it as the plan's goals, aims or objectives. */
function isGoalList(list: ListUnderLeadIn): boolean {
  if (list.lead.length > maxLeadLength) return false
  return goalLabel.test(labelOf(list.lead)) || goalLeadIn.test(list.lead.trim())
}

/**
 * The lists a page names as its goals, aims or objectives ("Initial Goals", "Our aim", "The action plan has three
 * overarching goals:") when the page also lists work under other lead-ins or headings ("What we want to do in
 * future", "Key achievements include:", an owner's name): the goals are the outcomes that work serves, stated above
 * it, as strategy pages, charter award pages and divisional updates set them out, and a careful reader imports the
 * work. `kept` are the page's lists that no other rule left out; a goal list is returned only when one of them, not
 * itself a goal list, has two items or more. A page whose only lists are goals keeps them: there the goals are the
 * actions.
 *
 * @example
 * const table = [['Our aims'], ['- A fairer school'], ['- Happier staff'], ['What we will do'], ['- Run a staff survey'], ['- Train every governor']]
 * const lists = listsUnderLeadIns(table, 0)
 * goalListsBesideWork(lists).map((list) => list.lead) // ['Our aims']
 */
export function goalListsBesideWork(kept: readonly ListUnderLeadIn[]): readonly ListUnderLeadIn[] {
  const goals = kept.filter(isGoalList)
  if (goals.length === 0) return []
  const goalSet = new Set(goals)
  const work = kept.some((list) => !goalSet.has(list) && list.items.filter((item) => item !== '').length >= 2)
  return work ? goals : []
}
