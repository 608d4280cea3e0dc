import type { RuleOptions } from './types'

/**
 * The thresholds the default rules use unless told otherwise: at risk when not started within 90 days (a
 * quarter, the usual steering-group cycle) of the due date or when expected progress runs more than 25
 * points ahead of reported progress; an ongoing action is stale after 180 days (two terms) without an update;
 * a working window defaults to a year when neither target nor plan says when work began.
 *
 * @example
 * evaluatePlan(plan, { asOf: '2020-01-01', options: { ...defaultRuleOptions, staleAfterDays: 365 } })
 */
export const defaultRuleOptions: RuleOptions = Object.freeze({
  atRiskWindowDays: 90,
  staleAfterDays: 180,
  progressMargin: 0.25,
  defaultWindowDays: 365,
})
