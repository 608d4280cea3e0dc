import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { createImportIssue } from './createImportIssue'
import { ownerAtStart } from './ownerAtStart'

/** A plan needs at least this many actions opening "<role> to <verb>" for the shape to name owners. */
const minActions = 3

/** The role an action opens with before "to" and a verb ("Office to collate …" → ["Office"]), else null. */
function roleBeforeTo(title: string): string[] | null {
  return (
    ownerAtStart(title, 'role-named-last')
      ?.split(' and ')
      .map((name) => name.trim()) ?? null
  )
}

/**
 * The owners of actions that open with the role responsible, then "to" and a verb ("Office to collate a database of
 * …", "Teachers and Leaders to utilise …", "Co-Head teachers to ensure …"), as schools' equality objectives and
 * boards' plans list their actions, when the plan has no owners column and at least three of its actions open so:
 * one such line alone could be an instruction, but a list written that way names who does each. The role is read
 * by `ownerAtStart`'s `'role-named-last'` words (up to four words, the last a role or a body); "and" splits it into
 * two owners. Only actions
 * with no owners of their own are given one. Sets the owners in place; returns an info issue
 * `owners-opening-actions` for each.
 *
 * @example
 * ownersOpeningSeveralActions(plan.actions, rows) // "Office to collate …" owned by Office, beside two more such lines
 */
export function ownersOpeningSeveralActions(actions: Action[], rows: readonly number[]): ImportIssue[] {
  const roles = actions.map((action) => roleBeforeTo(action.title))
  const issues: ImportIssue[] = []
  if (roles.filter((role) => role !== null).length < minActions) return issues
  actions.forEach((action, i) => {
    const role = roles[i]
    if (role == null || action.owners.length > 0) return
    action.owners = role
    const row = rows[i] ?? null
    issues.push(
      createImportIssue(
        'owners-opening-actions',
        'info',
        row,
        null,
        null,
        `The action on row ${row} opens with "${role.join(' and ')} to …", as ${roles.filter((r) => r !== null).length} actions of the plan name who does them, so it is owned by ${role.join(', ')}. If that is wrong, add an owners column.`,
      ),
    )
  })
  return issues
}
