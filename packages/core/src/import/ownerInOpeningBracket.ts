import { parseTargetDate } from '../dates/parseTargetDate'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'

// "(by Steering Group): …", "(by plan management group) …", "(Lead: Housing Group) – …", "(led by the Clerk): …":
// the opening bracket names who acts. Bounded and anchored, so a long title fails fast.
const openingBracket = /^\((?:by|lead|led by|lead by)\s{0,3}:?\s{1,3}([^()]{2,80})\)\s{0,3}[:–—-]?/i
/** At most this many words are read as the owner's name. */
const maxWords = 8

/**
 * The owner a parish or neighbourhood plan's action names in a bracket right after its ref, when the table has no
 * owners column: "Action P1.1 (by Steering Group): set up a meeting …", "Action G2.1 (by plan management group):
 * scrutinise …", "Task 3 (Lead: Clerk): …". The title keeps the bracket as written; the owner is its name. A bracket
 * that gives a deadline ("(by March 2024)", "(by the end of term)") names no one. Returns [] otherwise.
 *
 * @example
 * ownerInOpeningBracket('(by Housing Group): begin a green spaces strategy') // ['Housing Group']
 * ownerInOpeningBracket('(by June 2025): begin a green spaces strategy') // []
 */
export function ownerInOpeningBracket(title: string): string[] {
  const match = openingBracket.exec(title)
  if (match === null) return []
  const name = match[1]!.trim().replace(/^the\s+/i, '')
  if (name === '' || /\d/.test(name) || name.split(/\s+/).length > maxWords) return []
  // "(by the end of the summer term)": a time, not a team.
  if (parseTargetDate(name).kind !== 'unknown' || /\bend\b/i.test(name)) return []
  return [name]
}

/** "(Project Manager) ", "(Head of Estates Team): ": a role's or a body's name in round brackets opening the
 * item, its words capitalised or "of", "and", "&". Anchored and bounded. */
const roleBracket =
  /^\(((?:[A-Z][A-Za-z'’-]{0,24}|of|and|&)(?: (?:[A-Z][A-Za-z'’-]{0,24}|of|and|&)){0,5})\)\s{0,3}[:–—-]?\s{0,3}(?=[A-Z][a-z])/

/**
 * The role a checklist's item names in round brackets before the work, with no "by" or "Lead:" ("(Project
 * Manager) Book the room for the review", "(Finance Office) Send the forms to every partner"): the role is the
 * owner and the work after the bracket the title. Read only when the bracket's last word names a role or a body
 * ({@link isRoleOrBodyWord}: "Manager", "Office", "Team"), as a round bracket opening a line more often holds a
 * letter, a remark or a state ("(a)", "(Optional)", "(New)"), and the work opens with a capital and has two words
 * or more. Returns null otherwise.
 *
 * @example
 * roleInOpeningBracket('(Project Manager) Book the room') // { owner: 'Project Manager', rest: 'Book the room' }
 * roleInOpeningBracket('(Optional) Book the room') // null
 */
export function roleInOpeningBracket(title: string): { owner: string; rest: string } | null {
  const match = roleBracket.exec(title.slice(0, 200))
  if (match === null) return null
  const owner = match[1]!
  const last = owner.slice(owner.lastIndexOf(' ') + 1)
  const rest = title.slice(match[0].length).trim()
  if (!isRoleOrBodyWord(last) || !rest.includes(' ')) return null
  return { owner, rest }
}
