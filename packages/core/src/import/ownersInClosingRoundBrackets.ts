import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { bracketAtEnd } from './bracketAtEnd'
import { FUNCTION_WORDS } from './functionWords'
import { giveOwners } from './giveOwners'
import { ownersInBrackets } from './ownersInBrackets'
import { isThingShaped } from './ownersOpeningActionItem'

/** A person's full name: a given name and a surname, each a capital and small letters ("Ruth Okafor"). */
const fullName =
  /^\p{Lu}\p{Ll}{1,20}(?:[-'’]\p{Lu}?\p{Ll}{1,20})? \p{Lu}\p{Ll}{1,20}(?:[-'’]\p{Lu}?\p{Ll}{1,20})?$/u

/** At least this many actions must close with a bracket of people's full names for the page to be read so. */
const minFullNamed = 3

/**
 * "infrastructure team", "Grants Committee", "web working group": a team named in one to four words, the last its
 * body word, the first no function word ("for the team", "see team page" are not teams).
 */
const teamName =
  /^[\p{L}&-]{1,24}(?: [\p{L}&-]{1,24}){0,2} (?:team|committee|group|subcommittee|sub-committee)$/iu

/** Whether a closing bracket's text names a team, as {@link teamName} reads it. */
function isTeamName(text: string): boolean {
  const first = text.slice(0, text.indexOf(' ')).toLowerCase()
  return teamName.test(text) && !FUNCTION_WORDS.includes(first) && !notTeamOpeners.has(first)
}

/** Words that open a remark about a team, not its name: "see", "with", "via", "for", "per". */
const notTeamOpeners: ReadonlySet<string> = new Set([
  'see',
  'with',
  'via',
  'for',
  'per',
  'to',
  'of',
  'not',
  'no',
])

/** The names an action's closing round bracket holds ("Book the hall (Ruth Okafor)", "(content team)"), or []. */
function closingNames(title: string): string[] {
  const bracket = bracketAtEnd(title.trim())
  if (bracket === null || bracket.shape !== '(' || bracket.open === 0) return []
  const inner = bracket.inner.trim()
  if (isTeamName(inner)) return [inner]
  const names = ownersInBrackets(`(${bracket.inner})`)
  // "(Health Centre)" names a place; a given name and a surname ("Dev Patel") is a person's, whatever it ends in.
  return names.every((name) => fullName.test(name) || !isThingShaped(name)) ? names : []
}

/**
 * Minutes that close each task with who took it on, in round brackets and by full name or team ("Send the flyer to
 * the printers (Ana Lima)", "Ask the library for a room (Tom Reed)", "Draft the call for papers (content team)"): on
 * a page where at least three ownerless actions close with a bracket of people's full names or of a team, every
 * ownerless action closing with a bracket of names is theirs. A round bracket says more about an item as often as
 * it names anyone ("agreed with the wardens (DW & PS)", "(Main Hall)"), so one or two such brackets name no one. Only for plans with no owners column. Sets the
 * owners in place; returns an info issue `owners-named-again` for each.
 *
 * @example
 * ownersInClosingRoundBrackets(plan.actions, rows) // "Book the hall (Ana Lima)" → owners ['Ana Lima']
 */
export function ownersInClosingRoundBrackets(actions: Action[], rows: readonly number[]): ImportIssue[] {
  const issues: ImportIssue[] = []
  const named = actions.map((action) => (action.owners.length > 0 ? [] : closingNames(action.title)))
  const fullNamed = named.filter(
    (names) => names.length > 0 && names.every((name) => fullName.test(name) || isTeamName(name)),
  )
  if (fullNamed.length < minFullNamed) return issues
  actions.forEach((action, i) => {
    const names = named[i]!
    if (names.length === 0) return
    const row = rows[i] ?? null
    issues.push(
      giveOwners(
        action,
        names,
        row,
        `The action on row ${row} closes with "(${names.join(', ')})", as other actions of the page close with who takes them on, so it is owned by ${names.join(', ')}.`,
      ),
    )
  })
  return issues
}
