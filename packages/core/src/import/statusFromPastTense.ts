import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { parseStatus } from '../status/parseStatus'
import { createImportIssue } from './createImportIssue'

const firstWord = /^[A-Za-z]{2,20}/

/** The plain forms a past tense may come from: "Received" ← receive, "Conducted" ← conduct, "Planned" ← plan. */
function plainForms(word: string): string[] {
  // "Proceed", "Exceed", "Embed" end in -ed without being a past tense.
  if (word.length < 5 || !word.endsWith('ed') || word.endsWith('eed') || word === 'embed') return []
  const stem = word.slice(0, -2)
  const forms = [word.slice(0, -1), stem]
  if (stem.endsWith('i')) forms.push(`${stem.slice(0, -1)}y`)
  if (stem.length >= 3 && stem.at(-1) === stem.at(-2)) forms.push(stem.slice(0, -1))
  return forms
}

/**
 * A timeline that writes what is still to do as instructions ("Receive the final report", "Conduct focus
 * groups") and what is done in the past tense ("Received the interim report", "Conducted a focus group")
 * reports each past-tense item complete. The plan must show the habit: at least one past tense of a verb that
 * opens another of its actions. Only actions with no status of their own are read; each one read is an info
 * issue `status-from-tense` on its row. Returns the issues; the actions' statuses are set in place.
 *
 * @example
 * statusFromPastTense(plan.actions, [4, 5, 6]) // issues for "Received …" when "Receive …" is also an action
 */
export function statusFromPastTense(actions: Action[], rows: readonly number[]): ImportIssue[] {
  const words = actions.map((action) => firstWord.exec(action.title)?.[0].toLowerCase() ?? '')
  const plain = new Set(words.filter((word) => plainForms(word).length === 0))
  const habit = words.some((word) => plainForms(word).some((form) => plain.has(form)))
  if (!habit) return []
  const issues: ImportIssue[] = []
  actions.forEach((action, i) => {
    if (plainForms(words[i]!).length === 0 || action.status.state !== 'unknown' || action.status.text !== '')
      return
    issues.push(
      readAsComplete(
        action,
        rows[i] ?? null,
        `is written in the past tense ("${words[i]}") where the plan's other actions are instructions`,
      ),
    )
  })
  return issues
}

/**
 * Sets the action complete because of how its title is worded, and returns the info issue `status-from-tense`
 * that says so on its row: "The action on row 4 " + `why` + ", so it was read as complete. …".
 *
 * @example
 * readAsComplete(action, 4, 'reports the work as done ("We have held")').code // 'status-from-tense'
 */
export function readAsComplete(action: Action, row: number | null, why: string): ImportIssue {
  action.status = parseStatus('Complete')
  return createImportIssue(
    'status-from-tense',
    'info',
    row,
    null,
    null,
    `The action on row ${row} ${why}, so it was read as complete. If it is not done, add a status column, or force one with options.columns.`,
  )
}
