import { parseTargetDate } from '../dates/parseTargetDate'

/** A date phrase longer than this is not "By December 2023". */
const maxPhraseLength = 40

/**
 * The deadline an objective sentence opening with its date gives the work under it: "By December 2023, the County
 * Administrative Office … will develop and launch a framework" → "By December 2023". The sentence must open with
 * "By", a date phrase that reads as a date, a comma, and then say what "will" be done. Null otherwise.
 *
 * @example
 * objectiveDeadline('By December 2023, the Office will launch a framework for equity') // 'By December 2023'
 * objectiveDeadline('By working together, we will launch a framework') // null
 */
export function objectiveDeadline(sentence: string): string | null {
  const text = sentence.trim()
  if (!/^by\s/i.test(text)) return null
  const comma = text.indexOf(',')
  if (comma < 0 || comma > maxPhraseLength) return null
  if (!/\swill\s/i.test(text.slice(comma))) return null
  const phrase = text.slice(0, comma).trim()
  const date = parseTargetDate(phrase, {})
  // "By March 2032 March 2031": a deadline revised in place beside the one it replaced; the later date stands.
  const dated = date.kind === 'due' || (date.kind === 'multiple' && date.parts.length === 2)
  return date.due !== null && date.confidence >= 0.5 && dated ? phrase : null
}
