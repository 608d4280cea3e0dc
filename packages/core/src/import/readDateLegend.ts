import type { DateContext, QuarterBasis } from '../model/targetDate'

/** What a plan's own legend says about its dates. */
export interface DateLegend {
  /** "Year 1 = 2019, Year 2 = 2020" → `{ "Year 1": 2019, "Year 2": 2020 }`. */
  readonly yearLabels: Record<string, number>
  readonly quarterBasis: QuarterBasis | null
  /** Set when quarters start in a month other than January or April. */
  readonly academicYearStartMonth: number | null
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// Each pattern has bounded repetition and no nested quantifiers; the input is capped before matching.
const yearLabel = /\b(year|yr|y)\s?(\d{1,2})\s{0,3}(?:=|:|is)\s{0,3}((?:19|20)\d{2})\b/gi
const firstQuarter = /\bq(?:uarter)?\s?1\s{0,3}(?:=|:|is)\s{0,3}([a-z]{3,9})/i
const maxLegendLength = 2_000

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
  return found ? { yearLabels: { ...yearLabels }, quarterBasis, academicYearStartMonth } : null
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
  return next
}
