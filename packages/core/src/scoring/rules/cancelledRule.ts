import type { Rule, RuleResult } from '../types'

const cancelled: RuleResult = Object.freeze({
  rule: 'cancelled',
  rating: null,
  severity: 'info',
  message: 'Cancelled: never overdue and left out of completion scores (with the default weights).',
})

/**
 * Notes that an action was cancelled. It sets no rating: the other default rules skip cancelled actions, so
 * one rates `on-track` unless a rule of your own says otherwise.
 *
 * @example
 * cancelledRule(action, context) // { rule: 'cancelled', rating: null, … } or null
 */
export const cancelledRule: Rule = (_action, context) => (context.state === 'cancelled' ? cancelled : null)
