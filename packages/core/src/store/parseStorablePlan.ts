import { ValidationError, type ValidationProblem } from '../errors'
import type { Plan } from '../model/plan'
import { IsoDate, IsoDateTime } from '../model/primitives'
import { ProgressUpdate } from '../model/progressUpdate'
import { StatusState } from '../model/status'
import { type PlanHeader, type PlanStream, streamPlan, validatePlan } from '../model/validatePlan'
import type { ActionQuery } from './PlanStore'
import type { z } from 'zod'

function problemsOf(error: z.ZodError): ValidationProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
}

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
  // validatePlan accepts exactly what the zod `Plan` schema accepts (its tests check that) and returns a fresh
  // copy, so a store never keeps a reference its caller can still change.
  const result = validatePlan(plan)
  if (!result.success) {
    throw new ValidationError(
      'The plan does not match the techcommit model; fix the fields listed in `problems`.',
      result.problems,
    )
  }
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
 * Options of `streamStorablePlan`.
 *
 * @example
 * streamStorablePlan(plan, write, { checkDuplicateIds: false }) // a unique index refuses them instead
 */
export interface StreamStorablePlanOptions {
  /** Default true. A store whose own unique index refuses a repeated action id may turn the check off and, when
   * the index refuses one, call `parseStorablePlan(plan)` to throw the same `ValidationError`. */
  readonly checkDuplicateIds?: boolean
}

/**
 * `parseStorablePlan` for stores that write a plan action by action (see `streamPlan`): the same checks and the
 * same `ValidationError`s, but each checked action copy goes to `write.action` as soon as it is read. Call it
 * inside the write transaction: when it throws, roll back whatever `write` did. Returns the plan's header
 * (everything but `actions`) and how many actions were written.
 *
 * @example
 * db.transaction(() => {
 *   const { header, actionCount } = streamStorablePlan(input, { header: begin, action: insertAction })
 *   finish(header, actionCount)
 * }).immediate()
 */
export function streamStorablePlan(
  plan: unknown,
  write: PlanStream,
  options: StreamStorablePlanOptions = {},
): { readonly header: PlanHeader; readonly actionCount: number } {
  const checkDuplicates = options.checkDuplicateIds ?? true
  const seen = new Set<string>()
  const problems: ValidationProblem[] = []
  let actionCount = 0
  const result = streamPlan(plan, {
    header: (header) => {
      if (hasLoneSurrogate(header.id)) problems.push({ path: 'id', message: illFormed })
      if (problems.length === 0) write.header(header)
    },
    action: (action, index) => {
      if (hasLoneSurrogate(action.id)) problems.push({ path: `actions.${index}.id`, message: illFormed })
      if (checkDuplicates) {
        if (seen.has(action.id)) {
          problems.push({
            path: `actions.${index}.id`,
            message: `Duplicate action id "${action.id}": ids must be unique within a plan.`,
          })
        }
        seen.add(action.id)
      }
      if (problems.length === 0) write.action(action, index)
      actionCount++
    },
  })
  if (!result.success) {
    throw new ValidationError(
      'The plan does not match the techcommit model; fix the fields listed in `problems`.',
      result.problems,
    )
  }
  if (problems.length > 0) {
    throw new ValidationError('The plan has unusable ids; give each action its own well-formed id.', problems)
  }
  const { actions: _none, ...header } = result.data
  return { header, actionCount }
}

/**
 * Check a progress update before a store records it. Returns the parsed update; throws `ValidationError`.
 *
 * @example
 * parseStorableUpdate({ at: '2026-02-01T10:00:00Z', by: null, status: null, target: null, note: 'Met HR' })
 */
export function parseStorableUpdate(update: unknown): ProgressUpdate {
  const result = ProgressUpdate.safeParse(update)
  if (!result.success) {
    throw new ValidationError(
      'The progress update does not match the techcommit model.',
      problemsOf(result.error),
    )
  }
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
