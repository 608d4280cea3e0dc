import type { IsoDate } from '../model/primitives'
import { isoDayNumber } from './isoDayNumber'
import { dayBound, type EvaluationSettings } from './actionFacts'
import { defaultRuleOptions } from './defaultRuleOptions'
import { defaultRules } from './defaultRules'
import { defaultStatusWeights } from './defaultStatusWeights'
import type { EvaluateOptions } from './evaluateAction'
import type { Rule, RuleOptions, StatusWeights } from './types'

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'string'
        ? JSON.stringify(value.slice(0, 40))
        : typeof value

/**
 * Checks an ISO calendar date given to the API. Throws `TypeError` when it is not a string and `RangeError`
 * when it is not a real `YYYY-MM-DD` day (`2024-02-30`, `01/02/2024`, a date-time).
 */
export function readIsoDay(
  value: unknown,
  name: string,
  fn: string,
): { readonly day: IsoDate; readonly number: number } {
  if (typeof value !== 'string')
    throw new TypeError(
      `${fn}: ${name} must be an ISO date string (YYYY-MM-DD), e.g. '2020-12-31'; got ${describe(value)}.`,
    )
  const number = isoDayNumber(value)
  if (value.length !== 10 || Number.isNaN(number))
    throw new RangeError(
      `${fn}: ${name} must be a real calendar day written YYYY-MM-DD, e.g. '2020-12-31'; got ${describe(value)}.`,
    )
  return { day: value, number }
}

function readNumbers<T extends object>(
  given: unknown,
  defaults: T,
  name: string,
  fn: string,
  allowNull: boolean,
): T {
  if (given === undefined) return defaults
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw new TypeError(
      `${fn}: ${name} must be an object of numbers, e.g. { ${Object.keys(defaults)[0]}: … }; got ${describe(given)}.`,
    )
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) }
  for (const [key, value] of Object.entries(given)) {
    if (!Object.hasOwn(defaults, key))
      throw new TypeError(
        `${fn}: ${name}.${key} is not a known setting; use one of ${Object.keys(defaults).join(', ')}.`,
      )
    if (value === undefined) continue
    if (!(typeof value === 'number' && Number.isFinite(value)) && !(allowNull && value === null))
      throw new TypeError(
        `${fn}: ${name}.${key} must be a finite number${allowNull ? ' or null' : ''}; got ${describe(value)}.`,
      )
    merged[key] = value
  }
  return Object.freeze(merged) as T
}

/** The caller's evaluation options, checked and merged over the defaults. Throws `TypeError`/`RangeError`. */
export function readEvaluateOptions(
  options: unknown,
  fn: string,
): EvaluationSettings & { readonly rules: readonly Rule[] } {
  if (typeof options !== 'object' || options === null)
    throw new TypeError(
      `${fn}: pass the options object, e.g. ${fn}(…, { asOf: '2020-12-31' }); got ${describe(options)}.`,
    )
  const given = options as Partial<Record<keyof EvaluateOptions, unknown>>
  if (given.asOf === undefined)
    throw new TypeError(
      `${fn}: options.asOf is required (core never reads the clock), e.g. { asOf: '2020-12-31' }.`,
    )
  const asOf = readIsoDay(given.asOf, 'options.asOf', fn)
  const rules = given.rules ?? defaultRules
  if (!Array.isArray(rules))
    throw new TypeError(
      `${fn}: options.rules must be an array of rule functions, e.g. [...defaultRules, myRule]; got ${describe(rules)}.`,
    )
  // The rules are read into a plain array of our own. The evaluation then runs on a list the caller cannot
  // change midway, and the engine reads each rule from it quickly: reading from a frozen array (defaultRules)
  // by index, seven times an action, took a slow generic path in optimised code.
  const ruleList: Rule[] = []
  for (let index = 0; index < rules.length; index++) {
    const rule: unknown = rules[index]
    if (typeof rule !== 'function')
      throw new TypeError(`${fn}: options.rules[${index}] must be a rule function; got ${describe(rule)}.`)
    ruleList.push(rule as Rule)
  }
  return {
    asOf: asOf.day,
    asOfDay: asOf.number,
    options: readNumbers<RuleOptions>(given.options, defaultRuleOptions, 'options.options', fn, false),
    weights: readNumbers<StatusWeights>(given.weights, defaultStatusWeights, 'options.weights', fn, true),
    planStart: null,
    planEnd: null,
    planStartDay: Number.NaN,
    asOfBound: dayBound(asOf.day),
    rules: ruleList,
  }
}
