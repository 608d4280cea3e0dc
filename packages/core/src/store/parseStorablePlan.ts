import { ValidationError, type ValidationProblem } from '../errors'
import { Plan } from '../model/plan'
import { IsoDate, IsoDateTime } from '../model/primitives'
import { ProgressUpdate } from '../model/progressUpdate'
import { StatusState } from '../model/status'
import { toValidationError } from '../model/toValidationError'
import type { ActionQuery } from './PlanStore'

const illFormed = 'Ids must be well-formed Unicode (this one holds a lone UTF-16 surrogate).'
// One code unit with a one-unit lookaround on each side: no backtracking.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

// Stores key rows by id; a lone surrogate cannot be encoded as UTF-8, so two different ids could collapse
// into the same key on disk.
function hasLoneSurrogate(id: string): boolean {
  return loneSurrogate.test(id)
}

/**
 * Check a plan before a store writes it: it must match the `Plan` schema and its action ids must be unique
 * (stores address actions by id) and every id must be well-formed Unicode. Returns the parsed plan; throws `ValidationError` naming each problem.
 * Adapters call it so that every store refuses the same inputs.
 *
 * @example
 * const clean = parseStorablePlan(plan) // throws ValidationError on a duplicate action id
 */
export function parseStorablePlan(plan: unknown): Plan {
  // The schema returns a fresh copy, so a store never keeps a reference its caller can still change.
  const result = Plan.safeParse(plan)
  if (!result.success)
    throw toValidationError('The plan does not match the techcommit model', result.error.issues)
  const seen = new Set<string>()
  const problems: ValidationProblem[] = []
  if (hasLoneSurrogate(result.data.id)) problems.push({ path: 'id', message: illFormed })
  result.data.actions.forEach((action, index) => {
    if (hasLoneSurrogate(action.id)) problems.push({ path: `actions.${index}.id`, message: illFormed })
    if (seen.has(action.id)) {
      problems.push({
        path: `actions.${index}.id`,
        message: `Duplicate action id "${action.id}": ids must be unique within a plan.`,
      })
    }
    seen.add(action.id)
  })
  if (problems.length > 0) {
    throw new ValidationError('The plan has unusable ids; give each action its own well-formed id.', problems)
  }
  return result.data
}

/**
 * Check a progress update before a store records it. Returns the parsed update; throws `ValidationError`.
 *
 * @example
 * parseStorableUpdate({ at: '2026-02-01T10:00:00Z', by: null, status: null, target: null, note: 'Met HR' })
 */
export function parseStorableUpdate(update: unknown): ProgressUpdate {
  const result = ProgressUpdate.safeParse(update)
  if (!result.success)
    throw toValidationError('The progress update does not match the techcommit model', result.error.issues)
  return result.data
}

/**
 * Read an ISO date-time (a store clock reading, or an `asOf`) as epoch milliseconds so that instants written
 * with different offsets compare correctly. Throws `ValidationError` on anything else.
 *
 * @example
 * timestampToMillis('2026-01-01T00:00:00+01:00', 'asOf') // 1767222000000
 */
export function timestampToMillis(value: unknown, what: string): number {
  const result = IsoDateTime.safeParse(value)
  if (!result.success) {
    throw new ValidationError(`${what} must be an ISO date-time with an offset, e.g. 2026-01-31T09:00:00Z.`, [
      { path: what, message: `Got ${JSON.stringify(String(value).slice(0, 80))}.` },
    ])
  }
  return Date.parse(result.data)
}

/**
 * Check an `ActionQuery`: `dueBefore` must be an ISO calendar date and every `state` one of the status states.
 * Returns the query with `state` as a list without repeats (so stores can bind one parameter per state);
 * throws `ValidationError`.
 *
 * @example
 * parseActionQuery({ dueBefore: '2026-03-01', state: 'in-progress' }) // state becomes ['in-progress']
 */
export function parseActionQuery(query: ActionQuery): ActionQuery {
  if (query.dueBefore !== undefined && !IsoDate.safeParse(query.dueBefore).success) {
    throw new ValidationError('dueBefore must be an ISO date, YYYY-MM-DD.', [
      { path: 'dueBefore', message: `Got ${JSON.stringify(String(query.dueBefore).slice(0, 80))}.` },
    ])
  }
  if (query.state === undefined) return query
  const states = typeof query.state === 'string' ? [query.state] : query.state
  const known = new Set<string>(StatusState.options)
  const bad = states.find((state) => !known.has(state))
  if (bad !== undefined) {
    throw new ValidationError(`state must be one of ${StatusState.options.join(', ')}.`, [
      { path: 'state', message: `Got ${JSON.stringify(String(bad).slice(0, 80))}.` },
    ])
  }
  return { ...query, state: [...new Set(states)] }
}
