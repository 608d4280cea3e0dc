import type { Rule, RuleResult } from '../types'

const stale: RuleResult = Object.freeze({
  rule: 'stale',
  rating: 'at-risk',
  severity: 'warning',
  message: 'An ongoing action with no update for longer than the stale period.',
})

/**
 * Rates an open-ended ("On-going") action `at-risk` when more than `options.staleAfterDays` have passed
 * since its latest update — or, when it has none, since its working window began (its own start, else the
 * plan's start). Silent when neither is known.
 *
 * @example
 * staleRule(action, context) // { rule: 'stale', rating: 'at-risk', … } or null
 */
export const staleRule: Rule = (_action, context) => {
  if (!context.openEnded || !context.open) return null
  const since = context.lastUpdateDay ?? context.windowStartDay
  return since !== null && context.asOfDay - since > context.options.staleAfterDays ? stale : null
}
