import type { QuarterBasis } from '../model/targetDate'
import { dayExists, splitIso } from './calendar'
import type { DateReadingContext } from './DateReadingContext'
import { readColumnYear } from './readColumnYear'
import { labelNumber } from './readYearLabel'

/** The caller's context, checked: every field valid or at its documented default. */
export interface DateSettings {
  /** Anchor for two-digit years and undated periods: `referenceDate`, else `planStart`. */
  anchor: string | null
  anchorYear: number | null
  /** `referenceDate` alone: recurring targets come round again after it. */
  reference: string | null
  planStart: string | null
  /** The caller's `yearLabels` (an object, else null); `planYearLabels` reads them when a cell needs them. */
  yearLabels: Readonly<Record<string, number>> | null
  /**
   * The year of the column the cell sat under, when its label maps through `yearLabels`, else the one year the
   * label names itself ("2023 Milestones").
   */
  columnYear: number | null
  academicYearStartMonth: number
  financialYearStartMonth: number
  /** The context gave a valid `financialYearStartMonth` (not just the April default): warnings say so. */
  financialYearStartMonthSet: boolean
  quarterBasis: QuarterBasis
  numberAfterMonth: 'year' | 'day'
  /** The context said how to read a number after a month (not just the default). */
  numberAfterMonthSet: boolean
  yearPairs: 'calendar' | 'academic'
  /** Numeric dates of three numbers are read month first ("5/1/2017" is May 1): the context said so. */
  monthFirst: boolean
  /** Problems with the context itself, reported on every reading. */
  warnings: readonly string[]
}

/** The value when it is a real ISO day (`YYYY-MM-DD`, digits only), else null. */
function validIso(value: unknown): string | null {
  if (typeof value !== 'string' || value.length !== 10 || value[4] !== '-' || value[7] !== '-') return null
  const [y, m, d] = splitIso(value)
  return dayExists(y, m, d) ? value : null
}

const isMonth = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12

const validMonth = (value: unknown, fallback: number): number => (isMonth(value) ? value : fallback)

const NO_CONTEXT: Partial<DateReadingContext> = Object.freeze({})
const NO_WARNINGS: readonly string[] = Object.freeze([])
/** The plan-year labels of a context without any (never written to: the map is read-only). */
const NO_LABELS: ReadonlyMap<number, number> = new Map()

const validYear = (year: unknown): number | null =>
  typeof year === 'number' && Number.isInteger(year) && year >= 1000 && year <= 9999 ? year : null

/**
 * Plan-year number ("Year 1" → 1) → calendar year, for every label of `yearLabels` that names one (the last
 * label wins). Read only when a cell names a plan year ("Y 2 Q1", "Year 3"): most cells never need it.
 *
 * @example
 * ```ts
 * planYearLabels(readDateContext({ yearLabels: { 'Year 1': 2019, 'Yr 2': 2020 } })) // Map { 1 → 2019, 2 → 2020 }
 * ```
 */
export function planYearLabels(settings: DateSettings): ReadonlyMap<number, number> {
  return settings.yearLabels === null ? NO_LABELS : labelYears(settings.yearLabels)
}

function labelYears(yearLabels: Readonly<Record<string, number>>): ReadonlyMap<number, number> {
  const byNumber = new Map<number, number>()
  for (const label of Object.keys(yearLabels)) {
    const year = validYear(yearLabels[label])
    const n = year === null ? null : labelNumber(label)
    if (year !== null && n !== null) byNumber.set(n, year)
  }
  return byNumber
}

/**
 * The year of the column a cell sat under: its own entry in `yearLabels` (the usual case: the column is one of
 * the labels, and nothing needs tokenizing), else the year of the label with the column's plan-year number
 * ("Yr 1" under "Year 1"), else that of a label written the same but for case and spaces ("2019/20").
 */
