import type { DateContext } from '../model/targetDate'

/**
 * The context `parseTargetDate` accepts: the plan's stored `DateContext` (reference date, year labels,
 * academic- and financial-year starts, quarter basis, year pairs) and one reading choice that
 * `inferDateContext` settles for a whole column. Every field is optional.
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
}
