import { parseStatus } from '../status/parseStatus'
import { FUNCTION_WORDS } from './functionWords'
import { lastSpacedDash } from './lastSpacedDash'

/** A checklist names at most this many people after an item's dash. */
const maxNames = 4

/** "bil", "Ana", "j.doe", "mrorz2": one word of letters (any alphabet), digits, dots, hyphens or underscores. */
const nameWord = /^\p{L}[\p{L}\p{N}._-]{0,24}$/u

/** "orz, bil", "bil / mrorz", "Ana & Raj", "Ana and Raj": where the names after the dash are split. Bounded. */
const joiner = /\s{0,3}(?:,|\/|&|\band\b)\s{0,3}/

const functionWords: ReadonlySet<string> = new Set(FUNCTION_WORDS)

/**
 * The people a checklist item names after its last spaced dash, as teams' packing and to-do lists write who brings
 * or does each thing ("Name badges - ana", "Extension cords - ana / raj", "Stickers - raj, ana"): one to four
 * one-word names or handles, in any case and alphabet, split at commas, slashes, "&" and "and". A tail that reads as a
 * status ("- done", "- in progress") or holds a function word or a longer phrase ("- see the notes") names no one:
 * []. The item's text is left as written; callers take the names only where several items of the list end so, as one
 * such tail alone may be a remark.
 *
 * @example
 * namesAfterDash('Extension cords - ana / raj') // ['ana', 'raj']
 * namesAfterDash('Review the policy - done') // []
 */
export function namesAfterDash(text: string): string[] {
  const at = lastSpacedDash(text)
  if (at <= 0) return []
  const tail = text.slice(at + 3).trim()
  if (tail === '' || tail.length > 80 || parseStatus(tail).state !== 'unknown') return []
  const names = tail.split(joiner)
  if (names.length > maxNames) return []
  for (const name of names) if (!nameWord.test(name) || functionWords.has(name.toLowerCase())) return []
  return names
}
