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
  const stop = title.search(/(?<!\b(?:etc|e\.g|i\.e))\.\s/)
  const text = (stop < 0 ? title : title.slice(0, stop)).trim().replace(/\.$/, '')
  const by = text.lastIndexOf(' by ')
  if (by < 0) return []
  const words = text.slice(by + 4).split(' ')
  if (words.length > maxWords || words.some((word) => word === '')) return []
  const named = words.every((word, i) => capitalised.test(word) || (i > 0 && joiner.test(word)))
  const last = words.at(-1)!
  if (named && !joiner.test(last) && isRoleOrBodyWord(last)) return [words.join(' ')]
  // "… will be managed by Veronica Burns": a passive's agent named in full is a person doing the work.
  return named && passiveBy.test(text.slice(Math.max(0, by - 40), by + 4)) ? peopleNamed(words) : []
}

/** "will be managed by", "is covered by", "to be organised by": a passive whose agent follows. Bounded, anchored at
 * the end. */
const passiveBy =
  /\b(?:be|been|is|are)\s(?:[a-z]{2,20}ed|done|run|led|kept|held|taken|overseen|written)\sby\s$/

/** A person's name in full: a first name and a surname, each capitalised, no month or day. */
const fullName = /^[A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20}){1,2}$/
const calendarWord =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Winter|Christmas|Easter|Term)$/

/**
 * The people a passive's agent names: "Glyn Platt" → Glyn Platt; "Kath and Keith Worsley" → Kath, Keith Worsley (a
 * first name, then a full name sharing its surname's place). Every name must be in full but a leading first name
 * joined by "and"; a month or a day word names no one. Else [].
 */
function peopleNamed(words: readonly string[]): string[] {
  if (words.some((word) => calendarWord.test(word))) return []
  const text = words.join(' ')
  const parts = text.split(/ (?:and|&) /)
  if (parts.length === 1) return fullName.test(text) ? [text] : []
  if (parts.length !== 2) return []
  const [first, second] = parts as [string, string]
  return fullName.test(second) && (fullName.test(first) || /^[A-Z][a-z'’-]{1,20}$/.test(first))
    ? [first, second]
    : []
}
