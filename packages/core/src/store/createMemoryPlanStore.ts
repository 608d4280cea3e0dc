import { NotFoundError } from '../errors'
import type { Action } from '../model/action'
import type { Plan } from '../model/plan'
import type { ProgressUpdate } from '../model/progressUpdate'
import { applyProgressUpdate } from './applyProgressUpdate'
import { asOfToMillis } from './asOfToMillis'
import { erasePersonIn, parseErasure } from './erasePersonIn'
import { filterActions } from './filterActions'
import {
  parseActionQuery,
  parseStorablePlan,
  parseStorableUpdate,
  timestampToMillis,
} from './parseStorablePlan'
import type {
  ActionQuery,
  DeletePlanOptions,
  ErasePersonOptions,
  ErasureResult,
  PlanHistoryEntry,
  PlanStore,
  PlanSummary,
  ReadOptions,
  RecordUpdateOptions,
  SavePlanOptions,
  StoredPlan,
} from './PlanStore'
import { revisionConflict } from './revisionConflict'

/**
 * Options of `createMemoryPlanStore`.
 *
 * @example
 * createMemoryPlanStore({ now: () => new Date().toISOString() })
 */
export interface MemoryPlanStoreOptions {
  /**
   * The store's clock, an ISO date-time per call. Core never reads the system clock, so without it the store
   * uses a logical clock that starts at 1970-01-01T00:00:00.000Z and ticks one millisecond per write —
   * deterministic, but pass a real clock when timestamps matter to your users.
   */
  readonly now?: () => string
}

interface Revision {
  readonly revision: number
  readonly savedAt: string
  readonly savedAtMs: number
  /** null: the plan was deleted at this revision. */
  readonly plan: Plan | null
}

interface PlanRecord {
  revisions: Revision[]
  history: PlanHistoryEntry[]
}

function logicalClock(): () => string {
  let tick = 0
  return () => new Date(++tick).toISOString()
}

/**
 * A `PlanStore` held in memory: for tests, demos and the browser. It keeps every revision (sharing unchanged
 * actions between them), so `getPlan(id, { asOf })` and `history` behave exactly as in durable stores. Reads
 * return copies: changing a returned plan never changes the store.
 *
 * @example
 * const store = createMemoryPlanStore({ now: () => new Date().toISOString() })
 * const { revision } = await store.savePlan(plan)
 * await store.recordUpdate(plan.id, plan.actions[0].id, update, { expectedRevision: revision })
 */
