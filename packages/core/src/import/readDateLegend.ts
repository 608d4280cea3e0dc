import { objectiveDeadline } from './objectiveDeadline'
import { inferDateContext } from '../dates/inferDateContext'
import { lookupMonth } from '../dates/lexicon'
import type { DateContext, QuarterBasis } from '../model/targetDate'

/** What a plan's own legend says about its dates. */
export interface DateLegend {
  /** "Year 1 = 2019, Year 2 = 2020" → `{ "Year 1": 2019, "Year 2": 2020 }`. */
  readonly yearLabels: Record<string, number>
  readonly quarterBasis: QuarterBasis | null
  /** Set when quarters start in a month other than January or April. */
  readonly academicYearStartMonth: number | null
  /** "This plan will run from 1 January 2021 until 31 December 2023": its first and last day (ISO). */
  readonly planStart?: string
  readonly planEnd?: string
  /** "Our financial year runs August to July": the month (1–12) the financial year starts in. */
  readonly financialYearStartMonth?: number
  /** "The measures are to be implemented by the end of 2022": the deadline every action shares, as written. */
  readonly deadline?: string
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// Each pattern has bounded repetition and no nested quantifiers; the input is capped before matching.
const yearLabel = /\b(year|yr|y)\s?(\d{1,2})\s{0,3}(?:=|:|is)\s{0,3}((?:19|20)\d{2})\b/gi
// "Q1 = January-March", and a report's own heading "Quarter 1 (April to June 2019)": the months of the first quarter.
const firstQuarter = /\bq(?:uarter)?\s?1\s{0,3}(?:=|:|is|\()\s{0,3}([a-z]{3,9})/i
const maxLegendLength = 2_000
// "from 1 January 2021 until 31 December 2023", "from January 2021 to December 2023".
const planPeriod =
  /\bfrom\s{1,3}(?:(\d{1,2})(?:st|nd|rd|th)?\s{1,3})?([a-z]{3,9})\.?,?\s{1,3}((?:19|20)\d{2})\s{1,3}(?:until|till|to|through|[–-])\s{1,3}(?:(\d{1,2})(?:st|nd|rd|th)?\s{1,3})?([a-z]{3,9})\.?,?\s{1,3}((?:19|20)\d{2})\b/i
/** A sentence about the plan's own period: "This action plan will run for three years from …". */
const aboutThePlan =
  /\b(?:plan|strategy|programme)\b[^.]{0,80}\b(?:runs?|running|will run|covers?|spans?|lasts?)\b/i
const financialYear = /\b(?:financial|fiscal) year\b/i
/** "… they are to be implemented by the end of 2022", "All actions will be completed by July 2025". */
const planDeadline =
  /\b(?:are|is|will be|must be|should be|shall be)\s{1,3}(?:to be\s{1,3})?(?:implemented|completed|delivered|achieved|carried out|in place)\s{1,3}(by\s{1,3}[^;.,:()]{1,40})/i
/** The deadline is the plan's only when the sentence is about all its actions, not one task. */
const aboutTheActions = /\b(?:actions|measures|objectives|they|these|all)\b/i

/**
 * Reads the date conventions a plan states in its legend or notes ("Year 1 = 2019, Year 2 = 2020",
 * "Q1 = January-March"). Returns null when the text states none.
 *
 * @example
 * readDateLegend('Note: (ii) Year 1 = 2019, Year 2 = 2020 (iii) Q1 = January-March')
 * // { yearLabels: { 'Year 1': 2019, 'Year 2': 2020 }, quarterBasis: 'calendar', academicYearStartMonth: null }
 */
export function readDateLegend(text: string): DateLegend | null {
  const capped = text.slice(0, maxLegendLength)
  const yearLabels: Record<string, number> = Object.create(null)
  let found = false
  for (const match of capped.matchAll(yearLabel)) {
    yearLabels[`Year ${Number(match[2])}`] = Number(match[3])
    found = true
  }
  let quarterBasis: QuarterBasis | null = null
  let academicYearStartMonth: number | null = null
  const quarter = firstQuarter.exec(capped)
  const month = quarter ? months.indexOf(quarter[1]!.slice(0, 3).toLowerCase()) + 1 : 0
  if (month > 0) {
    found = true
    if (month === 1) quarterBasis = 'calendar'
    else if (month === 4) quarterBasis = 'financial'
    else {
      quarterBasis = 'academic'
      academicYearStartMonth = month
    }
  }
  const period = aboutThePlan.test(capped) ? readPlanPeriod(capped) : null
  const financialYearStartMonth = financialYear.test(capped)
    ? inferDateContext([], { legend: capped }).context.financialYearStartMonth
    : undefined
  const deadline = readPlanDeadline(capped)
  if (!found && period === null && financialYearStartMonth === undefined && deadline === null) return null
  return {
    yearLabels: { ...yearLabels },
    quarterBasis,
    academicYearStartMonth,
    ...(period ?? {}),
    ...(financialYearStartMonth === undefined ? {} : { financialYearStartMonth }),
    ...(deadline === null ? {} : { deadline }),
  }
}

/** "by the end of 2022" from a sentence saying all the plan's actions are to be done by then; else null. */
function readPlanDeadline(text: string): string | null {
  for (const sentence of text.split(/[.;](?:\s|$)/)) {
    const match = planDeadline.exec(sentence)
    if (match !== null && aboutTheActions.test(sentence.slice(0, match.index + 1))) return match[1]!.trim()
    const opening = objectiveDeadline(sentence)
    if (opening !== null) return opening
  }
  return null
}

/** The first and last day of "from 1 January 2021 until 31 December 2023"; a month alone is its whole month. */
function readPlanPeriod(text: string): { planStart: string; planEnd: string } | null {
  const match = planPeriod.exec(text)
  if (match === null) return null
  const startMonth = lookupMonth(match[2]!.toLowerCase(), false)?.month
  const endMonth = lookupMonth(match[5]!.toLowerCase(), false)?.month
  if (startMonth === undefined || endMonth === undefined) return null
  const startYear = Number(match[3])
  const endYear = Number(match[6])
  const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate()
  const startDay = match[1] === undefined ? 1 : Number(match[1])
  const endDay = match[4] === undefined ? lastDay : Number(match[4])
  if (startDay < 1 || startDay > 31 || endDay < 1 || endDay > lastDay) return null
  const iso = (y: number, m: number, d: number) =>
    `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  const planStart = iso(startYear, startMonth, startDay)
  const planEnd = iso(endYear, endMonth, endDay)
  return planStart < planEnd ? { planStart, planEnd } : null
}

/**
 * Folds a legend into a date context. Fields the caller already set are kept.
 *
 * @example
 * applyDateLegend({}, readDateLegend('Year 1 = 2019')!) // { yearLabels: { 'Year 1': 2019 } }
 */
export function applyDateLegend(context: DateContext, legend: DateLegend): DateContext {
  const next: DateContext = { ...context }
  if (Object.keys(legend.yearLabels).length > 0 && next.yearLabels === undefined) {
    next.yearLabels = { ...legend.yearLabels }
  }
  if (legend.quarterBasis !== null && next.quarterBasis === undefined) next.quarterBasis = legend.quarterBasis
  if (legend.academicYearStartMonth !== null && next.academicYearStartMonth === undefined) {
    next.academicYearStartMonth = legend.academicYearStartMonth
  }
  if (legend.planStart !== undefined && next.planStart === undefined) next.planStart = legend.planStart
  if (legend.planEnd !== undefined && next.planEnd === undefined) next.planEnd = legend.planEnd
  if (legend.financialYearStartMonth !== undefined && next.financialYearStartMonth === undefined) {
    next.financialYearStartMonth = legend.financialYearStartMonth
  }
  return next
}
