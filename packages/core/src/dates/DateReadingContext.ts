import type { DateContext } from '../model/targetDate'

/**
 * The context `parseTargetDate` accepts: the plan's stored `DateContext` (reference date, year labels,
 * academic- and financial-year starts, quarter basis, year pairs, and how the number after a month reads, which
 * `inferDateContext` settles for a whole column). Every field is optional.
 *
 * @example
 * ```ts
 * const context: DateReadingContext = { referenceDate: '2018-06-01', numberAfterMonth: 'year' }
 * parseTargetDate('June 20', context).due // '2020-06-30'
 * parseTargetDate('June 20', { ...context, numberAfterMonth: 'day' }).due // '2018-06-20'
 * ```
 */
export type DateReadingContext = DateContext
