import type { QuarterBasis } from '../model/targetDate'
import { dayExists, splitIso } from './calendar'
import type { DateReadingContext } from './DateReadingContext'
import { labelNumber } from './readYearLabel'

/** The caller's context, checked: every field valid or at its documented default. */
export interface DateSettings {
  /** Anchor for two-digit years and undated periods: `referenceDate`, else `planStart`. */
  anchor: string | null
  anchorYear: number | null
  /** `referenceDate` alone: recurring targets come round again after it. */
  reference: string | null
  planStart: string | null
  /** Plan-year number ("Year 1" → 1) → calendar year, from `yearLabels`. */
  labels: ReadonlyMap<number, number>
  /** The year of the column the cell sat under, when its label maps through `yearLabels`. */
  columnYear: number | null
  academicYearStartMonth: number
  financialYearStartMonth: number
  quarterBasis: QuarterBasis
  numberAfterMonth: 'year' | 'day'
  /** The context said how to read a number after a month (not just the default). */
  numberAfterMonthSet: boolean
  yearPairs: 'calendar' | 'academic'
  /** Problems with the context itself, reported on every reading. */
  warnings: readonly string[]
}

/** The value when it is a real ISO day (`YYYY-MM-DD`, digits only), else null. */
function validIso(value: unknown): string | null {
  if (typeof value !== 'string' || value.length !== 10 || value[4] !== '-' || value[7] !== '-') return null
  const [y, m, d] = splitIso(value)
  return dayExists(y, m, d) ? value : null
}

const validMonth = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12 ? value : fallback

const NO_CONTEXT: Partial<DateReadingContext> = Object.freeze({})
const NO_WARNINGS: readonly string[] = Object.freeze([])
/** The year labels of a context without any (never written to: `DateSettings.labels` is read-only). */
const NO_LABELS: ReadonlyMap<number, number> = new Map()

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
  const ctx: Partial<DateReadingContext> =
    context !== null && typeof context === 'object' ? context : NO_CONTEXT
  const warnings: string[] = []
  const reference = validIso(ctx.referenceDate)
  if (ctx.referenceDate !== undefined && reference === null) {
    warnings.push('referenceDate is not an ISO date; ignored')
  }
  const planStart = validIso(ctx.planStart)
  if (ctx.planStart !== undefined && planStart === null)
    warnings.push('planStart is not an ISO date; ignored')
  const anchor = reference ?? planStart
  let labels: ReadonlyMap<number, number> = NO_LABELS
  let columnYear: number | null = null
  if (ctx.yearLabels !== null && typeof ctx.yearLabels === 'object') {
    const byNumber = new Map<number, number>()
    labels = byNumber
    const column = typeof ctx.column === 'string' ? ctx.column : null
    // The column is usually one of the labels: its number is read once.
    const columnNumber = column === null ? null : labelNumber(column)
    const columnText = column === null ? null : column.trim().toLowerCase()
    // A column whose label names no plan-year number ("2019/20") is found by its text; the last label wins.
    let columnTextYear: number | null = null
    const yearLabels = ctx.yearLabels
    for (const label of Object.keys(yearLabels)) {
      const year = yearLabels[label]
      if (year === undefined || !Number.isInteger(year) || year < 1000 || year > 9999) continue
      if (columnText !== null && (label === column || label.trim().toLowerCase() === columnText))
        columnTextYear = year
      const n = label === column ? columnNumber : labelNumber(label)
      if (n !== null) byNumber.set(n, year)
    }
    if (column !== null) {
      columnYear = (columnNumber !== null ? labels.get(columnNumber) : undefined) ?? columnTextYear
    }
  }
  const basis = ctx.quarterBasis
  return {
    anchor,
    anchorYear: anchor === null ? null : splitIso(anchor)[0],
    reference,
    planStart,
    labels,
    columnYear,
    academicYearStartMonth: validMonth(ctx.academicYearStartMonth, 8),
    financialYearStartMonth: validMonth(ctx.financialYearStartMonth, 4),
    quarterBasis: basis === 'academic' || basis === 'financial' ? basis : 'calendar',
    numberAfterMonth: ctx.numberAfterMonth === 'day' ? 'day' : 'year',
    numberAfterMonthSet: ctx.numberAfterMonth === 'day' || ctx.numberAfterMonth === 'year',
    yearPairs: ctx.yearPairs === 'academic' ? 'academic' : 'calendar',
    warnings: warnings.length === 0 ? NO_WARNINGS : warnings,
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
