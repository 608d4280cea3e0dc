import type { Action } from '../model/action'

/** " and ", " & ": the joiner an owner cell leaves inside one owner when it cannot tell two names apart. */
const joiner = /\s(?:and|&)\s/

/** "Lorna when she calls in", "Sam once back": a name, then a lower-case clause saying when or how. Bounded. */
const qualified = /^(\S.{0,60}?)\s(?:when|once|if|after|before|while|until|unless)\s\p{Ll}/u

/** A name alone is at most this long: longer owners are left as they are. */
const maxNameLength = 60

/**
 * Owners an owners column joins or qualifies, split or trimmed where the plan's other actions name the same people
 * alone, as a small group's action notes write its members' first names: "Taru and Natalie" beside actions owned by
 * "Taru" and by "Natalie" is two owners, and "Lorna when she calls into Library" beside one owned by "Lorna" is
 * Lorna's. Only names that own another action alone count, so a team's own name ("Estates and Facilities") stays
 * whole. Sets the owners in place.
 *
 * @example
 * ownersSeenAlone(plan.actions) // ['Taru and Natalie'] → ['Taru', 'Natalie'] beside actions of Taru and of Natalie
 */
export function ownersSeenAlone(actions: Action[]): void {
  const alone = new Set<string>()
  for (const action of actions) if (action.owners.length === 1) alone.add(action.owners[0]!)
  if (alone.size < 2) return
  for (const action of actions) {
    const owners: string[] = []
    for (const owner of action.owners) {
      for (const name of namesIn(owner, alone)) if (!owners.includes(name)) owners.push(name)
    }
    action.owners = owners
  }
}

/** The names one owner stands for, as the plan's other actions name them alone, else the owner as it is. */
function namesIn(owner: string, alone: ReadonlySet<string>): string[] {
  if (owner.length > maxNameLength) return [owner]
  const parts = owner.split(joiner).map((part) => part.trim())
  if (parts.length >= 2 && parts.every((part) => alone.has(part))) return parts
  const name = qualified.exec(owner)?.[1]?.trim()
  return name !== undefined && alone.has(name) ? [name] : [owner]
}
