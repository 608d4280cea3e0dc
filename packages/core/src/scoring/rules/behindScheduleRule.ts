import type { Rule, RuleResult } from '../types'

const behindSchedule: RuleResult = Object.freeze({
  rule: 'behind-schedule',
  rating: 'at-risk',
  severity: 'warning',
  message: 'Reported progress lags the time elapsed in its window by more than the margin.',
})

/**
 * Rates an open, not-yet-due action `at-risk` when its expected progress (the elapsed share of its working
 * window) exceeds its reported progress by more than `options.progressMargin`. Silent when no progress was
 * reported at all (state `unknown` and no percentage): there is nothing to compare.
 *
 * @example
 * behindScheduleRule(action, context) // { rule: 'behind-schedule', rating: 'at-risk', … } or null
 */
export const behindScheduleRule: Rule = (_action, context) => {
  if (!context.open || context.openEnded) return null
  const daysToDue = context.daysToDue
  if (daysToDue === null || daysToDue < 0) return null
  const behind = context.progressBehind
  return behind !== null && behind > context.options.progressMargin ? behindSchedule : null
}
