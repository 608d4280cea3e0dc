import { collapseWhitespace } from '../text/cleanCellText'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'

/** A body's name as a heading is a few words: "Steering Committee", "Board of Trustees", "Staff". */
const maxWords = 4
/** A name's word: capitalised or an acronym. Never a sentence's lowercase word. */
const nameWord = /^[A-Z][A-Za-z'’&-]{0,30}$/
/** "of", "for", "and", "the", "&": the small words inside a body's name. */
const joiningWord = /^(?:of|for|and|the|&)$/
/** Bodies named by who they are rather than by a body noun: "Staff", "Trustees", "Volunteers". */
const memberWord = /^(?:staff|trustees|volunteers|members|governors|officers)$/i

/**
 * The body a heading names and nothing else ("Governing Committee", "Board of Trustees", "Staff"), or null: up to four
 * capitalised words whose last (or first, before "of") is a body's word. A theme ("Funding and growth") or a
 * sentence names none.
 *
 * @example
 * bodyNameHeading('Steering Committee') // 'Steering Committee'
 * bodyNameHeading('Board of Trustees') // 'Board of Trustees'
 * bodyNameHeading('Funding and growth') // null
 */
export function bodyNameHeading(line: string): string | null {
  const text = collapseWhitespace(line.slice(0, 80))
  const words = text.split(' ')
  if (text === '' || words.length > maxWords) return null
  for (const word of words) if (!nameWord.test(word) && !joiningWord.test(word)) return null
  if (joiningWord.test(words[0]!) || joiningWord.test(words.at(-1)!)) return null
  const last = words.at(-1)!
  const headFirst = words.length > 2 && words[1] === 'of' && isRoleOrBodyWord(words[0]!)
  return isRoleOrBodyWord(last) || memberWord.test(last) || headFirst ? text : null
}
