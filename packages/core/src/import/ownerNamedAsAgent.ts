import { isRoleOrBodyWord } from './isRoleOrBodyWord'

/** Small words inside a role's name: "Director of Estates and Facilities". */
const joiner = /^(?:of|and|&|for)$/
const capitalised = /^[A-Z][A-Za-z&'-]*$/
/** At most this many words after "by" are read as a role's name. */
const maxWords = 6

/**
 * The role an action names as its agent after a closing "by", when the table has no owners column: "Review the
 * forms by Technical Policy Writer." and "Staff to be approached by Manager." are done by that role. Only a name of
 * capitalised words (with "of", "and", "for" inside) that ends the action's first sentence and whose last word is a role or a body
 * ("Manager", "Writer", "Committee") is read, so a deadline ("by March", "by the end of term") never is. Returns []
 * otherwise.
 *
 * @example
 * ownerNamedAsAgent('Update the booking sheet by Workshop Manager.') // ['Workshop Manager']
 * ownerNamedAsAgent('Update the booking sheet by March.') // []
 */
export function ownerNamedAsAgent(title: string): string[] {
  // The action's first sentence: the agent closes it ("… by Technical Policy Writer. Finance to update …").
  const stop = title.search(/\.\s/)
  const text = (stop < 0 ? title : title.slice(0, stop)).trim().replace(/\.$/, '')
  const by = text.lastIndexOf(' by ')
  if (by < 0) return []
  const words = text.slice(by + 4).split(' ')
  if (words.length > maxWords || words.some((word) => word === '')) return []
  const named = words.every((word, i) => capitalised.test(word) || (i > 0 && joiner.test(word)))
  const last = words.at(-1)!
  return named && !joiner.test(last) && isRoleOrBodyWord(last) ? [words.join(' ')] : []
}
