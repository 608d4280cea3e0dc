import type { Action } from '../model/action'
import type { Plan } from '../model/plan'
import type { ProgressUpdate } from '../model/progressUpdate'
import type { StatusState } from '../model/status'

/**
 * A plan as the store holds it: the plan itself, the revision it is at, and when that revision was written.
 *
 * @example
 * const stored = await store.getPlan('uni-2024')
 * if (stored) console.log(stored.plan.title, 'at revision', stored.revision, 'saved', stored.savedAt)
 */
export interface StoredPlan {
  readonly plan: Plan
  /** Starts at 1 on the first save and goes up by one on every write to the plan (save, update, delete). */
  readonly revision: number
  /** ISO date-time at which this revision was written, by the store's injected clock (`now`). */
  readonly savedAt: string
}

/**
 * One line of `listPlans()`: enough to show a picker without loading every action.
 *
 * @example
 * for (const s of await store.listPlans()) console.log(`${s.id} (${s.actionCount} actions, rev ${s.revision})`)
 */
export interface PlanSummary {
  readonly id: string
  readonly institution: string | null
  readonly title: string | null
  readonly taxonomy: string
  readonly actionCount: number
  readonly revision: number
  readonly savedAt: string
}

/**
 * One entry of a plan's audit trail. Entries are append-only: the store never edits or removes one, not even
 * when the plan is deleted (a delete is itself an entry).
 *
 * - `save`: the whole plan was written by `savePlan` (`actionId` and `update` are null);
 * - `update`: `recordUpdate` applied `update` to action `actionId`;
 * - `delete`: `deletePlan` removed the plan (`actionId` and `update` are null).
 *
 * @example
 * const trail = await store.history('uni-2024', 'V1')
 * for (const e of trail) console.log(e.recordedAt, e.update?.by, e.update?.status?.state)
 */
export interface PlanHistoryEntry {
  readonly kind: 'save' | 'update' | 'delete'
  readonly planId: string
  readonly actionId: string | null
  /** The plan revision this entry produced. Strictly increasing along a plan's history. */
  readonly revision: number
  /** ISO date-time the store wrote the entry (its clock), which may differ from `update.at`. */
  readonly recordedAt: string
  readonly update: ProgressUpdate | null
}

/**
 * Options of `savePlan`.
 *
 * @example
 * await store.savePlan(plan, { expectedRevision: 0 }) // create only: fails with ConflictError if it exists
 */
export interface SavePlanOptions {
  /**
   * Refuse the save with a `ConflictError` unless the plan is at this revision. `0` means "the plan must not
   * exist yet". Omit it to overwrite whatever is there.
   */
  readonly expectedRevision?: number
}

/**
 * Options of `getPlan` and `listActions`.
 *
 * @example
 * const lastTerm = await store.getPlan('uni-2024', { asOf: '2025-12-31T23:59:59Z' })
 */
export interface ReadOptions {
  /** Read the plan as it stood at this ISO date-time (the latest revision written at or before it). */
  readonly asOf?: string
}

/**
 * Options of `recordUpdate`.
 *
 * @example
 * await store.recordUpdate('uni-2024', 'V1', update, { expectedRevision: stored.revision })
 */
export interface RecordUpdateOptions {
  /** The revision the caller read. The update is refused with a `ConflictError` if the plan moved since. */
  readonly expectedRevision: number
}

/**
 * Options of `deletePlan`.
 *
 * @example
 * await store.deletePlan('uni-2024', { expectedRevision: 7 })
 */
export interface DeletePlanOptions {
  /** Refuse the delete with a `ConflictError` unless the plan is at this revision. */
  readonly expectedRevision?: number
}

/**
 * A filter on a plan's current actions; every given field must match (AND). The queries the widgets and the
 * CLI need: by pillar, by reported status, due before a date.
 *
 * @example
 * // overdue Visibility actions on 1 March 2026
 * const query: ActionQuery = { pillar: 'V', dueBefore: '2026-03-01', state: ['not-started', 'in-progress'] }
 */
export interface ActionQuery extends ReadOptions {
  /** A pillar code of the plan's taxonomy, e.g. `V`. Matches actions mapped to it (among others). */
  readonly pillar?: string
  /** One status state, or several (any of them matches). */
  readonly state?: StatusState | readonly StatusState[]
  /** ISO `YYYY-MM-DD`: matches actions whose `target.due` is strictly earlier. Undated actions never match. */
  readonly dueBefore?: string
}

/**
 * The storage port: a plain Promise interface every adapter implements (`createMemoryPlanStore` in core,
 * `openSqlitePlanStore` in `@techcommit/adapter-sqlite`). Every adapter runs the same conformance suite,
 * `runPlanStoreConformance` from `@techcommit/core/testing`.
 *
 * Failures are `ValidationError` (the plan or update does not match the model), `NotFoundError`,
 * `ConflictError` (a stale `expectedRevision`; carries `currentRevision`) and `StorageError` (the backend).
 *
 * @example
 * const { revision } = await store.savePlan(plan)
 * await store.recordUpdate(plan.id, 'V1', update, { expectedRevision: revision })
 * const overdue = await store.listActions(plan.id, { pillar: 'V', dueBefore: '2026-03-01' })
 */
export interface PlanStore {
  /** Write the whole plan (validated against the model) as a new revision. Returns that revision. */
  savePlan(plan: Plan, options?: SavePlanOptions): Promise<{ readonly revision: number }>
  /** The plan now, or as it stood at `asOf`; null when there is none (never saved, or deleted by then). */
  getPlan(planId: string, options?: ReadOptions): Promise<StoredPlan | null>
  /** Every plan that currently exists, ordered by id. */
  listPlans(): Promise<readonly PlanSummary[]>
  /** Remove the plan. Its history stays (with a `delete` entry); reads `asOf` an earlier time still see it. */
  deletePlan(planId: string, options?: DeletePlanOptions): Promise<{ readonly revision: number }>
  /**
   * Apply a progress update to one action: `update.status` and `update.target` (when not null) replace the
   * action's, and the update is appended to `action.updates` and to the history. Returns the new revision.
   */
  recordUpdate(
    planId: string,
    actionId: string,
    update: ProgressUpdate,
    options: RecordUpdateOptions,
  ): Promise<{ readonly revision: number }>
  /** The audit trail, oldest first; only the entries of `actionId` when given. */
  history(planId: string, actionId?: string): Promise<readonly PlanHistoryEntry[]>
  /** The plan's actions matching `query`, in plan order. */
  listActions(planId: string, query?: ActionQuery): Promise<readonly Action[]>
  /** Release the backend (file handles). Optional: the memory store has nothing to release. */
  close?(): Promise<void>
}
