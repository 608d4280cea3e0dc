import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { giveOwners } from './giveOwners'
import { agreesWithOneName, imperativeWithTo, personTaskedBeforeTo } from './ownerAtStart'
import { instructionVerbs } from './ownersNamedAsSubject'
import { clauseOpenings } from './ownersOpeningActionItem'

/**
 * A step that opens with a name the plan's other steps give as their owner, without the colon they write after
 * it ("School District hosts 2nd planning meeting" beside "School District: hosts 1st planning meeting"), as a
 * timeline typed by hand drops a colon now and then: the name owns it too, when a verb agreeing with it follows
 * ("hosts", "prepares"). Minutes' action tables do the same with "will" and "to": "Hudson to check in with the
 * fund" beside "Hudson will pay out the requests" is Hudson's, and so is "Hudson send the invoices", the "will" dropped
 * before an instruction's verb (a name given before a colon is not read so). Only
 * names already read as owners of other actions of the plan (before a colon or "will"), and only for actions with
 * no owners of their own. Sets the owners in place; returns an info issue `owners-named-again` for each.
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
  namesKnownBeforeTo(actions, rows, issues)
  if (named.size === 0) return issues
  // Whether an owner named before "will" is named before "to" too: the minute-taker's shorthand (on an action
  // already read as that owner's, or on one this pass gives them).
  let shorthand = actions.some((action) => {
    const owner = action.owners.length === 1 ? action.owners[0]! : ''
    return (
      namedWithWill.has(owner) && action.title.startsWith(`${owner} `) && toAfterOwner(action.title, owner)
    )
  })
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
      const before = verb === 'to' && namedWithWill.has(owner) && toAfterOwner(action.title, owner)
      // "KLM send the draft …" beside "KLM will price …": the minute-taker's shorthand drops the "will".
      const shorthandVerb = namedWithWill.has(owner) && verb !== undefined && instructionVerbs.has(verb)
      if (verb === undefined || (!before && !shorthandVerb && !agreesWithOneName(verb))) continue
      if (before) shorthand = true
      const row = rows[i] ?? null
      issues.push(
        giveOwners(
          action,
          [owner],
          row,
          `The action on row ${row} opens with "${owner}", whom other actions of the plan name as their owner, so it is owned by ${owner} too.`,
        ),
      )
      break
    }
  })
  if (shorthand) nameBeforeToRepeated(actions, rows, issues)
  return issues
}

/**
 * In minutes whose owners are written before "to" as well as before "will" ("Hudson will pay …", "Hudson to check
 * …"), a single capitalised word that opens two or more ownerless actions before "to" and a verb ("Tim to create
 * …", "Tim to follow up …") is a person the minute-taker named the same way (an action already read as that
 * person's counts among them), when the word is not a verb that
 * opens an instruction and takes "to" ("Continue to …", "Write to …"). One such item alone names no one: an
 * imperative and a first name look the same.
 */
function nameBeforeToRepeated(actions: Action[], rows: readonly number[], issues: ImportIssue[]): void {
  const opened = new Map<string, number[]>()
  actions.forEach((action, i) => {
    // "Tim to create …": one capitalised word, then "to" and a verb in lower case, the line going on after it.
    const name = personTaskedBeforeTo(action.title.slice(0, 60), 'space')?.name
    if (name === undefined || imperativeWithTo.has(name.toLowerCase())) return
    // An action already given to the name it opens with ("Tim to create …" read as Tim's) counts as one of them.
    if (action.owners.length > 0 && (action.owners.length !== 1 || action.owners[0] !== name)) return
    const at = opened.get(name)
    if (at === undefined) opened.set(name, [i])
    else at.push(i)
  })
  for (const [name, at] of opened) {
    if (at.length < 2) continue
    for (const i of at) {
      if (actions[i]!.owners.length > 0) continue
      const row = rows[i] ?? null
      issues.push(
        giveOwners(
          actions[i]!,
          [name],
          row,
          `The action on row ${row} opens with "${name} to …", as ${at.length} actions of these minutes do, whose other owners are named before "to" too, so it is owned by ${name}.`,
        ),
      )
    }
  }
}

/**
 * A one-word name the plan's other actions already give as their owner (read from any wording: "Ana and Tom to
 * …", "Ana will …"), opening the ownerless action or a clause of it before "to" and an instruction's verb
 * ("Ana to ask the caretaker …", "Hall: Ana to ask the caretaker …"), owns that action too: minutes name the same
 * people the same way, and a name already known is no imperative. Every such name of the action owns it.
 */
function namesKnownBeforeTo(actions: Action[], rows: readonly number[], issues: ImportIssue[]): void {
  const known = new Set<string>()
  for (const action of actions)
    for (const owner of action.owners) if (/^[A-Z][a-z'’-]{1,20}$/.test(owner)) known.add(owner)
  if (known.size === 0) return
  actions.forEach((action, i) => {
    if (action.owners.length > 0) return
    const names: string[] = []
    for (const start of [0, ...clauseOpenings(action.title)]) {
      // "Ana to ask …": one capitalised word, then "to" and a word in lower case, opening a clause.
      const tasked = personTaskedBeforeTo(action.title.slice(start, start + 60), 'word')
      if (tasked === null || !known.has(tasked.name) || !instructionVerbs.has(tasked.verb)) continue
      if (!names.includes(tasked.name)) names.push(tasked.name)
    }
    if (names.length === 0) return
    const row = rows[i] ?? null
    issues.push(
      giveOwners(
        action,
        names,
        row,
        `The action on row ${row} names ${names.join(' and ')} before "to …", whom other actions of the plan name as their owner, so it is owned by ${names.join(', ')}.`,
      ),
    )
  })
}

/** The text up to its first space ("Clerk" of "Clerk circulates …"), or all of it. */
function firstWord(text: string): string {
  const space = text.indexOf(' ')
  return space < 0 ? text : text.slice(0, space)
}

/** Whether "to" and a verb in lower case follow the owner a title opens with ("Hudson to check …"), the line going
 * on after the verb. */
function toAfterOwner(title: string, owner: string): boolean {
  return /^ to [a-z]{2,20}\s/.test(title.slice(owner.length, owner.length + 30))
}
