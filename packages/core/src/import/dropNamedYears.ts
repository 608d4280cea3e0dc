import { parseTargetDate } from '../dates/parseTargetDate'

/**
 * A capitalised word, a space and a year: "Vision 2030", "Strategy 2030", "Horizon 2020", but also "December 2024"
 * and "Spring 2025", which the date check below keeps. Bounded, no nested quantifiers.
 */
const wordThenYear = /(\p{Lu}\p{Ll}{1,20}) ((?:19|20)\d{2})(?!\d|[-–/]\d)/gu
/** What may end the text before a sentence's first word: nothing, a stop, a bullet, a bracket or a quote. */
const sentenceStart = /(?:^|[.!?:;•(“"‘'–-])\s*$/

/**
 * A year that is part of a name in the middle of a sentence ("… the district's Vision 2030 Strategic Plan", "the
 * Board's Resolution and Vision 2030 objectives") says nothing of when the work is due: the year is dropped so
 * the rest of the text is read for dates alone. A year after a word that dates it ("December 2024", "Spring
 * 2025"), after an acronym ("REF 2021"), at the start of a sentence ("Launch 2024") or after a lower-case word
 * ("by 2024", "in 2025") is kept. Returns the text unchanged when it names no such year.
 *
 * @example
 * dropNamedYears('Align the workshop plan with the Vision 2030 strategy') // 'Align the workshop plan with the Vision strategy'
 * dropNamedYears('Publish the census by December 2024') // 'Publish the census by December 2024'
 */
export function dropNamedYears(text: string): string {
  if (!/(?:19|20)\d{2}/.test(text)) return text
  return text.replace(wordThenYear, (match, word: string, year: string, offset: number) => {
    if (sentenceStart.test(text.slice(Math.max(0, offset - 4), offset))) return match
    const named = parseTargetDate(match, {})
    const bare = parseTargetDate(year, {})
    const sameReading =
      named.due === bare.due && named.start === bare.start && named.precision === bare.precision
    return sameReading ? word : match
  })
}
