import type { Rule, RuleResult } from '../types'

const notDated: RuleResult = Object.freeze({
  rule: 'not-dated',
  rating: 'not-dated',
  severity: 'warning',
  message: 'No due date could be read from the target, so progress cannot be judged.',
})

/**
 * Rates an open action `not-dated` when it has no due date and is not open-ended by design. ("On-going"
 * targets are open-ended; the stale rule watches them instead.)
 *
 * @example
 * notDatedRule(action, context) // { rule: 'not-dated', rating: 'not-dated', … } or null
 */
export const notDatedRule: Rule = (_action, context) => {
  if (!context.open || context.openEnded) return null
  return context.dueDay === null ? notDated : null
}
