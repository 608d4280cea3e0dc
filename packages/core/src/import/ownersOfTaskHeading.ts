import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { giveOwners } from './giveOwners'
import { isNamedOwner } from './ownerAtStart'

/**
 * "Treasurer's tasks", "Jo Bell’s actions:", "The Secretary's to-do list": a heading naming whose list follows, the
 * owner (one to four capitalised words, "The" before a role allowed) before "'s" and a word for a list of work.
 * Group 1 is the owner. Bounded: linear in the heading.
 */
const taskHeading =
  /^(?:The\s)?(\p{Lu}[\p{L}.&-]{0,30}(?:\s\p{Lu}[\p{L}.&-]{0,30}){0,3})['’]s\s(?:tasks?|actions?|action\sitems?|action\spoints?|to-?dos?|to-?do\slist|jobs|duties|work\sitems|task\slist)\s?:?$/u

/** Words of time, not of people: "Next Week's tasks", "Today's actions", "Summer's jobs" name no owner. */
const timeWords =
  /^(?:today|tomorrow|tonight|yesterday|week|weekend|month|year|term|quarter|day|meeting|session|sprint|spring|summer|autumn|fall|winter|next|this|last|previous|weekly|monthly|daily)$/i

/**
 * The owner a heading names as whose list of work it heads ("Secretary's tasks", "Treasurer’s actions", "Jo Bell's
 * jobs"), or null. A heading naming a time ("This Week's tasks", "Today's actions") or no capitalised name ("our
 * tasks") names no one.
 *
 * @example
 * ownerOfTaskHeading("Treasurer's tasks") // 'Treasurer'
 * ownerOfTaskHeading("Next Week's tasks") // null
 */
export function ownerOfTaskHeading(heading: string): string | null {
  const text = heading.trim()
  if (text.length > 120) return null
  const owner = taskHeading.exec(text)?.[1]
  if (owner === undefined) return null
  if (owner.split(' ').some((word) => timeWords.test(word))) return null
  return isNamedOwner(owner) ? owner : null
}

/**
 * A page listing each person's or role's work under a heading naming whose it is ("Secretary's tasks" over "- Keep
 * the minutes book", "Treasurer’s actions:" over its items), as an organisation's running task list is kept:
 * each ownerless action under such a heading is that person's or role's. Only for plans with no owners column.
 * Sets the owners in place; returns an info issue `owners-from-heading` for each action given an owner.
 *
 * @example
 * ownersOfTaskHeading(plan.actions, rows) // "Renew the insurance" under "Treasurer's tasks" → owners ['Treasurer']
 */
export function ownersOfTaskHeading(actions: Action[], rows: readonly number[]): ImportIssue[] {
  const issues: ImportIssue[] = []
  const seen = new Map<string, string | null>()
  actions.forEach((action, i) => {
    if (action.owners.length > 0 || action.section === null) return
    let owner = seen.get(action.section)
    if (owner === undefined) {
      owner = ownerOfTaskHeading(action.section)
      seen.set(action.section, owner)
    }
    if (owner === null) return
    const row = rows[i] ?? null
    issues.push(
      giveOwners(
        action,
        [owner],
        row,
        `The action on row ${row} is listed under "${action.section}", so it is owned by ${owner}.`,
        'owners-from-heading',
      ),
    )
  })
  return issues
}
