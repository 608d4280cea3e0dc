/** "Appoint an Executive Sponsor for race", "Name a champion": a call to put someone in a role; the role's head
 * noun is its last word before "for", "to", "of", "on" or the end. Anchored, bounded. */
const appointCall =
  /^(?:appoint|name|nominate|designate|identify|recruit)\s{1,3}(?:a|an|the|our)\s{1,3}((?:[A-Za-z-]{1,30}\s{1,3}){0,4}?[A-Za-z-]{2,30})(?:\s{1,3}(?:for|to|of|on|in)\b|$)/i

/** "The Vice-Chancellor is now …", "The Director of Operations has been appointed as …": who holds a role now, at
 * the start of a sentence. The subject is up to six capitalised words, "of", "for", "and" or "the" between them;
 * each part is bounded. */
const holdsRole =
  /^(?:[Tt]he\s{1,3})?((?:[A-Z][\w'’.-]{0,30}\s{1,3}(?:(?:of|for|and|the)\s{1,3})?){0,5}[A-Z][\w'’.-]{0,30})\s{1,3}(?:is\s{1,3}now|has\s{1,3}been\s{1,3}appointed|was\s{1,3}appointed|has\s{1,3}become|became)\b/

/**
 * Whether the prose under a call to appoint someone ("Appoint an Executive Sponsor for race") says the role is
 * filled ("The Vice-Chancellor is now the University's Executive Sponsor for race, …"): the first sentence opens
 * with who holds the role now and names the role's head noun ("Sponsor") in its first clause. Returns the holder,
 * the action's owner, or null when the call is no appointment or the prose does not say it was made.
 *
 * @example
 * appointmentMade('Appoint a champion for technicians', 'Dr Ade Cole is now our champion, and chairs the forum.')
 * // 'Dr Ade Cole'
 * appointmentMade('Appoint a champion for technicians', 'We are looking for a champion.') // null
 */
export function appointmentMade(call: string, prose: string): string | null {
  const role = appointCall.exec(call.trim())
  if (role === null) return null
  const holder = holdsRole.exec(prose.trim())
  if (holder === null) return null
  const head = role[1]!.split(/\s+/).at(-1)!.toLowerCase()
  const clause = prose
    .trim()
    .slice(holder[0].length, holder[0].length + 200)
    .split(/[,.;]/)[0]!
    .toLowerCase()
  return clause.split(/\s+/).includes(head) ? holder[1]! : null
}
