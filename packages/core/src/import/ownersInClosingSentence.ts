import { readOwnerCell } from './readOwnerCell'
import { readsAsOwnerList } from './readsAsOwnerList'

/** The closing sentence read runs at most this many characters ("Led by Ruth Okafor and the Hall Committee"). */
const maxSentenceLength = 80

/** "Led by ", "Lead: ": words that say the names after them lead the work. Anchored. */
const ledBy = /^(?:led by|lead(?:s|ing)?:?|owner:?|contact:?)\s{1,3}/i

/**
 * The owners an item names in a sentence of its own closing it, as a committee's list of its projects writes each
 * project and then who leads it: "Programs. Ana Lee and Tom Ode." → Ana Lee, Tom Ode; "New shed. Building
 * Committee." → Hall Committee; "Archive. Led by Ana Lee." → Ana Lee. The closing sentence (after the item's
 * first full stop and a space, at most 80 characters) must be names and nothing else: people's names, roles or
 * bodies as an owner column holds them, after "Led by" or not. One capitalised word alone ("Done.", "Ongoing.") is
 * no owner, nor is any sentence with ordinary words in it ("Residents asked for more."). Returns [] otherwise.
 *
 * @example
 * ownersInClosingSentence('Programs. Ana Lee and Tom Ode.') // ['Ana Lee', 'Tom Ode']
 * ownersInClosingSentence('Fix the gate. Done.') // []
 */
export function ownersInClosingSentence(title: string): string[] {
  const text = title.trim().replace(/\.$/, '')
  const stop = text.lastIndexOf('. ')
  if (stop < 1) return []
  const sentence = text.slice(stop + 2).trim()
  if (sentence === '' || sentence.length > maxSentenceLength || sentence.includes('. ')) return []
  const names = sentence.replace(ledBy, '')
  const reading = readsAsOwnerList(names)
  return reading === 'name' || reading === 'role' ? readOwnerCell(names) : []
}
