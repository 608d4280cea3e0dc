import type { Rule, RuleResult } from '../types'

const complete: RuleResult = Object.freeze({
  rule: 'complete',
  rating: 'complete',
  severity: 'info',
  message: 'Reported complete.',
})

const completeLate: RuleResult = Object.freeze({
  rule: 'complete-late',
  rating: 'complete',
  severity: 'warning',
  message: 'Reported complete, but completed after its due date.',
  late: true,
})

/**
 * Rates an action `complete` when its state is complete as of `asOf`; "complete, late" (`late: true`) when
 * the completion date falls after the due date. A completion dated after `asOf` does not count yet.
 *
 * @example
 * completeRule(action, context) // { rule: 'complete', rating: 'complete', … } or null
 */
export const completeRule: Rule = (action, context) => {
  if (context.state !== 'complete') return null
  const completedOn = context.completedOn
  const due = action.target.due
  // ISO dates order lexicographically, so no Date is needed to compare them.
  return completedOn !== null && due !== null && completedOn > due ? completeLate : complete
}
