import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { createImportIssue } from './createImportIssue'

/**
 * Makes `owners` the action's owners (its `ownersText` the names joined by commas), and returns the info issue
 * `code` saying why (`reason`, a sentence) and how to undo it. The one way the readers that name an action's owner
 * after its row is read (a heading, a closing bracket, a name seen again) set it.
 *
 * @example
 * giveOwners(action, ['Ana Lima'], 4, 'The action on row 4 closes with "(Ana Lima)", so it is owned by Ana Lima.')
 * // action.owners → ['Ana Lima']; the issue's message ends "If that is wrong, add an owners column, …"
 */
export function giveOwners(
  action: Action,
  owners: readonly string[],
  row: number | null,
  reason: string,
  code = 'owners-named-again',
): ImportIssue {
  action.owners = [...owners]
  action.ownersText = owners.join(', ')
  return createImportIssue(
    code,
    'info',
    row,
    null,
    null,
    `${reason} If that is wrong, add an owners column, or force one with options.columns.`,
  )
}
