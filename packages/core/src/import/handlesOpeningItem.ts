import { HANDLE } from './codeHostHandle'
import { reportingVerbs } from './ownerAtStart'

/**
 * Handles opening an item, joined by commas, "and" or "&", then the word after them (the verb). Group 1 is the
 * handles, group 2 the word. Anchored, each part bounded and a handle never holds a space or "@", so it cannot
 * backtrack without bound.
 */
const handlesLead = new RegExp(
  String.raw`^(${HANDLE}(?:,? {1,2}(?:(?:and|&) {1,2})?${HANDLE}){0,3}):? {1,2}(\p{L}[\p{L}'’-]{0,30})(?= \S)`,
  'u',
)

/** "@a, @b", "@a and @b", "@a & @b": what joins the handles. */
const joiner = /,? {1,2}(?:(?:and|&) {1,2})?/

/** Words after a handle that report what someone said, is or has, not work they take on ("@ana said …"): the
 * reporting verbs {@link ownerAtStart} knows, and thanks, which an item opening with a handle gives as often. */
const reportingWords: ReadonlySet<string> = new Set([...reportingVerbs, 'thanks', 'thanked'])

/**
 * The owners an item names by their user handles at its start, as makerspaces' and open-source teams' task lists on
 * forums and GitHub write who takes each job: the handles, then the work, whether the verb is written in lower case
 * or with a capital as a task's name ("@ana and @raj will update the aliases", "@raj Fix the door sensor"). Up to
 * four handles; the handles are kept as written, with their "@". An item whose handle is followed by a word reporting
 * what was said or is so ("@ana said the build is red", "@raj has the keys") names no one, nor does a handle inside
 * the item. Returns [] otherwise.
 *
 * @example
 * handlesOpeningItem('@raj Fix the door sensor') // ['@raj']
 * handlesOpeningItem('@ana and @raj will update the aliases') // ['@ana', '@raj']
 * handlesOpeningItem('@ana said the build is red') // []
 */
export function handlesOpeningItem(title: string): string[] {
  const text = title.trimStart().slice(0, 400)
  const match = handlesLead.exec(text)
  if (match === null || reportingWords.has(match[2]!.toLowerCase())) return []
  return match[1]!.split(joiner)
}
