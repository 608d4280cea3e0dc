import type { Span } from './Item'

/**
 * Two months, each written with its own year, that bound whole years between them: the second is the month
 * before the first, one or more years on ("April 2023 / March 2026", "Sept 2019 / Aug 2022"). Written across a
 * slash they are the two ends of one period (a plan's or a financial year's), not two deadlines; months that
 * bound no whole years ("Jan 2020 / Mar 2021") stay separate readings.
 *
 * @example
 * ```ts
 * boundsWholeYears(april2023, march2026) // true
 * boundsWholeYears(january2020, march2021) // false
 * ```
 */
export function boundsWholeYears(a: Span, b: Span): boolean {
  if (a.precision !== 'month' || b.precision !== 'month' || a.range || b.range) return false
  if (a.yearless || b.yearless || a.warnings.length > 0 || b.warnings.length > 0) return false
  const ya = Number(a.start.slice(0, 4))
  const ma = Number(a.start.slice(5, 7))
  const yb = Number(b.start.slice(0, 4))
  const mb = Number(b.start.slice(5, 7))
  // Month before the first, in a later year: 12 × n months in all.
  const months = (yb - ya) * 12 + (mb - ma) + 1
  return months >= 12 && months % 12 === 0
}
