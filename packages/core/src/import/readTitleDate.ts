import { lookupMonth } from '../dates/lexicon'

// "February 2019", "Feb. 2019", "v9 February 2019": a month word, then a four-digit year. Bounded runs only.
const monthYear = /\b([A-Za-z]{3,9})\.?\s{1,3}((?:19|20)\d{2})\b/g

/** "2016-04-21", "2016 04 21" opening a title: the year, the month and the day. */
const isoDay = /^((?:19|20)\d{2})[- ](0[1-9]|1[0-2])[- ](0[1-9]|[12]\d|3[01])\b/

/** "Plenum 2014-06-12 Minutes", "Board notes, 2016-04-21": a day written year first with dashes, anywhere in a title. */
const isoDayWithin = /(?:^|[\s(,])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=$|[\s),.:;])/

/**
 * The date a plan's title says it was written ("LGBT+ Action Plan v9 February 2019", "Equality Plan, updated
 * March 2021"): the first day of the first month and year named in it, the reference date that targets such
 * as "next September" or "by the summer" are read from. A title naming a whole day written year first, as minutes
 * are titled ("2016-04-21 TSC minutes", "Plenum 2014-06-12 Agenda/Minutes"), gives that day, so the minutes'
 * "tomorrow" and "this month" count from the meeting. Null when the title names no month with a year.
 *
 * @example
 * readTitleDate('Race Action Plan v3 June 2022') // '2022-06-01'
 * readTitleDate('2016-04-21 Steering committee minutes') // '2016-04-21'
 */
export function readTitleDate(title: string | null): string | null {
  if (title === null || title.length > 200) return null
  // "2016-04-21 TSC minutes", "2016 04 21 Board notes", "Plenum 2016-04-21": minutes and notes kept in repositories
  // name the meeting's day, written year first; their "tomorrow" is the day after it.
  const yearFirst = isoDay.exec(title) ?? isoDayWithin.exec(title)
  if (yearFirst !== null) return `${yearFirst[1]}-${yearFirst[2]}-${yearFirst[3]}`
  for (const match of title.matchAll(monthYear)) {
    const month = lookupMonth(match[1]!.toLowerCase(), false)
    if (month === null) continue
    return `${match[2]}-${String(month.month).padStart(2, '0')}-01`
  }
  return null
}
