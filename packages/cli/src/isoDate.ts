import { UsageError } from './io'

/** Checks a command-line date is a real ISO calendar date, with a message that shows the expected form. */
export function requireIsoDate(value: string, flag: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null
  if (!match || !date || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(
      `${flag} needs a calendar date as YYYY-MM-DD, e.g. ${flag} 2020-12-31; got "${value}".`,
    )
  }
  return value
}
