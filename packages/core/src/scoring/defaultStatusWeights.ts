import type { StatusWeights } from './types'

/**
 * How much each state counts towards completion by default: complete 1, in progress and ongoing ½,
 * on hold ¼, not started and unknown 0; cancelled actions are left out of the scores.
 *
 * @example
 * // Count only finished work:
 * evaluatePlan(plan, { asOf, weights: { ...defaultStatusWeights, 'in-progress': 0, ongoing: 0, 'on-hold': 0 } })
 */
export const defaultStatusWeights: StatusWeights = Object.freeze({
  complete: 1,
  'in-progress': 0.5,
  ongoing: 0.5,
  'on-hold': 0.25,
  'not-started': 0,
  unknown: 0,
  cancelled: null,
})
