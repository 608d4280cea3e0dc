import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { createImportIssue } from './createImportIssue'
import { ownerAtStart, splitInitialsOwners } from './ownerAtStart'

/** A plan needs at least this many actions whose steps open with initials for the shape to name owners. */
const minActions = 3

/** A description that is nothing but initials ("JG", "AB + CD"): the person the step is left to. */
const initialsAlone = /^\p{Lu}{2,5}(?:(?: ?\+ ?| and | & |\/|, )\p{Lu}{2,5}){0,5}$/u

/** The owners the lines of a description name at their start ("AED + JK investigate …" → AED, JK), in order, once each. */
function ownersOfLines(description: string): string[] {
  const owners: string[] = []
  for (const line of description.split('\n')) {
    const names = ownerAtStart(line.trim(), 'initials-before-verb')
    if (names === null) continue
    for (const name of splitInitialsOwners(names)) if (!owners.includes(name)) owners.push(name)
  }
  return owners
}

/**
 * The owners of actions whose steps, written in the description beside a short title, open with the initials of
 * who takes them ("AED + JK investigate the markers", "DE talk to the advisers", "LTA (EA) query the courses",
 * "JS and Paul T to check …"), as planning tables and minutes keep a column of next steps: the names of every such
 * line, once each. A description that is only initials ("JG") names that person. When the plan has no owners column
 * and at least three actions' steps open so; one such line alone could be a sentence about an acronym. The words are
 * read by `ownerAtStart`'s `'initials-before-verb'` rules. Only actions with no owners of their own are given them.
 * Sets the owners in place; returns an info issue `owners-opening-steps` for each.
 *
 * @example
 * ownersOpeningStepLines(plan.actions, rows) // "AB check the rota" owned by AB, beside two more such steps
 */
export function ownersOpeningStepLines(actions: Action[], rows: readonly number[]): ImportIssue[] {
  const found = actions.map((action) => ownersOfLines(action.description ?? ''))
  const issues: ImportIssue[] = []
  if (found.filter((owners) => owners.length > 0).length < minActions) return issues
  actions.forEach((action, i) => {
    if (action.owners.length > 0) return
    const description = (action.description ?? '').trim()
    const owners =
      found[i]!.length > 0
        ? found[i]!
        : initialsAlone.test(description)
          ? splitInitialsOwners(description)
          : []
    if (owners.length === 0) return
    action.owners = owners
    const row = rows[i] ?? null
    issues.push(
      createImportIssue(
        'owners-opening-steps',
        'info',
        row,
        null,
        null,
        `The steps of the action on row ${row} open with ${owners.join(', ')}, as the plan's steps name who takes them, so it is owned by ${owners.join(', ')}. If that is wrong, add an owners column.`,
      ),
    )
  })
  return issues
}
