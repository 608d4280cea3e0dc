import { lookupMonth, SEASONS } from '../dates/lexicon'

/**
 * Whether a short text is a date and nothing else: at most four words (split at spaces, commas, slashes and
 * hyphens), at least one holding a digit, each a number, a month ("Dec.") or a season ("Spring 2031"). Words that
 * mention a date ("Plan for 2026") are not one.
 *
 * @example
 * isDateAlone('2031-03-14') // true
 * isDateAlone('Dec. 2020') // true
 * isDateAlone('Plan for 2026') // false
 */
export function isDateAlone(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s,/-]+/)
    .filter((word) => word !== '')
  return (
    words.length > 0 &&
    words.length <= 4 &&
    words.some((word) => /\d/.test(word)) &&
    words.every((word) => {
      const bare = word.replace(/\.$/, '')
      return /^\d{1,4}(?:st|nd|rd|th)?$/.test(bare) || lookupMonth(bare, false) !== null || SEASONS.has(bare)
    })
  )
}
