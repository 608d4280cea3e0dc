import { hasText } from '../text/cleanCellText'
import { isInstruction } from './isInstruction'
import { isSentence } from './isSentence'
import { FUNCTION_WORDS } from './functionWords'

/** "Publish", "Review": a capitalised word of letters, the shape of an instruction's verb. */
const openingWord = /^([A-Z][a-z]{1,15})\s/

/** Words that open a note, a heading or a statement, never an instruction: "This plan …", "Last updated …". */
const notVerbs: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  'after',
  'although',
  'before',
  'during',
  'following',
  'since',
  'unless',
  'until',
  'for',
  'further',
  'last',
  'more',
  'next',
  'note',
  'of',
  'please',
  'see',
  'source',
  'the',
  'to',
  'with',
])

/**
 * Whether a lone line in the action column, right below an action and with no filled row after it, is the plan's
 * last action rather than a heading: a heading names the rows below it, and there are none. Read so only when the
 * line reads as an instruction ("Publish regular updates on the website.": a capitalised verb, then a sentence or a
 * verb and its object), as an action plan's last row with its date cell still empty is; a closing note ("This plan
 * will be reviewed each year.", "Last updated May 2021") is not one.
 *
 * @example
 * lastLineAfterActions([['Run a survey', 'May'], ['Publish regular updates on the museum website.', '']], 1) // true
 */
export function lastLineAfterActions(rows: readonly (readonly string[])[], index: number): boolean {
  for (let later = index + 1; later < rows.length; later++) if (rows[later]!.some(hasText)) return false
  const text = (rows[index]!.find(hasText) ?? '').trim().replace(/\s+/g, ' ')
  const word = openingWord.exec(text)
  if (word === null || notVerbs.has(word[1]!.toLowerCase()) || /(?:ing|ed|s)$/.test(word[1]!)) return false
  return isSentence(text) || isInstruction(text)
}
