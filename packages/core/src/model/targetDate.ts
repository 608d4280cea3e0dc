import { z } from 'zod'
import { IsoDate, UnitInterval } from './primitives'

/**
 * What sort of deadline a target cell expresses.
 *
 * @example
 * parseTargetDate('On-going').kind // 'ongoing'
 */
export const TargetDateKind = z.enum([
  'due',
  'range',
  'ongoing',
  'started',
  'recurring',
  'completed',
  'multiple',
  'unknown',
])
export type TargetDateKind = z.infer<typeof TargetDateKind>

/**
 * How finely the text pins the date down.
 *
 * @example
 * parseTargetDate('Q2', { yearLabels: { 'Year 1': 2019 }, column: 'Year 1' }).precision // 'quarter'
 */
export const DatePrecision = z.enum(['day', 'month', 'quarter', 'season', 'term', 'academic-year', 'year'])
export type DatePrecision = z.infer<typeof DatePrecision>

/**
 * One reading of a target: the fields shared by a whole target, its parts and its alternatives.
 *
 * @example
 * parseTargetDate('<p>August 2020</p> <p>On-going</p>').parts.map((part) => part.kind) // ['due', 'ongoing']
 */
export const TargetDateReading = z.object({
  /** The original text of this reading, exactly as it stood in the plan. */
  text: z.string(),
  kind: TargetDateKind,
  /** First day of the window the text names, or null. */
  start: IsoDate.nullable(),
  /** Last day of the window the text names, or null. */
  end: IsoDate.nullable(),
  /** The deadline: the last day the text allows (target dates are for completion), or null when undated. */
  due: IsoDate.nullable(),
  precision: DatePrecision.nullable(),
  /** How sure the parser is of this reading, 0–1. */
  confidence: UnitInterval,
  /** Human-readable notes about the reading, e.g. "two-digit year read as 2018". */
  warnings: z.array(z.string()),
  /** The label of the column the text was read under when the year came from it (a "Year 1" quarter
   * column in a pillar grid); absent otherwise. Kept so that an export re-imports to the same reading. */
  column: z.string().optional(),
})
export type TargetDateReading = z.infer<typeof TargetDateReading>

/**
 * A parsed target date: the original text beside every reading of it.
 *
 * @example
 * parseTargetDate('Aug. 18') // { text: 'Aug. 18', kind: 'due', due: '2018-08-31', precision: 'month', … }
 */
export const TargetDate = TargetDateReading.extend({
  /** The separate dates of a cell that holds several (kind `multiple`), in the order written. */
  parts: z.array(TargetDateReading),
  /** Other plausible readings, most likely first ("June 20": June 2020, or 20 June). */
  alternatives: z.array(TargetDateReading),
})
export type TargetDate = z.infer<typeof TargetDate>

/**
 * How quarters ("Q1") map to months.
 *
 * @example
 * parseTargetDate('Q1 2020', { quarterBasis: 'financial' }).due // '2020-06-30'
 */
export const QuarterBasis = z.enum(['calendar', 'academic', 'financial'])
export type QuarterBasis = z.infer<typeof QuarterBasis>

/**
 * The conventions a plan's dates are read under. All fields optional; defaults are documented per field.
 *
 * @example
 * const context: DateContext = { yearLabels: { 'Year 1': 2019, 'Year 2': 2020 }, quarterBasis: 'calendar' }
 * const augustFinancialYear: DateContext = { financialYearStartMonth: 8, yearPairs: 'academic' }
 */
export const DateContext = z.object({
  /** Anchors two-digit years and undated periods ("Semester 1"). */
  referenceDate: IsoDate.optional(),
  /**
   * First day of the plan. Anchors "Year 1"/"Year Two" when there are no `yearLabels`, and spans such as
   * "within 3 months" or "over the next 18 months" (else they count from `referenceDate`).
   */
  planStart: IsoDate.optional(),
  planEnd: IsoDate.optional(),
  /** Column or label → calendar year, e.g. `{ "Year 1": 2019 }`. "Y1"/"Yr1" are matched too. */
  yearLabels: z.record(z.string(), z.number().int()).optional(),
  /** The label of the column the cell sat under, e.g. "Year 1", looked up in `yearLabels`. */
  column: z.string().optional(),
  /** Month (1–12) the academic year starts in. Default 8 (August). */
  academicYearStartMonth: z.number().int().min(1).max(12).optional(),
  /** Default `calendar`. */
  quarterBasis: QuarterBasis.optional(),
  /**
   * Month (1–12) the financial year starts in: 4 (April, UK, the default), 7 for July–June, 8 for
   * August–July, 10 for October–September. "FY21", "Q3 FY2022" and quarters on the `financial` basis follow it.
   */
  financialYearStartMonth: z.number().int().min(1).max(12).optional(),
  /**
   * How two four-digit years joined by a hyphen ("2021-2022") are read: `calendar` (the default, the range
   * of two calendar years) or `academic` (the academic year 2021/22, for plans that run on academic years).
   */
  yearPairs: z.enum(['calendar', 'academic']).optional(),
  /**
   * How a numeric date of three numbers ("5/1/2017") is read: `day-first` (the default, as UK plans write it:
   * 5 January 2017) or `month-first` (as US plans write it: May 1, 2017). The import sets `month-first` when a
   * plan's date column holds dates that can only be read month first ("9/25/2017") and none that can only be
   * read day first.
   */
  numericDates: z.enum(['day-first', 'month-first']).optional(),
  /**
   * How the number after a month's name ("June 20", "Jun-16") is read: `year` (June 2020, the default, as plans
   * write a month and its year) or `day` (20 June, in the year of `referenceDate`). The import sets `day` when a
   * plan read in one year writes numbers after its months that spread over the days of a month ("Jun-2",
   * "Jun-16", "Sep-30"), as a release schedule does.
   */
  numberAfterMonth: z.enum(['year', 'day']).optional(),
})
export type DateContext = z.infer<typeof DateContext>
