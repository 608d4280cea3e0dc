import { bracketAtEnd } from './bracketAtEnd'
import { parseTargetDate } from '../dates/parseTargetDate'
import { MONTHS, SEASONS, WEEKDAYS } from '../dates/lexicon'
import type { DateContext, TargetDate, TargetDateKind } from '../model/targetDate'

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

/** A first or last word naming what the period's heading lists ("2031-2032 Academic Year Goals", "Spring 2031
 * priorities", "OKRs Q1 2018"): the heading still dates the items below it. */
const listingWords: ReadonlySet<string> = new Set([
  'goals',
  'objectives',
  'priorities',
  'actions',
  'targets',
  'okr',
  'okrs',
])

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
  const leading = !listing && words.length > 1 && listingWords.has(words[0]!)
  const period = listing ? words.slice(0, -1) : leading ? words.slice(1) : words
  // "Friday 7 October 2031": a schedule's day heading names its weekday too.
  if (
    !period.every(
      (word) => MONTHS.has(word) || SEASONS.has(word) || WEEKDAYS.has(word) || periodWords.has(word),
    )
  )
    return null
  const target = parseTargetDate(
    listing
      ? text.slice(0, text.toLowerCase().lastIndexOf(words.at(-1)!)).trimEnd()
      : leading
        ? text.slice(text.toLowerCase().indexOf(words[0]!) + words[0]!.length).trimStart()
        : text,
    context,
  )
  // "February & March 2022": two months joined, the period of both.
  return isDatedPeriod(target) ? target : null
}

/** The kinds of date reading that date a period: a day or month, a span, or two joined ("June & July 2027"). */
const periodKinds: readonly TargetDateKind[] = ['due', 'range', 'multiple']

/**
 * Whether a date reading dates a period a reader would date work by: one of `kinds` (by default a due date, a
 * range, or two joined), with its last day known, read with confidence.
 *
 * @example
 * isDatedPeriod(parseTargetDate('Q3 2024')) // true
 * isDatedPeriod(parseTargetDate('ongoing')) // false
 */
export function isDatedPeriod(target: TargetDate, kinds: readonly TargetDateKind[] = periodKinds): boolean {
  return kinds.includes(target.kind) && target.due !== null && target.confidence >= 0.5
}

/** How {@link periodAtStart} finds the period a text opens with. */
export interface PeriodAtStartRules {
  /**
   * Where the period ends: `'colon'`, only before a colon, each word at most 15 characters and set off by one space,
   * the colon followed by one to three spaces ("June 2020: Cabinet paper …"), as action cells lead with their date;
   * `'colon-or-whole'`, before the first ": ", or the whole text when it has none, after leaving out a closing
   * bracket ("end-Feb: specification", "mid-Feb (this meeting)"), as outline notes head their groups.
   */
  readonly cut: 'colon' | 'colon-or-whole'
  /** The period has at most this many words. */
  readonly maxWords: number
  /** The text after the period has at least this many words ("June 2020: Launch" is a dated label, not an action). */
  readonly minRestWords: number
  /** Whether the period must name its year ("2019", "2031"). */
  readonly yearRequired: boolean
  /** The kinds of date reading that count (see {@link isDatedPeriod}). */
  readonly kinds: readonly TargetDateKind[]
}

/** "June 2020: ", "Q3 2024: ", "By March 2031: ": short words before a colon. Bounded and anchored. */
const colonLead = /^((?:[^\s:]{1,15} ){0,7}[^\s:]{1,15}):\s{1,3}(?=\S)/

/** Lent to a period with no year ("end-Feb"), only to see whether its words name one: the plan's year is applied on
 * import. */
const lentReference = { referenceDate: '2000-01-01' }

/**
 * The period a text opens with and the text after it, under `rules` ({@link PeriodAtStartRules}): "June 2020:
 * Cabinet paper - Framework …" is the work "Cabinet paper - Framework …" due in June 2020, as government progress
 * reports and project plans write planned milestones, and "end-Feb: specification" heads an outline's group due at
 * the end of February. The period must read wholly as a date ({@link isDatedPeriod}). Null for any other text, so a
 * label ("Action 2: …", "Phase 1: …") or a sentence keeps its words.
 *
 * @example
 * periodAtStart('June 2020: Publish the review', actionCellPeriod) // { period: 'June 2020', rest: 'Publish the review' }
 * periodAtStart('Phase 1: Map the training needs', actionCellPeriod) // null
 */
export function periodAtStart(
  text: string,
  rules: PeriodAtStartRules,
): { period: string; rest: string } | null {
  const cut =
    rules.cut === 'colon' ? cutAtColon(text, rules.maxWords) : cutAtColonOrWhole(text, rules.maxWords)
  if (cut === null || (rules.yearRequired && !/\b(?:19|20)\d{2}\b/.test(cut.period))) return null
  if (rules.minRestWords > 0 && cut.rest.split(/\s+/, rules.minRestWords).length < rules.minRestWords)
    return null
  const target = parseTargetDate(cut.period, lentReference)
  // "2031 AGM: Book the hall": a year, then names the date reads nothing more from ("Spring" is a date word), is an
  // event of that year.
  if (
    yearThenNames.test(cut.period) &&
    target.precision === 'year' &&
    cut.period
      .split(' ')
      .slice(1)
      .every((word) => parseTargetDate(word, lentReference).kind === 'unknown')
  )
    return null
  return isDatedPeriod(target, rules.kinds) ? cut : null
}

/** "2031 AGM", "2031 Summer Fair": a year, then one to three capitalised words. Anchored, bounded. */
const yearThenNames = /^(?:19|20)\d{2}(?: \p{Lu}[\p{L}'’-]{0,20}){1,3}$/u

/** The rules an action cell's leading period is read by: "Q3 2024: Launch the mentoring scheme". */
export const actionCellPeriod: PeriodAtStartRules = {
  cut: 'colon',
  maxWords: 4,
  minRestWords: 3,
  yearRequired: true,
  kinds: ['due', 'range'],
}

function cutAtColon(text: string, maxWords: number): { period: string; rest: string } | null {
  // Most action cells hold no colon: a cheap look before the pattern's backtracking over a cell's words.
  if (!text.includes(':')) return null
  const match = colonLead.exec(text)
  if (match === null || match[1]!.split(' ').length > maxWords) return null
  return { period: match[1]!, rest: text.slice(match[0].length) }
}

function cutAtColonOrWhole(text: string, maxWords: number): { period: string; rest: string } | null {
  const bracket = bracketAtEnd(text)
  const bare = bracket === null || bracket.open === 0 ? text : text.slice(0, bracket.open).trimEnd()
  const colon = bare.indexOf(': ')
  const lead = colon > 0 && bare.slice(0, colon).split(' ').length <= maxWords ? bare.slice(0, colon) : bare
  if (lead.split(' ').length > maxWords) return null
  return { period: lead, rest: lead === bare ? '' : bare.slice(colon + 2) }
}
