import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { createImportIssue } from './createImportIssue'
import { imperativeWithTo } from './ownerAtStart'
import { isRoleOrBodyWord } from './ownersNamedAsSubject'

/** A plan needs at least this many actions opening "<role> to <verb>" for the shape to name owners. */
const minActions = 3
/** A role is named in at most this many words ("Co-Head teachers", "Teachers and Leaders", "RE lead"). */
const maxWords = 4

/** Roles a school's or a board's plan names in the plural, besides the body words of `isRoleOrBodyWord`. */
const pluralRoles =
  /^(?:teachers|leaders|governors|trustees|staff|managers|officers|heads|leads|coordinators|directors|members|teams|chairs|clerks|librarians|technicians|advisers|advisors)$/i

const capitalised = /^\p{Lu}[\p{L}'’&-]*$/u

/** The role an action opens with before "to" and a verb ("Office to collate …" → ["Office"]), else null. */
function roleBeforeTo(title: string): string[] | null {
  const match = /^(.{2,60}?) to ([a-z]{2,20})\s/.exec(title.slice(0, 120))
  if (match === null) return null
  const words = match[1]!.split(' ')
  if (words.length > maxWords || imperativeWithTo.has(words[0]!.toLowerCase())) return null
  if (!capitalised.test(words[0]!)) return null
  if (
    !words.every(
      (word) => capitalised.test(word) || word === 'and' || pluralRoles.test(word) || isRoleOrBodyWord(word),
    )
  )
    return null
  const last = words.at(-1)!
  if (!(isRoleOrBodyWord(last) || pluralRoles.test(last))) return null
  return match[1]!.split(' and ').map((name) => name.trim())
}

/**
 * The owners of actions that open with the role responsible, then "to" and a verb ("Office to collate a database of
 * …", "Teachers and Leaders to utilise …", "Co-Head teachers to ensure …"), as schools' equality objectives and
 * boards' plans list their actions, when the plan has no owners column and at least three of its actions open so:
 * one such line alone could be an instruction, but a list written that way names who does each. The role is up to
 * four words, the first capitalised and not an instruction's verb ("Continue to …", "Write to …"), the last a role
 * or a body ("lead", "Office", "teachers", "Leaders", "Committee"); "and" splits it into two owners. Only actions
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
