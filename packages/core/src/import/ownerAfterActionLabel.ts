import { ownerListJoiner } from './splitOwnerList'

/**
 * "… before the invoice is paid. ACTION: HARBOURSIGNS", "… ready before the summer fair. ACTION: RK": the minute-taker's
 * label closing a point, after its last sentence, with only the owners after it. Group 1 is the text before the
 * label, group 2 the owners. The owners hold no stop, colon or semicolon; every run is bounded.
 */
const closingLabel =
  /^([\s\S]{1,4000}?[.!?)"”])\s{1,6}ACTION\s{0,2}:\s{0,3}([^.:;!?\n]{1,60}?)\s{0,3}\.?\s{0,3}$/i

/**
 * "… the term dates. (Action: Gemma and Nick J)", "… the logins (Action: Simon, but not till May)": the same label in a
 * round bracket closing the point. Group 1 is the text before the bracket, group 2 what the bracket holds after the
 * label. The bracket holds no bracket, colon or semicolon; every run is bounded.
 */
const closingBracketLabel =
  /^([\s\S]{1,4000}?)\s{0,6}\(\s{0,2}ACTIONS?\s{0,2}:\s{0,3}([^():;\n]{1,80}?)\s{0,2}\)\s{0,3}\.?$/i

/** ", but not till May", ", when the quote is in": a remark after the owners, opening with a word in lower case. */
const remarkAfterOwners = /,\s{0,2}\p{Ll}/u

/** One owner after the label: initials or a word in capitals ("RK", "HARBOURSIGNS"), or one to three capitalised
 * words ("Jo Bell", "Treasurer"). */
const ownerName = /^(?:\p{Lu}[\p{Lu}\p{N}&-]{1,24}|\p{Lu}[\p{L}'’-]{1,20}(?: \p{Lu}[\p{L}'’-]{0,20}){0,2})$/u

/**
 * The owners a point of the minutes names after an "ACTION:" label that closes it, as committees' minutes tag each
 * bullet that asks for work ("The committee asked to see a proof of the sign. ACTION: HARBOURSIGNS"), and the point
 * without the label; null when the point does not close so, or what follows the label is not a name, initials or a
 * body in capitals (up to four of them, joined by "/", ",", "&" or "and"). The label may close the point in round
 * brackets ("Find out the term dates. (Action: Gemma and Nick J)"), a remark after the owners allowed ("(Action:
 * Simon, but not till May)").
 *
 * @example
 * ownerAfterActionLabel('The noticeboard can be ready next month. ACTION: RK') // { owners: ['RK'], rest: 'The noticeboard can be ready next month.' }
 * ownerAfterActionLabel('The gate sticks. ACTION: oil the hinges') // null
 */
export function ownerAfterActionLabel(title: string): { owners: string[]; rest: string } | null {
  if (title.length > 4100) return null
  const trimmed = title.trim()
  const match = closingLabel.exec(trimmed) ?? bracketed(trimmed)
  if (match === null) return null
  const owners = match[2]!.split(ownerListJoiner).map((name) => name.trim())
  if (owners.length > 4 || !owners.every((name) => ownerName.test(name))) return null
  return { owners, rest: match[1]!.trim() }
}

/** The point and its owners when a bracketed "(Action: …)" closes it, any remark after the owners cut. */
function bracketed(title: string): [string, string, string] | null {
  if (!title.endsWith(')') && !title.endsWith(').')) return null
  const match = closingBracketLabel.exec(title)
  if (match === null || match[1]!.trim() === '') return null
  const inner = match[2]!
  const remark = remarkAfterOwners.exec(inner)
  return [match[0], match[1]!, remark === null ? inner : inner.slice(0, remark.index)]
}
