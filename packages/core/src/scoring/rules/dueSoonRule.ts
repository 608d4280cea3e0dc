import type { Rule, RuleResult } from '../types'

const dueSoon: RuleResult = Object.freeze({
  rule: 'due-soon',
  rating: 'at-risk',
  severity: 'warning',
  message: 'Due soon and not reported as started.',
})

/**
 * Rates an action `at-risk` when it is due within `options.atRiskWindowDays` of `asOf` (the due day
 * included) and nothing says work has begun: state `not-started`, or `unknown` with no percentage above 0.
 *
 * @example
 * dueSoonRule(action, context) // { rule: 'due-soon', rating: 'at-risk', … } or null
 */
export const dueSoonRule: Rule = (_action, context) => {
  if (!context.open || context.started || context.openEnded) return null
  const daysToDue = context.daysToDue
  return daysToDue !== null && daysToDue >= 0 && daysToDue <= context.options.atRiskWindowDays
    ? dueSoon
    : null
}
