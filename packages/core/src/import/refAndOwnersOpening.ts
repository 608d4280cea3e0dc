import { isNamedOwner, ownerAtStart, workAfterOwnerColon } from './ownerAtStart'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import { splitJoinedNames } from './ownersInBrackets'

/** What an item's opening bracket gives: its code, the owners it names, and the item's text after them. */
export interface RefAndOwners {
  readonly ref: string
  /** The owners, as written, in the order given; [] when the bracket and the text name no one. */
  readonly owners: readonly string[]
  readonly text: string
}

/**
 * "(0611-1 - Ana, Raj) ", "(A008 - leads) ", "(A015) ": a round bracket opening the item, holding an action log's code
 * (letters and digits, at least one digit, dots and dashes inside) and, after a spaced dash, the owners. Group 1 is
 * the code, group 2 the owners. Anchored and bounded.
 */
const opening = /^\(([A-Za-z]{0,4}\d[\w.-]{0,11})(?:\s{1,3}[-–]\s{1,3}([^()]{1,80}))?\)\s{1,3}(?=\S)/

/** "2024-03-14", "2024-03": a date or a month in ISO form, which dates an item rather than codes it. */
const isoDate = /^\d{4}-\d{2}(?:-\d{2})?$/

/** "1999", "2025": a year alone, which says when, not which item. */
const yearAlone = /^(?:19|20)\d{2}$/

/** A bracket names at most this many owners, each in at most this many words. */
const maxOwners = 6
const maxOwnerWords = 3

/**
 * Whether a name in the bracket's owner place is an owner: a name as minutes write one ("Jean-Loup", "Eric", "TSC",
 * "all"), or a role or body in lower case, one or many ("leads", "chair").
 */
function isOwnerName(name: string): boolean {
  if (name === '' || name.split(' ').length > maxOwnerWords) return false
  if (isNamedOwner(name)) return true
  return /^\p{Ll}+$/u.test(name) && isRoleOrBodyWord(name.replace(/s$/, ''))
}

/**
 * The code and the owners an action log's item opens with in round brackets, as working groups' minutes keep their
 * action list: "(0611-1 - Eric, Nicolas) Finish the discussion" gives ref "0611-1", owners Eric and Nicolas, and the
 * text "Finish the discussion"; "(A015) All : Complete the use cases" gives the code alone in the bracket, the owner
 * before the colon after it ("All") and the text after the colon. A bracket holding a year or an ISO date dates the
 * item and is left alone, as is one whose part after the dash is not names ("(v2 - draft)"). Null when the item does
 * not open so.
 *
 * @example
 * refAndOwnersOpening('(0611-1 - Ana, Raj) Finish the review') // { ref: '0611-1', owners: ['Ana', 'Raj'], text: 'Finish the review' }
 * refAndOwnersOpening('(A015) All : Complete the use cases') // { ref: 'A015', owners: ['All'], text: 'Complete the use cases' }
 * refAndOwnersOpening('(2024) Review the policy') // null
 */
export function refAndOwnersOpening(item: string): RefAndOwners | null {
  const match = opening.exec(item)
  if (match === null) return null
  const ref = match[1]!
  if (isoDate.test(ref) || yearAlone.test(ref)) return null
  const rest = item.slice(match[0].length)
  if (match[2] !== undefined) {
    const owners = splitJoinedNames(match[2].trim()).map((name) => name.trim())
    if (owners.length > maxOwners || !owners.every(isOwnerName)) return null
    return { ref, owners, text: rest }
  }
  // "(A015) All : Complete …": the code alone, the owner named before a colon after it.
  const owner = ownerAtStart(rest, 'name-first')
  const work = owner === null ? null : workAfterOwnerColon(rest, owner)
  return owner === null || work === null
    ? { ref, owners: [], text: rest }
    : { ref, owners: [owner], text: work }
}
