import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { createImportIssue } from './createImportIssue'
import { agreesWithOneName } from './ownerAtStart'

/**
 * A step that opens with a name the plan's other steps give as their owner, without the colon they write after
 * it ("School District hosts 2nd planning meeting" beside "School District: hosts 1st planning meeting"), as a
 * timeline typed by hand drops a colon now and then: the name owns it too, when a verb agreeing with it follows
 * ("hosts", "prepares"). Minutes' action tables do the same with "will" and "to": "Hudson to check in with the
 * fund" beside "Hudson will pay out the requests" is Hudson's (a name given before a colon is not read so). Only names already read as owners of other actions
 * of the plan (before a colon or "will"), and only for actions with no owners of their own. Sets the owners in place; returns an info issue `owners-named-again` for each.
 *
 * @example
 * ownerNamedAgain(plan.actions, rows) // one issue, when "School District hosts …" follows "School District: hosts …"
 */
export function ownerNamedAgain(actions: Action[], rows: readonly number[]): ImportIssue[] {
  const named = new Set<string>()
  // Names written "Hudson will …": their "Hudson to …" lines are the same minute-taker's shorthand.
  const namedWithWill = new Set<string>()
  for (const action of actions) {
    if (action.owners.length !== 1) continue
    const owner = action.owners[0]!
    if (action.title.startsWith(`${owner}:`)) named.add(owner)
    else if (action.title.startsWith(`${owner} will `)) {
      named.add(owner)
      namedWithWill.add(owner)
    }
  }
  const issues: ImportIssue[] = []
  if (named.size === 0) return issues
  // Owners by their first word: a step is checked only against the owners its own first word can open (a plan of
  // many owners, each named by a step or two, is read in one pass, not every step against every owner).
  const byFirstWord = new Map<string, string[]>()
  for (const owner of named) {
    const key = firstWord(owner)
    const owners = byFirstWord.get(key)
    if (owners === undefined) byFirstWord.set(key, [owner])
    else owners.push(owner)
  }
  actions.forEach((action, i) => {
    if (action.owners.length > 0) return
    for (const owner of byFirstWord.get(firstWord(action.title)) ?? []) {
      if (!action.title.startsWith(`${owner} `)) continue
      const verb = /^[a-z]{2,20}(?=\s)/.exec(action.title.slice(owner.length + 1, owner.length + 30))?.[0]
      // "Hudson to check …" beside "Hudson will pay …": minutes write an owner before "to" too.
      const before =
        verb === 'to' &&
        namedWithWill.has(owner) &&
        /^ to [a-z]{2,20}\s/.test(action.title.slice(owner.length, owner.length + 30))
      if (verb === undefined || (!before && !agreesWithOneName(verb))) continue
      action.owners = [owner]
      action.ownersText = owner
      const row = rows[i] ?? null
      issues.push(
        createImportIssue(
          'owners-named-again',
          'info',
          row,
          null,
          null,
          `The action on row ${row} opens with "${owner}", whom other actions of the plan name as their owner, so it is owned by ${owner} too. If that is wrong, add an owners column, or force one with options.columns.`,
        ),
      )
      break
    }
  })
  return issues
}

/** The text up to its first space ("Clerk" of "Clerk circulates …"), or all of it. */
function firstWord(text: string): string {
  const space = text.indexOf(' ')
  return space < 0 ? text : text.slice(0, space)
}
