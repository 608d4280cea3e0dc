/**
 * techcommit's error family. Each error has a `_tag` (so Effect's `catchTag` and exhaustive `switch`es work),
 * a human `message` that says what to do, and an optional `cause`. They are plain `Error` subclasses, so
 * Promise code can use `instanceof` and core stays free of effect.
 */
export abstract class TechcommitError extends Error {
  abstract readonly _tag: string
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
  }
}

/** One field that failed validation. `path` is the location inside the object, e.g. `actions.3.target.due`. */
export interface ValidationProblem {
  readonly path: string
  readonly message: string
}

// A message lists this many problems; the rest are in `problems`.
const LISTED_PROBLEMS = 10

/**
 * Input did not match the model. `problems` names each field and what is wrong with it, and the message
 * lists them too (`Plan is invalid. Fix these fields: actions.3.target.due: Invalid ISO date`), so a log line
 * alone says what to fix.
 *
 * @example
 * try { createPlan(input) } catch (e) { if (e instanceof ValidationError) console.error(e.message, e.problems) }
 */
export class ValidationError extends TechcommitError {
  readonly _tag = 'ValidationError' as const
  readonly problems: readonly ValidationProblem[]
  /** `summary` says what was being checked; the problems' paths and messages are appended to it. */
  constructor(summary: string, problems: readonly ValidationProblem[], options?: { cause?: unknown }) {
    super(withProblems(summary, problems), options)
    this.problems = problems
  }
}

function withProblems(summary: string, problems: readonly ValidationProblem[]): string {
  if (problems.length === 0) return summary
  const listed = problems
    .slice(0, LISTED_PROBLEMS)
    .map((problem) => `${problem.path}: ${problem.message}`)
    .join('; ')
  const more =
    problems.length > LISTED_PROBLEMS
      ? ` (and ${problems.length - LISTED_PROBLEMS} more in \`problems\`)`
      : ''
  return `${summary.replace(/\.$/, '')}. Fix these fields: ${listed}${more}`
}

/**
 * A strict-mode import met problems of severity `error`. The issues are attached.
 *
 * @example
 * try { tableToPlan(rows, { strict: true }) } catch (e) { if (e instanceof ImportError) report(e.issues) }
 */
export class ImportError extends TechcommitError {
  readonly _tag = 'ImportError' as const
  readonly issues: readonly import('./model/importIssue').ImportIssue[]
  constructor(
    message: string,
    issues: readonly import('./model/importIssue').ImportIssue[],
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.issues = issues
  }
}

/**
 * The plan (or action) asked for does not exist in the store.
 *
 * @example
 * await store.recordUpdate('no-such-plan', 'V1', update, { expectedRevision: 1 }) // rejects with NotFoundError
 */
export class NotFoundError extends TechcommitError {
  readonly _tag = 'NotFound' as const
  readonly planId: string
  readonly actionId: string | null
  constructor(planId: string, actionId: string | null = null, options?: { cause?: unknown }) {
    super(
      actionId === null
        ? `Plan "${planId}" was not found. Check the id, or save the plan first with savePlan().`
        : `Action "${actionId}" was not found in plan "${planId}". Check the id against getPlan(planId).actions.`,
      options,
    )
    this.planId = planId
    this.actionId = actionId
  }
}

/**
 * An optimistic write was refused: someone else changed the record since `expectedRevision` was read.
 *
 * @example
 * catch (e) { if (e instanceof ConflictError) retryWith(e.currentRevision) }
 */
export class ConflictError extends TechcommitError {
  readonly _tag = 'Conflict' as const
  readonly expectedRevision: number
  readonly currentRevision: number
  constructor(
    what: string,
    expectedRevision: number,
    currentRevision: number,
    /** `message` replaces the default wording when the store can say more (e.g. "already exists"). */
    options?: { cause?: unknown; message?: string },
  ) {
    super(
      options?.message ??
        `${what} was changed by someone else: you expected revision ${expectedRevision}, the store is at ${currentRevision}. Reload it, reapply your change and try again with expectedRevision ${currentRevision}.`,
      options,
    )
    this.expectedRevision = expectedRevision
    this.currentRevision = currentRevision
  }
}

/**
 * The storage backend failed (disk, lock, corrupt file, unsupported schema). `cause` holds the driver error.
 *
 * @example
 * catch (e) { if (e instanceof StorageError) console.error('database problem:', e.message, e.cause) }
 */
export class StorageError extends TechcommitError {
  readonly _tag = 'StorageError' as const
}
