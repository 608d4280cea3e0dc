import type { DateContext } from '../model/targetDate'

/**
 * The context `parseTargetDate` accepts: the shared `DateContext`, the financial-year and year-pair
 * conventions, and one reading choice that `inferDateContext` settles for a whole column. Every field is
 * optional.
 *
 * @example
 * ```ts
 * const context: DateReadingContext = { referenceDate: '2018-06-01', numberAfterMonth: 'year' }
 * parseTargetDate('June 20', context).due // '2020-06-30'
 * parseTargetDate('June 20', { ...context, numberAfterMonth: 'day' }).due // '2018-06-20'
 * ```
 */
export type DateReadingContext = DateContext & {
  /**
   * How to read the number in "June 20": `year` (June 2020, the default, as plans write it) or `day`
   * (20 June, in the year of the reference date).
   */
  numberAfterMonth?: 'year' | 'day'
  /**
   * Month (1–12) the financial year starts in: 4 (April, UK, the default), 7 for July–June, 10 for
   * October–September. "FY21", "Q3 FY2022" and quarters on the `financial` basis follow it.
   */
  financialYearStartMonth?: number
  /**
   * How two four-digit years joined by a hyphen ("2021-2022") are read: `calendar` (the default, the range
   * of two calendar years) or `academic` (the academic year 2021/22, for plans that run on academic years).
   */
  yearPairs?: 'calendar' | 'academic'
}
