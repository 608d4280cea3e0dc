import { imperativeWithTo, ownerAtStart } from './ownerAtStart'
import { instructionVerbs } from './ownersNamedAsSubject'

/** The topic label before the colon runs at most this many characters ("Rota for the tea urn"). */
const maxLabelLength = 60

/** After the owner: "to" or "will" and a word, as an item hands its work on. Anchored, bounded. */
const handsOn = /^ (?:to|will) (\p{Ll}{1,30})(?: (\p{L}{1,30}))?/u

/**
 * The owner an action point names after a topic label and its colon, as minutes list the actions from their last
 * meeting under the matters they belong to: "Parking: Ana Lee to write to the council" → "Ana Lee", "Hall hire:
 * Treasurer will pay the deposit" → "Treasurer". The label (at most 60 characters, opening with a capital, no
 * sentence's stop in it) is the topic, never the owner; the owner is read after it as {@link ownerAtStart} reads one
 * opening an item ("name-first"), and must be followed by "to" or "will" and the work in lower case. Work that opens
 * with an instruction's verb ("Ana: Write to the council", "Ana: Introduce Tom to the group") names no owner after
 * the colon: the name before it is the owner, read as before. A passive ("Members to be
 * reminded …", "Badges: To be reprinted") names who is acted on, not who acts: null, as for any other line.
 *
 * @example
 * ownerAfterTopicLabel('Parking: Ana Lee to write to the council') // 'Ana Lee'
 * ownerAfterTopicLabel('Parking: Members to be reminded to park away from the gate') // null
 * ownerAfterTopicLabel('Ana Lee: write to the council') // null
 */
export function ownerAfterTopicLabel(text: string): string | null {
  const colon = text.indexOf(': ')
  if (colon < 2 || colon > maxLabelLength) return null
  const label = text.slice(0, colon)
  if (!/^\p{Lu}/u.test(label) || /[.!?;:]/.test(label)) return null
  const rest = text.slice(colon + 2, colon + 240)
  const owner = ownerAtStart(rest, 'name-first')
  if (owner === null || !rest.startsWith(owner)) return null
  // "Ana: Write to the council", "Ana: Introduce Tom to the group": the work after a person's colon, no owner in it.
  const first = owner.split(' ', 1)[0]!.toLowerCase()
  if (instructionVerbs.has(first) || imperativeWithTo.has(first)) return null
  const link = handsOn.exec(rest.slice(owner.length))
  if (link === null) return null
  // "to be reminded", "will be asked": the owner named is acted on.
  if (link[1] === 'be' && link[2] !== undefined && /(?:ed|en)$/.test(link[2])) return null
  return owner
}
