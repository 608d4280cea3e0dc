import { parseTargetDate } from '../dates/parseTargetDate'

/** A sentence longer than this is not read (the patterns below stay linear either way). */
const maxSentenceLength = 600
/** The work of the plan as a whole: the sentence must say it is about these, not one task. */
const aboutTheWork = /\b(?:objectives|deliverables|actions|priorities|commitments|goals)\b/i
/** A commitment: "we will deliver", "the superintendent will develop". */
const commitment = /\bwill\s/i
/**
 * "between 2022-25", "in the period between 2022-25", "for the 2024-25 school year", "during 2023/24", "over
 * 2022-2025", "between 2022 and 2025": a span of years after a word that makes it the period of the work.
 * Bounded repetition, no nested quantifiers.
 */
const periodPhrase =
  /\b(?:between|during|over|for|in)\s{1,3}(?:the\s{1,3})?(?:period\s{1,3}(?:between\s{1,3}|of\s{1,3})?)?((?:19|20)\d{2}\s?[-–/]\s?(?:(?:19|20)\d{2}|\d{2})(?:\s{1,3}(?:school|academic|financial|fiscal)\s{1,3}year)?|(?:19|20)\d{2}\s{1,3}and\s{1,3}(?:19|20)\d{2})\b/i

/**
 * The period a sentence gives the whole plan's work, as written: "In the period between 2022-25, we will deliver
 * our objectives" → "2022-25"; "The superintendent will … address the district's equity objectives for the
 * 2024-25 school year" → "2024-25 school year". The sentence must commit ("will"), name the plan's work as a
 * whole ("objectives", "deliverables", "actions") and hold a span of years after "between", "for the", "during"
 * or "over" that reads as a date. Null otherwise (a single year, a span that names no period of work).
 *
 * @example
 * periodDeadline('In the period between 2022-25, we will deliver our objectives') // '2022-25'
 * periodDeadline('The plan was written in 2021-22 by the forum') // null
 */
export function periodDeadline(sentence: string): string | null {
  const text = sentence.slice(0, maxSentenceLength)
  if (!commitment.test(text) || !aboutTheWork.test(text)) return null
  const match = periodPhrase.exec(text)
  if (match === null) return null
  const phrase = match[1]!
  const date = parseTargetDate(phrase, {})
  return date.due !== null && date.confidence >= 0.5 ? phrase : null
}
