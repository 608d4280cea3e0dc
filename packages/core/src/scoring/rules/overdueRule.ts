import type { Rule, RuleResult } from '../types'

const overdue: RuleResult = Object.freeze({
  rule: 'overdue',
  rating: 'overdue',
  severity: 'error',
  message: 'The due date has passed and the action is not reported complete.',
})

/**
 * Rates an action `overdue` when its due date is before `asOf` and it is neither complete nor cancelled.
 * Open-ended actions ("On-going") are never overdue.
 *
 * @example
 * overdueRule(action, context) // { rule: 'overdue', rating: 'overdue', … } or null
 */
export const overdueRule: Rule = (_action, context) => {
  if (!context.open || context.openEnded) return null
  const daysToDue = context.daysToDue
  return daysToDue !== null && daysToDue < 0 ? overdue : null
}