function yearOfColumn(yearLabels: Readonly<Record<string, number>>, column: string): number | null {
  const own = Object.hasOwn(yearLabels, column) ? validYear(yearLabels[column]) : null
  if (own !== null) return own
  const n = labelNumber(column)
  const numbered = n === null ? undefined : labelYears(yearLabels).get(n)
  if (numbered !== undefined) return numbered
  const text = column.trim().toLowerCase()
  let year: number | null = null
  for (const label of Object.keys(yearLabels)) {
    const found = validYear(yearLabels[label])
    if (found !== null && label.trim().toLowerCase() === text) year = found
  }
  return year
}

/**
 * Checks a caller's context (which may come from untyped code) and fills in the defaults. Never throws: a bad
 * field is ignored, and a bad date field says so in `warnings`.
 *
 * @example
 * ```ts
 * readDateContext({ referenceDate: 'yesterday' }).warnings // ['referenceDate is not an ISO date; ignored']
 * ```
 */
export function readDateContext(context: DateReadingContext | undefined): DateSettings {
  // Most cells come without a context: they all share the defaults, read once.
  if (context === undefined || context === null) return DEFAULT_SETTINGS
  return readSettings(context)
}

function readSettings(context: DateReadingContext | undefined): DateSettings {
  const ctx: Partial<DateReadingContext> =
    context !== null && typeof context === 'object' ? context : NO_CONTEXT
  // Each field is read once: callers' contexts come in many shapes, so every read is a slow, generic lookup.
  const {
    referenceDate,
    planStart: planStartField,
    yearLabels: labels,
    column: columnField,
    academicYearStartMonth,
    financialYearStartMonth,
    quarterBasis: basis,
    numberAfterMonth,
    yearPairs,
    numericDates,
  } = ctx
  // Most contexts are well formed: the list of problems is only made when there is one.
  let warnings: string[] | null = null
  const reference = validIso(referenceDate)
  if (referenceDate !== undefined && reference === null) {
    warnings = ['referenceDate is not an ISO date; ignored']
  }
  const planStart = validIso(planStartField)
  if (planStartField !== undefined && planStart === null) {
    warnings = [...(warnings ?? []), 'planStart is not an ISO date; ignored']
  }
  const anchor = reference ?? planStart
  const yearLabels = labels !== null && typeof labels === 'object' ? labels : null
  const column = typeof columnField === 'string' ? columnField : null
  const labelled = yearLabels === null || column === null ? null : yearOfColumn(yearLabels, column)
  const columnYear = labelled ?? (column === null ? null : readColumnYear(column))
  return {
    anchor,
    anchorYear: anchor === null ? null : splitIso(anchor)[0],
    reference,
    planStart,
    yearLabels,
    columnYear,
    academicYearStartMonth: validMonth(academicYearStartMonth, 8),
    financialYearStartMonth: validMonth(financialYearStartMonth, 4),
    financialYearStartMonthSet: isMonth(financialYearStartMonth),
    quarterBasis: basis === 'academic' || basis === 'financial' ? basis : 'calendar',
    numberAfterMonth: numberAfterMonth === 'day' ? 'day' : 'year',
    numberAfterMonthSet: numberAfterMonth === 'day' || numberAfterMonth === 'year',
    yearPairs: yearPairs === 'academic' ? 'academic' : 'calendar',
    monthFirst: numericDates === 'month-first',
    warnings: warnings ?? NO_WARNINGS,
  }
}

/**
 * The calendar year for a two-digit year: the four-digit year nearest the anchor year, else 20YY.
 *
 * @example
 * ```ts
 * resolveTwoDigitYear(98, readDateContext({ referenceDate: '2001-01-01' })) // 1998
 * ```
 */
export function resolveTwoDigitYear(yy: number, settings: DateSettings): number {
  const anchorYear = settings.anchorYear
  if (anchorYear === null) return 2000 + yy
  let best = Math.floor(anchorYear / 100) * 100 + yy
  // The same two digits a century either side may be nearer ("98" in 2001 is 1998), within four digits.
  if (best - anchorYear > 50 && best - 100 >= 1000) best -= 100
  else if (anchorYear - best > 50 && best + 100 <= 9999) best += 100
  return best
}

/** The settings of a cell read with no context, frozen so no reading can change them for the next. */
const DEFAULT_SETTINGS: DateSettings = Object.freeze(readSettings(undefined))
