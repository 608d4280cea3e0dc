import { UsageError } from './errors'
import { terminalLine } from './terminalText'

/**
 * The one-line error for a plan id the store does not hold.
 *
 * @example
 * if (stored === null) throw noSuchPlan('oxford', './techcommit.db')
 */
export function noSuchPlan(planId: string, filename: string): UsageError {
  return new UsageError(
    `no plan "${terminalLine(planId)}" in ${terminalLine(filename)}. See the stored plans with: techcommit list --db ${terminalLine(filename)}`,
  )
}
