import { isNamedOwner } from './ownerAtStart'

/** "Thibaud - ", "Steve, Thibaud – ", "All — ": up to 60 characters with no dash, a dash between spaces (or after
 * the last name directly), then the work. Group 1 is the names, group 2 the work. Anchored and bounded. */
const namesThenDash = /^([^-–—:]{1,60}?)\s{0,2}[-–—]{1,2}\s{1,3}(\S.*)$/s

/**
 * The owners a team's notes write before a spaced dash at an item's start, and the work after it: "Thibaud -
 * Prepare a PR" → Thibaud, "Prepare a PR"; "Steve, Thibaud - To propose …" → Steve, Thibaud; "All - review the
 * libraries" → All. Each name (split at commas, "and", "&" and slashes) must be a person's or a group's name
 * ({@link isNamedOwner}); null when the item does not open so ("Outreach and training - a review" names a topic, and
 * a sentence's own dash comes after more than a few names).
 *
 * @example
 * ownersBeforeDash('Ana, Ben - Book the hall') // { owners: ['Ana', 'Ben'], rest: 'Book the hall' }
 * ownersBeforeDash('Book the hall - soon') // null
 */
export function ownersBeforeDash(text: string): { owners: string[]; rest: string } | null {
  const match = namesThenDash.exec(text.slice(0, 2000))
  if (match === null) return null
  const owners = match[1]!
    .split(/,\s{0,2}|\s(?:and|&)\s|\//)
    .map((name) => name.trim())
    .filter((name) => name !== '')
  if (owners.length === 0 || !owners.every((name) => isNamedOwner(name) && !name.includes(' '))) return null
  return { owners, rest: match[2]! }
}