export function createMemoryPlanStore(options: MemoryPlanStoreOptions = {}): PlanStore {
  const now = options.now ?? logicalClock()
  // A Map, never a plain object: plan ids are user text and may be "__proto__".
  const records = new Map<string, PlanRecord>()

  const latest = (record: PlanRecord | undefined): Revision | undefined => record?.revisions.at(-1)

  // A plan's clock never goes backwards: when the clock reads earlier than the plan's last write (a clock
  // set back), the write takes the last write's time, so no revision appears to precede the one before it.
  const tick = (record: PlanRecord): { savedAt: string; savedAtMs: number } => {
    const savedAt = now()
    const savedAtMs = timestampToMillis(savedAt, 'now()')
    const last = latest(record)
    return last !== undefined && last.savedAtMs > savedAtMs ? last : { savedAt, savedAtMs }
  }

  const asOfRevision = (record: PlanRecord, asOf: string): Revision | undefined => {
    const asOfMs = asOfToMillis(asOf)
    for (let i = record.revisions.length - 1; i >= 0; i--) {
      const revision = record.revisions[i]!
      if (revision.savedAtMs <= asOfMs) return revision
    }
    return undefined
  }

  const readRevision = (planId: string, options: ReadOptions = {}): Revision | undefined => {
    const record = records.get(planId)
    if (record === undefined) {
      if (options.asOf !== undefined) asOfToMillis(options.asOf)
      return undefined
    }
    return options.asOf === undefined ? latest(record) : asOfRevision(record, options.asOf)
  }

  const checkRevision = (planId: string, expected: number | undefined, current: Revision | undefined) => {
    const revision = current?.revision ?? 0
    if (expected !== undefined && expected !== revision) {
      throw revisionConflict(planId, expected, revision, current?.plan != null)
    }
  }

  const append = (
    planId: string,
    record: PlanRecord,
    plan: Plan | null,
    entry: Pick<PlanHistoryEntry, 'kind' | 'actionId' | 'update'>,
  ): number => {
    const revision = (latest(record)?.revision ?? 0) + 1
    const { savedAt, savedAtMs } = tick(record)
    record.revisions.push({ revision, savedAt, savedAtMs, plan })
    record.history.push({ ...entry, planId, revision, recordedAt: savedAt })
    return revision
  }

  return {
    async savePlan(input: Plan, options: SavePlanOptions = {}) {
      const plan = parseStorablePlan(input)
      const record = records.get(plan.id) ?? { revisions: [], history: [] }
      checkRevision(plan.id, options.expectedRevision, latest(record))
      const revision = append(plan.id, record, plan, { kind: 'save', actionId: null, update: null })
      records.set(plan.id, record)
      return { revision }
    },

    async getPlan(planId: string, options?: ReadOptions): Promise<StoredPlan | null> {
      const found = readRevision(planId, options)
      if (found?.plan == null) return null
      return { plan: structuredClone(found.plan), revision: found.revision, savedAt: found.savedAt }
    },

    async listPlans(): Promise<PlanSummary[]> {
      const summaries: PlanSummary[] = []
      for (const record of records.values()) {
        const current = latest(record)
        if (current?.plan == null) continue
        const { plan } = current
        summaries.push({
          id: plan.id,
          institution: plan.institution,
          title: plan.title,
          taxonomy: plan.taxonomy,
          actionCount: plan.actions.length,
          revision: current.revision,
          savedAt: current.savedAt,
        })
      }
      // Code-unit order, the same as SQLite's default BINARY collation.
      return summaries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    },

    async deletePlan(planId: string, options: DeletePlanOptions = {}) {
      const record = records.get(planId)
      const current = latest(record)
      if (record === undefined || current?.plan == null) throw new NotFoundError(planId)
      checkRevision(planId, options.expectedRevision, current)
      return { revision: append(planId, record, null, { kind: 'delete', actionId: null, update: null }) }
    },

    async purgePlan(planId: string) {
      if (!records.delete(planId)) throw new NotFoundError(planId)
    },

    async erasePerson(name: string, options: ErasePersonOptions = {}): Promise<ErasureResult> {
      const erasure = parseErasure(name, options)
      const plans: { planId: string; revision: number }[] = []
      for (const [planId, record] of records) {
        let changed = false
        const erase = <T>(value: T): T => {
          const result = erasePersonIn(value, erasure)
          changed ||= result.changed
          return result.value
        }
        const revisions = record.revisions.map((r) => ({ ...r, plan: erase(r.plan) }))
        const history = record.history.map((e) => ({ ...e, update: erase(e.update) }))
        if (!changed) continue
        record.revisions = revisions
        record.history = history
        const current = latest(record)?.plan ?? null
        const revision = append(planId, record, current, { kind: 'erasure', actionId: null, update: null })
        plans.push({ planId, revision })
      }
      return { plans }
    },

    async recordUpdate(
      planId: string,
      actionId: string,
      input: ProgressUpdate,
      options: RecordUpdateOptions,
    ) {
      const update = parseStorableUpdate(input)
      const record = records.get(planId)
      const current = latest(record)
      if (record === undefined || current?.plan == null) throw new NotFoundError(planId)
      checkRevision(planId, options.expectedRevision, current)
      const index = current.plan.actions.findIndex((action) => action.id === actionId)
      if (index < 0) throw new NotFoundError(planId, actionId)
      const actions: Action[] = current.plan.actions.slice()
      actions[index] = applyProgressUpdate(actions[index]!, update)
      const plan: Plan = { ...current.plan, actions }
      return { revision: append(planId, record, plan, { kind: 'update', actionId, update }) }
    },

    async history(planId: string, actionId?: string) {
      const record = records.get(planId)
      if (record === undefined) throw new NotFoundError(planId)
      const entries =
        actionId === undefined
          ? record.history
          : record.history.filter((entry) => entry.actionId === actionId)
      return structuredClone(entries)
    },

    async listActions(planId: string, input: ActionQuery = {}) {
      const query = parseActionQuery(input)
      const found = readRevision(planId, query)
      if (found?.plan == null) throw new NotFoundError(planId)
      return structuredClone(filterActions(found.plan.actions, query))
    },
  }
}
