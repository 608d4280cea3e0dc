import { IsoDate } from '@techcommit/core'
import { UsageError } from './errors'
import { terminalLine } from './terminalText'

/**
 * Checks a command-line date is a real ISO calendar date (core's `IsoDate`), with a message that shows the
 * expected form.
 *
 * @example
 * requireIsoDate('2020-12-31', '--as-of') // '2020-12-31'
 */
export function requireIsoDate(value: string, flag: string): string {
  if (!IsoDate.safeParse(value).success)
    throw new UsageError(
      `${flag} needs a calendar date as YYYY-MM-DD, e.g. ${flag} 2020-12-31; got "${terminalLine(value)}".`,
    )
  return value
}
