import { ValidationError } from '../errors'
import { IsoDate, IsoDateTime } from '../model/primitives'

/**
 * Read a `ReadOptions.asOf` as epoch milliseconds: an ISO date-time with an offset is that instant; a plain
 * calendar date `YYYY-MM-DD` is the last millisecond of that day in UTC, so "as of 31 March" includes
 * everything written on 31 March. Throws `ValidationError` on anything else (including `2026-02-30`).
 *
 * @example
 * asOfToMillis('2026-03-31') === Date.parse('2026-03-31T23:59:59.999Z') // true
 * asOfToMillis('2026-03-31T12:00:00+01:00') === Date.parse('2026-03-31T11:00:00Z') // true
 */
export function asOfToMillis(asOf: unknown): number {
  if (IsoDate.safeParse(asOf).success) return Date.parse(`${asOf as string}T23:59:59.999Z`)
  if (IsoDateTime.safeParse(asOf).success) return Date.parse(asOf as string)
  throw new ValidationError(
    'asOf must be an ISO date (YYYY-MM-DD, read as the end of that day in UTC) or an ISO date-time with an offset, e.g. 2026-01-31T09:00:00Z.',
    [{ path: 'asOf', message: `Got ${JSON.stringify(String(asOf).slice(0, 80))}.` }],
  )
}
