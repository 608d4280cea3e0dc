import { lookupMonth } from '../dates/lexicon'

// "February 2019", "Feb. 2019", "v9 February 2019": a month word, then a four-digit year. Bounded runs only.
const monthYear = /\b([A-Za-z]{3,9})\.?\s{1,3}((?:19|20)\d{2})\b/g

/** "2016-04-21", "2016 04 21" opening a title: the year, the month and the day. */
const isoDay = /^((?:19|20)\d{2})[- ](0[1-9]|1[0-2])[- ](?:0[1-9]|[12]\d|3[01])\b/

/**
 * The date a plan's title says it was written ("LGBT+ Action Plan v9 February 2019", "Equality Plan, updated
 * March 2021"): the first day of the first month and year named in it, the reference date that targets such
 * as "next September" or "by the summer" are read from. Null when the title names no month with a year.
 *
 * @example
 * readTitleDate('Race Action Plan v3 June 2022') // '2022-06-01'
 * readTitleDate('2016-04-21 Steering committee minutes') // '2016-04-01'
 */
export function readTitleDate(title: string | null): string | null {
  if (title === null || title.length > 200) return null
  // "2016-04-21 TSC minutes", "2016 04 21 Board notes": minutes and notes kept in repositories open with the
  // meeting's day, written year first.
  const yearFirst = isoDay.exec(title)
  if (yearFirst !== null) return `${yearFirst[1]}-${yearFirst[2]}-01`
  for (const match of title.matchAll(monthYear)) {
    const month = lookupMonth(match[1]!.toLowerCase(), false)
    if (month === null) continue
    return `${match[2]}-${String(month.month).padStart(2, '0')}-01`
  }
  return null
}
