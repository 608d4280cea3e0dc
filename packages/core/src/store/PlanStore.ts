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
 * when the plan is deleted (a delete is itself an entry). Only erasure reaches back: `erasePerson` replaces a
 * person's name inside earlier entries, and `purgePlan` removes a plan's whole trail.
 *
 * - `save`: the whole plan was written by `savePlan` (`actionId` and `update` are null);
 * - `update`: `recordUpdate` applied `update` to action `actionId`;
 * - `delete`: `deletePlan` removed the plan (`actionId` and `update` are null);
 * - `erasure`: `erasePerson` replaced a person's name in this plan and its history. The entry records that an
 *   erasure happened and when, never whose name it was (`actionId` and `update` are null).
 *
 * @example
 * const trail = await store.history('uni-2024', 'V1')
 * for (const e of trail) console.log(e.recordedAt, e.update?.by, e.update?.status?.state)
 */
export interface PlanHistoryEntry {
  readonly kind: 'save' | 'update' | 'delete' | 'erasure'
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
   * exist yet" (the error then says the plan already exists). Omit it to overwrite whatever is there.
   */
  readonly expectedRevision?: number
}

/**
 * Options of `getPlan` and `listActions`.
 *
 * @example
 * const lastTerm = await store.getPlan('uni-2024', { asOf: '2025-12-31T23:59:59Z' })
 * const sameDay = await store.getPlan('uni-2024', { asOf: '2025-12-31' }) // the end of that day, UTC
 */
export interface ReadOptions {
  /**
   * Read the plan as it stood at this moment (the latest revision written at or before it): an ISO
   * date-time with an offset, or a calendar date `YYYY-MM-DD`, which means the end of that day in UTC
   * (`YYYY-MM-DDT23:59:59.999Z`).
   */
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
 * Options of `erasePerson`.
 *
 * @example
 * await store.erasePerson('Jo Bloggs', { placeholder: '[former technician]' })
 */
export interface ErasePersonOptions {
  /** The text written where the name stood. Default `[erased]`. It must not contain the name itself. */
  readonly placeholder?: string
}

/**
 * What `erasePerson` changed: each plan in which the name was found, with the revision of its `erasure`
 * history entry. Plans that never held the name are not listed and not touched.
 *
 * @example
 * const { plans } = await store.erasePerson('Jo Bloggs')
 * console.log(`erased from ${plans.length} plan(s):`, plans.map((p) => p.planId).join(', '))
 */
export interface ErasureResult {
  readonly plans: readonly { readonly planId: string; readonly revision: number }[]
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
   * Remove the plan and every trace of it: all revisions and the whole history (the right to erasure, or a
   * plan saved by mistake). Afterwards the id is unknown, as if it had never been saved; saving it again
   * starts at revision 1. `NotFoundError` when the store has never held the id (or it was purged already).
   */
  purgePlan(planId: string): Promise<void>
  /**
   * Erase one person: replace every occurrence of `name` (exact text, case-sensitive) by a placeholder in
   * every string of every plan, every past revision and every history entry — owners, notes, `update.by`,
   * titles, extra columns. Ids are left as they are. Each plan that held the name gets one `erasure` entry in
   * its history (without the name) and a new revision. `ValidationError` for a name shorter than two
   * characters or a placeholder that contains it.
   */
  erasePerson(name: string, options?: ErasePersonOptions): Promise<ErasureResult>
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
