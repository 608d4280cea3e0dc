import { z } from 'zod'

/**
 * A calendar date as an ISO `YYYY-MM-DD` string. Calendar dates are never `Date` objects in techcommit.
 *
 * @example
 * IsoDate.safeParse('2019-02-29').success // false: not a real day
 */
export const IsoDate = z.iso.date().describe('Calendar date, ISO YYYY-MM-DD')
export type IsoDate = z.infer<typeof IsoDate>

/**
 * A point in time as an ISO 8601 date-time string with offset, e.g. `2026-11-23T09:30:00Z`.
 *
 * @example
 * IsoDateTime.parse('2026-11-23T09:30:00Z')
 */
export const IsoDateTime = z.iso.datetime({ offset: true }).describe('Timestamp, ISO 8601 date-time')
export type IsoDateTime = z.infer<typeof IsoDateTime>

/** A number between 0 and 1 inclusive. */
export const UnitInterval = z.number().min(0).max(1)
