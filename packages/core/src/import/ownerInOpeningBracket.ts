import { parseTargetDate } from '../dates/parseTargetDate'

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
