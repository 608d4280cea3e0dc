import { behindScheduleRule } from './rules/behindScheduleRule'
import { cancelledRule } from './rules/cancelledRule'
import { completeRule } from './rules/completeRule'
import { dueSoonRule } from './rules/dueSoonRule'
import { notDatedRule } from './rules/notDatedRule'
import { overdueRule } from './rules/overdueRule'
import { staleRule } from './rules/staleRule'
import type { Rule } from './types'

/**
 * The rules `evaluateAction` and `evaluatePlan` use unless given others. Build your own list from it:
 * filter a rule out, map one to a replacement, or spread it and append yours. See `status-rules.md`.
 *
 * @example
 * const rules = [...defaultRules.filter((rule) => rule !== dueSoonRule), myRule]
 * evaluatePlan(plan, { asOf: '2020-12-31', rules })
 */
export const defaultRules: readonly Rule[] = Object.freeze([
  completeRule,
  cancelledRule,
  overdueRule,
  dueSoonRule,
  behindScheduleRule,
  staleRule,
  notDatedRule,
])
