import type { z } from 'zod'
import { ValidationError, type ValidationProblem } from '../errors'

/**
 * The result of a `safe…` builder: like zod's `safeParse`, never throws.
 *
 * @example
 * ```ts
 * const result: SafeResult<Plan> = safeCreatePlan(input)
 * if (result.success) save(result.data)
 * else for (const problem of result.error.problems) console.log(problem.path, problem.message)
 * ```
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: ValidationError }

/** Dotted path of a zod issue (`actions.3.target.due`); the empty path is reported as `(root)`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.')
}

/**
 * Turns zod issues (and any problems found by hand) into one `ValidationError` whose message lists every
 * field, so a caller can fix them all in one pass. Internal.
 *
 * @example
 * ```ts
 * const parsed = Action.safeParse(candidate)
 * if (!parsed.success) throw toValidationError('Action is invalid', parsed.error.issues)
 * ```
 */
export function toValidationError(
  what: string,
  issues: readonly z.core.$ZodIssue[],
  extra: readonly ValidationProblem[] = [],
  prefix = '',
): ValidationError {
  const problems: ValidationProblem[] = [
    ...extra,
    ...issues.map((issue) => ({ path: prefixPath(prefix, issuePath(issue.path)), message: issue.message })),
  ]
  return new ValidationError(what, problems)
}

/** Joins a parent path and a child path, leaving out `(root)`. */
export function prefixPath(prefix: string, path: string): string {
  if (prefix === '') return path
  return path === '(root)' ? prefix : `${prefix}.${path}`
}
