import { parseTargetDate } from '../dates/parseTargetDate'
import { MONTHS, SEASONS, WEEKDAYS } from '../dates/lexicon'
import type { DateContext, TargetDate } from '../model/targetDate'

/** A heading longer than this is a sentence, never a period alone ("3e trimestre : octobre 2031 à décembre 2031"
 * is not). */
const maxLength = 48
/** Words a period is written with besides month and season names: "Spring Term 2021", "Early to mid 2022". */
const periodWords: ReadonlySet<string> = new Set([
  // "2018 Q3", "Q1 2024": a quarter written short.
  'q',
  'term',
  'semester',
  'quarter',
  'year',
  'academic',
  'financial',
  'fiscal',
  'and',
  'to',
  'through',
  'until',
  'end',
  // "Middle of February 2031", "Start of 2031", "Beginning of March 2031": a roadmap's phase headings.
  'middle',
  'start',
  'beginning',
  'of',
  'early',
  'mid',
  'late',
  'by',
  // A French plan's quarter or half-year heading: "3e trimestre : octobre 2031 à décembre 2031", "1er semestre 2031".
  'trimestre',
  'semestre',
  'e',
  'er',
  'ème',
  'à',
  'au',
  // "Wednesday November 2nd": a day's ordinal ending.
  'st',
  'nd',
  'rd',
  'th',
])

/** A last word naming what the period's heading lists ("2031-2032 Academic Year Goals", "Spring 2031 priorities"):
 * the heading still dates the items below it. */
const listingWords: ReadonlySet<string> = new Set(['goals', 'objectives', 'priorities', 'actions', 'targets'])

/** "[PROPOSED] ", "[Draft] ": one word in square brackets opening a heading, the state of the text below it. */
const draftTag = /^\[[A-Za-z]{2,12}\]\s{1,3}/

/**
 * The period a heading row is, when it is nothing but a period: "Fall 2019", "Summer/Fall 2019", "January – March
 * 2021", "2021-22", "Spring Term 2021", "June & July 2027" (two months joined, the period of both), after any
 * one-word tag in square brackets ("[PROPOSED] 2022"). A schedule printed as a list writes its dates so ("Friday 7
 * October 2031", a day with its weekday, too), once above the tasks of that period, and a careful reader dates each task
 * below by it until the next heading; a last word naming what the period lists ("2021-22 Academic Year Goals") is
 * allowed. A heading with no year ("June & July") is a period only when the context
 * says which year the page is in (its `referenceDate`). Null for a heading with any other word ("Phase II:
 * Review", "Objective 3 by 2020") or that reads as no dated period.
 *
 * @example
 * headingPeriod('Summer/Fall 2019', {})?.due // '2019-11-30'
 * headingPeriod('Phase III: Public engagement 2019', {}) // null
 */
export function headingPeriod(heading: string, context: DateContext): TargetDate | null {
  // "[PROPOSED] 2022", "[Draft] Spring 2031": the state of the page's draft tagged in square brackets before it.
  const text = heading.trim().replace(draftTag, '')
  // Without a year, a heading is a period only on a page whose year is known ("March & April" under a date stamp).
  if (text.length > maxLength || (!/\d{2}/.test(text) && context.referenceDate === undefined)) return null
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  const listing = words.length > 1 && listingWords.has(words.at(-1)!)
  const period = listing ? words.slice(0, -1) : words
  // "Friday 7 October 2031": a schedule's day heading names its weekday too.
  if (
    !period.every(
      (word) => MONTHS.has(word) || SEASONS.has(word) || WEEKDAYS.has(word) || periodWords.has(word),
    )
  )
    return null
  const target = parseTargetDate(
    listing ? text.slice(0, text.toLowerCase().lastIndexOf(words.at(-1)!)).trimEnd() : text,
    context,
  )
  // "February & March 2022": two months joined, the period of both.
  const dated = target.kind === 'due' || target.kind === 'range' || target.kind === 'multiple'
  return dated && target.due !== null && target.confidence >= 0.5 ? target : null
}
