import {
  type Action,
  type ActionQuery,
  type DeletePlanOptions,
  type ErasePersonOptions,
  type ErasureResult,
  NotFoundError,
  type Plan,
  type PlanHistoryEntry,
  type PlanStore,
  type PlanSummary,
  type ProgressUpdate,
  type ReadOptions,
  type RecordUpdateOptions,
  type SavePlanOptions,
  StorageError,
  type StoredPlan,
  TechcommitError,
} from '@techcommit/core'
import {
  applyProgressUpdate,
  asOfToMillis,
  erasePersonIn,
  parseActionQuery,
  parseErasure,
  parseStorablePlan,
  parseStorableUpdate,
  revisionConflict,
  timestampToMillis,
} from '@techcommit/core/store'
import type Database from 'better-sqlite3'
import { damagedFile, isDamaged, openDatabase } from './openDatabase'

/**
 * Options of `openSqlitePlanStore`.
 *
 * @example
 * openSqlitePlanStore({ filename: './techcommit.db', busyTimeoutMs: 10_000 })
 */
export interface SqlitePlanStoreOptions {
  /** Path of the database file (created when missing), or `:memory:` for a private in-memory database. */
  readonly filename: string
  /** The clock for `savedAt`/`recordedAt`, an ISO date-time. Default: the system clock. */
  readonly now?: () => string
  /** How long a write waits for another process's lock before failing with `StorageError`. Default 5,000. */
  readonly busyTimeoutMs?: number
}

/**
 * A `PlanStore` on an SQLite file, plus what only a file store can do.
 *
 * @example
 * const store = openSqlitePlanStore({ filename: './techcommit.db' })
 * await store.backup('./backups/techcommit-2026-01-05.db')
 * await store.close()
 */
export interface SqlitePlanStore extends PlanStore {
  readonly filename: string
  /** Copy the whole database to `toFilename` with SQLite's online backup API, while the store stays open. */
  backup(toFilename: string): Promise<void>
  /** Close the file. Further calls fail with `StorageError`. Calling it twice is harmless. */
  close(): Promise<void>
}

interface PlanRow {
  plan_key: number
  revision: number
  saved_at: string
  /** When the current revision was written, as epoch ms: a plan's writes never go back before it. */
  saved_at_ms: number
  deleted: number
}
interface RevisionRow {
  revision: number
  saved_at: string
  header: string | null
}
interface HistoryRow {
  revision: number
  kind: PlanHistoryEntry['kind']
  action_id: string | null
  recorded_at: string
  entry: string | null
}
type PlanHeader = Omit<Plan, 'actions'>

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

const stateClause = (count: number): string =>
  `a.state IN (${Array.from({ length: count }, () => '?').join(', ')})`

/**
 * Open (or create) a durable `PlanStore` in an SQLite file. It runs the schema migrations, switches the file
 * to WAL, turns on foreign keys and a busy timeout, and keeps every revision: `getPlan(id, { asOf })` reads
 * the past and `history()` is an append-only audit trail. Every write is one IMMEDIATE transaction, so
 * several processes can share the file; a stale `expectedRevision` is refused with `ConflictError`.
 *
 * Unlike core, the adapter may read the system clock: pass `now` to control timestamps.
 *
 * @example
 * const store = openSqlitePlanStore({ filename: './techcommit.db' })
 * const { revision } = await store.savePlan(plan)
 * const overdue = await store.listActions(plan.id, { pillar: 'V', dueBefore: '2026-03-01' })
 */
export function openSqlitePlanStore(options: SqlitePlanStoreOptions): SqlitePlanStore {
  const { filename } = options
  const now = options.now ?? (() => new Date().toISOString())
  const db = openDatabase(filename, options.busyTimeoutMs ?? 5000)
  let closed = false

  const sql = {
    plan: db.prepare<[string], PlanRow>(
      `SELECT p.plan_key, p.revision, p.saved_at, r.saved_at_ms, p.deleted
       FROM plans AS p JOIN plan_revisions AS r ON r.plan_key = p.plan_key AND r.revision = p.revision
       WHERE p.plan_id = ?`,
    ),
    insertPlan: db.prepare('INSERT INTO plans (plan_id, revision, saved_at, deleted) VALUES (?, ?, ?, 0)'),
    updatePlan: db.prepare('UPDATE plans SET revision = ?, saved_at = ?, deleted = ? WHERE plan_key = ?'),
    insertRevision: db.prepare(
      'INSERT INTO plan_revisions (plan_key, revision, saved_at, saved_at_ms, header, action_count) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    copyRevision: db.prepare(
      `INSERT INTO plan_revisions (plan_key, revision, saved_at, saved_at_ms, header, action_count)
       SELECT plan_key, ?, ?, ?, header, action_count FROM plan_revisions WHERE plan_key = ? AND revision = ?`,
    ),
    revisionAt: db.prepare<[number, number], RevisionRow>(
      'SELECT revision, saved_at, header FROM plan_revisions WHERE plan_key = ? AND revision = ?',
    ),
    revisionAsOf: db.prepare<[number, number], RevisionRow>(
      `SELECT revision, saved_at, header FROM plan_revisions
       WHERE plan_key = ? AND saved_at_ms <= ? ORDER BY revision DESC LIMIT 1`,
    ),
    closeCurrentActions: db.prepare(
      'UPDATE action_versions SET valid_to = ? WHERE plan_key = ? AND valid_to IS NULL',
    ),
    closeVersion: db.prepare('UPDATE action_versions SET valid_to = ? WHERE version_id = ?'),
    insertAction: db.prepare(
      `INSERT INTO action_versions (plan_key, action_id, position, valid_from, valid_to, state, due, data)
       VALUES (?, ?, ?, ?, NULL, ?, ?, ?)`,
    ),
    insertPillar: db.prepare(
      'INSERT OR IGNORE INTO action_pillars (plan_key, pillar, version_id) VALUES (?, ?, ?)',
    ),
    // A whole plan's pillar index in one statement, from one JSON list of [version_id, pillar] pairs: far
    // cheaper than one INSERT call per (action, pillar). OR IGNORE folds a code listed twice in one action into
    // its one row (the primary key); foreign keys are still enforced.
    indexPillars: db.prepare(
      `INSERT OR IGNORE INTO action_pillars (plan_key, pillar, version_id)
       SELECT ?, p.value ->> 1, p.value ->> 0 FROM json_each(?) AS p`,
    ),
    currentAction: db.prepare<[number, string], { version_id: number; position: number; data: string }>(
      'SELECT version_id, position, data FROM action_versions WHERE plan_key = ? AND action_id = ? AND valid_to IS NULL',
    ),
    insertHistory: db.prepare(
      'INSERT INTO history (plan_key, revision, kind, action_id, recorded_at, entry) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    historyAll: db.prepare<[number], HistoryRow>(
      'SELECT revision, kind, action_id, recorded_at, entry FROM history WHERE plan_key = ? ORDER BY seq',
    ),
    historyOfAction: db.prepare<[number, string], HistoryRow>(
      'SELECT revision, kind, action_id, recorded_at, entry FROM history WHERE plan_key = ? AND action_id = ? ORDER BY seq',
    ),
    // Every save closes all earlier versions, so the actions valid at revision r were all written at or after
    // the last full save up to r: reads scan only that slice of the by-revision index.
    lastSave: db.prepare<[number, number], { revision: number }>(
      `SELECT revision FROM history WHERE plan_key = ? AND action_id IS NULL AND kind = 'save' AND revision <= ?
       ORDER BY seq DESC LIMIT 1`,
    ),
    // In index order the rows come out nearly in plan order, and much faster than a random walk through
    // the table; the few updated rows are put back in place by the sort in JavaScript.
    allActions: db.prepare<[number, number, number, number], { position: number; data: string }>(
      `SELECT a.position, a.data FROM action_versions AS a INDEXED BY action_versions_by_revision
       WHERE a.plan_key = ? AND a.valid_from BETWEEN ? AND ? AND (a.valid_to IS NULL OR a.valid_to > ?)`,
    ),
    planKey: db.prepare<[string], { plan_key: number }>('SELECT plan_key FROM plans WHERE plan_id = ?'),
    planByKey: db.prepare<[number], PlanRow & { plan_id: string }>(
      `SELECT p.plan_key, p.plan_id, p.revision, p.saved_at, r.saved_at_ms, p.deleted
       FROM plans AS p JOIN plan_revisions AS r ON r.plan_key = p.plan_key AND r.revision = p.revision
       WHERE p.plan_key = ?`,
    ),
    beginErasure: db.prepare('INSERT INTO erasure_in_progress (one) VALUES (1)'),
    endErasure: db.prepare('DELETE FROM erasure_in_progress'),
    // Children first: every table refers to plans, and action_pillars to action_versions.
    purge: [
      db.prepare('DELETE FROM action_pillars WHERE plan_key = ?'),
      db.prepare('DELETE FROM action_versions WHERE plan_key = ?'),
      db.prepare('DELETE FROM plan_revisions WHERE plan_key = ?'),
      db.prepare('DELETE FROM history WHERE plan_key = ?'),
      db.prepare('DELETE FROM plans WHERE plan_key = ?'),
    ],
    // Every column that holds user text, as JSON: action versions, plan headers, recorded updates.
    erasable: [
      ['action_versions', 'version_id', 'data'],
      ['plan_revisions', 'revision', 'header'],
      ['history', 'seq', 'entry'],
    ].map(([table, id, column]) => ({
      // Table and column names are our own constants; the name is a bound parameter.
      find: db.prepare<[string], { id: number; plan_key: number; text: string }>(
        `SELECT ${id} AS id, plan_key, ${column} AS text FROM ${table} WHERE instr(${column}, ?) > 0`,
      ),
      rewrite: db.prepare(`UPDATE ${table} SET ${column} = ? WHERE plan_key = ? AND ${id} = ?`),
    })),
    listPlans: db.prepare<
      [],
      { plan_id: string; revision: number; saved_at: string; header: string; action_count: number }
    >(
      `SELECT p.plan_id, p.revision, p.saved_at, r.header, r.action_count
       FROM plans AS p JOIN plan_revisions AS r ON r.plan_key = p.plan_key AND r.revision = p.revision
       WHERE p.deleted = 0`,
    ),
  }

  // listActions statements differ only in which fixed clauses they use; cache one per shape.
  const queryCache = new Map<string, Database.Statement<unknown[], { data: string }>>()
  const actionQuery = (shape: { asOf: boolean; pillar: boolean; states: number; due: boolean }) => {
    const key = JSON.stringify(shape)
    let statement = queryCache.get(key)
    if (statement === undefined) {
      const where = ['a.plan_key = ?']
      where.push(
        shape.asOf ? 'a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to > ?)' : 'a.valid_to IS NULL',
      )
      if (shape.pillar)
        where.push(
          'a.version_id IN (SELECT version_id FROM action_pillars WHERE plan_key = ? AND pillar = ?)',
        )
      if (shape.states > 0) where.push(stateClause(shape.states))
      if (shape.due) where.push('a.due < ?')
      statement = db.prepare(
        `SELECT a.data FROM action_versions AS a WHERE ${where.join(' AND ')} ORDER BY a.position`,
      )
      queryCache.set(key, statement)
    }
    return statement
  }

  const guard = <A>(operation: string, run: () => A): Promise<A> => {
    try {
      if (closed)
        throw new StorageError(
          `The SQLite plan store "${filename}" is closed; open it again to ${operation}.`,
        )
      return Promise.resolve(run())
    } catch (error) {
      if (error instanceof TechcommitError) return Promise.reject(error)
      if (isDamaged(error)) return Promise.reject(damagedFile(filename, error))
      const code = (error as { code?: unknown }).code
      const hint =
        code === 'SQLITE_BUSY'
          ? ' Another process held the database lock for longer than busyTimeoutMs; try again or raise busyTimeoutMs.'
          : ''
      return Promise.reject(
        new StorageError(`SQLite ${operation} failed on "${filename}": ${messageOf(error)}.${hint}`, {
          cause: error,
        }),
      )
    }
  }

  const clock = (): { at: string; ms: number } => {
    const at = now()
    return { at, ms: timestampToMillis(at, 'now()') }
  }

  // A plan's writes never go back in time: when the clock reads earlier than the plan's current revision (a
  // clock set back), the write takes that revision's time, so the plan never seems to exist before its first
  // save nor a revision to precede the one before it.
  const stamp = (existing: PlanRow | undefined, time: { at: string; ms: number }) =>
    existing !== undefined && existing.saved_at_ms > time.ms
      ? { at: existing.saved_at, ms: existing.saved_at_ms }
      : time

  /** Writes one action version. Its pillar index rows are written at once, or, when the caller passes
   * `pillarRows`, appended there as `[version_id, pillar]` pairs for one bulk insert (see `indexPillars`). */
  const insertActionVersion = (
    planKey: number,
    action: Action,
    position: number,
    revision: number,
    pillarRows?: [number, string][],
  ): void => {
    const versionId = Number(
      sql.insertAction.run(
        planKey,
        action.id,
        position,
        revision,
        action.status.state,
        action.target.due,
        JSON.stringify(action),
      ).lastInsertRowid,
    )
    for (const pillar of action.pillars) {
      if (pillarRows === undefined) sql.insertPillar.run(planKey, pillar, versionId)
      else pillarRows.push([versionId, pillar])
    }
  }

  const checkExpected = (planId: string, expected: number | undefined, existing: PlanRow | undefined) => {
    const current = existing?.revision ?? 0
    if (expected !== undefined && expected !== current) {
      throw revisionConflict(planId, expected, current, existing !== undefined && existing.deleted === 0)
    }
  }

  /** The revision a read sees: the current one, or the latest written at or before `asOf`. */
  const readRevision = (
    planId: string,
    options: ReadOptions,
  ): { planKey: number; row: RevisionRow } | undefined => {
    const asOfMs = options.asOf === undefined ? null : asOfToMillis(options.asOf)
    const plan = sql.plan.get(planId)
    if (plan === undefined) return undefined
    const row =
      asOfMs === null
        ? sql.revisionAt.get(plan.plan_key, plan.revision)
        : sql.revisionAsOf.get(plan.plan_key, asOfMs)
    return row === undefined ? undefined : { planKey: plan.plan_key, row }
  }

  const readActions = (
    planKey: number,
    revision: number,
    asOf: boolean,
    query: ActionQuery = {},
  ): Action[] => {
    if (query.pillar === undefined && query.state === undefined && query.dueBefore === undefined) {
      const from = sql.lastSave.get(planKey, revision)?.revision ?? 1
      return sql.allActions
        .all(planKey, from, revision, revision)
        .sort((x, y) => x.position - y.position)
        .map((row) => JSON.parse(row.data) as Action)
    }
    const states =
      query.state === undefined ? null : typeof query.state === 'string' ? [query.state] : [...query.state]
    if (states !== null && states.length === 0) return []
    const params: unknown[] = [planKey]
    if (asOf) params.push(revision, revision)
    if (query.pillar !== undefined) params.push(planKey, query.pillar)
    if (states !== null) params.push(...states)
    if (query.dueBefore !== undefined) params.push(query.dueBefore)
    const statement = actionQuery({
      asOf,
      pillar: query.pillar !== undefined,
      states: states?.length ?? 0,
      due: query.dueBefore !== undefined,
    })
    return statement.all(...params).map((row) => JSON.parse(row.data) as Action)
  }

  // Reads run in a (deferred) transaction so that every statement sees the same snapshot of the file.
  const readPlan = db.transaction((planId: string, options: ReadOptions): StoredPlan | null => {
    const found = readRevision(planId, options)
    if (found === undefined || found.row.header === null) return null
    const header = JSON.parse(found.row.header) as PlanHeader
    const actions = readActions(found.planKey, found.row.revision, options.asOf !== undefined)
    return { plan: { ...header, actions }, revision: found.row.revision, savedAt: found.row.saved_at }
  })

  const listActionsTx = db.transaction((planId: string, query: ActionQuery): Action[] => {
    const found = readRevision(planId, query)
    if (found === undefined || found.row.header === null) throw new NotFoundError(planId)
    return readActions(found.planKey, found.row.revision, query.asOf !== undefined, query)
  })

  const historyTx = db.transaction((planId: string, actionId: string | undefined): PlanHistoryEntry[] => {
    const plan = sql.plan.get(planId)
    if (plan === undefined) throw new NotFoundError(planId)
    const rows =
      actionId === undefined
        ? sql.historyAll.all(plan.plan_key)
        : sql.historyOfAction.all(plan.plan_key, actionId)
    return rows.map((row) => ({
      kind: row.kind,
      planId,
      actionId: row.action_id,
      revision: row.revision,
      recordedAt: row.recorded_at,
      update: row.entry === null ? null : (JSON.parse(row.entry) as ProgressUpdate),
    }))
  })

  // A save is refused, before anything is written, when the file fails SQLite's quick integrity check: writing
  // into a damaged b-tree can spread the damage. The plan was checked (parseStorablePlan) before the call.
  const checkIntegrity = (): void => {
    const found = db.pragma('quick_check(1)', { simple: true }) as string
    if (found !== 'ok') throw damagedFile(filename, `quick_check: ${found}`)
  }

  const saveTx = db.transaction(
    (plan: Plan, expected: number | undefined, time: { at: string; ms: number }) => {
      checkIntegrity()
      const existing = sql.plan.get(plan.id)
      checkExpected(plan.id, expected, existing)
      const { at, ms } = stamp(existing, time)
      const revision = (existing?.revision ?? 0) + 1
      let planKey: number
      if (existing === undefined) {
        planKey = Number(sql.insertPlan.run(plan.id, revision, at).lastInsertRowid)
      } else {
        planKey = existing.plan_key
        sql.updatePlan.run(revision, at, 0, planKey)
        sql.closeCurrentActions.run(revision, planKey)
      }
      const { actions, ...header } = plan
      const pillarRows: [number, string][] = []
      actions.forEach((action, position) => {
        insertActionVersion(planKey, action, position, revision, pillarRows)
      })
      sql.insertRevision.run(planKey, revision, at, ms, JSON.stringify(header), actions.length)
      sql.indexPillars.run(planKey, JSON.stringify(pillarRows))
      sql.insertHistory.run(planKey, revision, 'save', null, at, null)
      return revision
    },
  )

  const updateTx = db.transaction(
    (
      planId: string,
      actionId: string,
      update: ProgressUpdate,
      expected: number,
      time: { at: string; ms: number },
    ) => {
      const existing = sql.plan.get(planId)
      if (existing === undefined || existing.deleted === 1) throw new NotFoundError(planId)
      checkExpected(planId, expected, existing)
      const { at, ms } = stamp(existing, time)
      const planKey = existing.plan_key
      const row = sql.currentAction.get(planKey, actionId)
      if (row === undefined) throw new NotFoundError(planId, actionId)
      const revision = existing.revision + 1
      const next = applyProgressUpdate(JSON.parse(row.data) as Action, update)
      sql.closeVersion.run(revision, row.version_id)
      insertActionVersion(planKey, next, row.position, revision)
      sql.copyRevision.run(revision, at, ms, planKey, existing.revision)
      sql.updatePlan.run(revision, at, 0, planKey)
      sql.insertHistory.run(planKey, revision, 'update', actionId, at, JSON.stringify(update))
      return revision
    },
  )

  const deleteTx = db.transaction(
    (planId: string, expected: number | undefined, time: { at: string; ms: number }) => {
      const existing = sql.plan.get(planId)
      if (existing === undefined || existing.deleted === 1) throw new NotFoundError(planId)
      checkExpected(planId, expected, existing)
      const { at, ms } = stamp(existing, time)
      const revision = existing.revision + 1
      sql.updatePlan.run(revision, at, 1, existing.plan_key)
      sql.closeCurrentActions.run(revision, existing.plan_key)
      sql.insertRevision.run(existing.plan_key, revision, at, ms, null, 0)
      sql.insertHistory.run(existing.plan_key, revision, 'delete', null, at, null)
      return revision
    },
  )

  // Purge and erasure are the only writes allowed past the append-only triggers: they hold the one row of
  // `erasure_in_progress` for the length of their transaction (see migration 3).
  const erasing = <A>(run: () => A): A => {
    sql.beginErasure.run()
    const result = run()
    sql.endErasure.run()
    return result
  }

  const purgeTx = db.transaction((planId: string) =>
    erasing(() => {
      const key = sql.planKey.get(planId)?.plan_key
      if (key === undefined) throw new NotFoundError(planId)
      for (const statement of sql.purge) statement.run(key)
    }),
  )

  const eraseTx = db.transaction(
    (erasure: ReturnType<typeof parseErasure>, time: { at: string; ms: number }) =>
      erasing(() => {
        // Rows are found by the name as it appears inside JSON text (JSON escapes work character by character,
        // so a string holding the name holds its escaped form), then parsed, rewritten and written back.
        const needle = JSON.stringify(erasure.name).slice(1, -1)
        const touched = new Set<number>()
        for (const table of sql.erasable) {
          for (const row of table.find.all(needle)) {
            const { value, changed } = erasePersonIn(JSON.parse(row.text) as unknown, erasure)
            if (!changed) continue
            table.rewrite.run(JSON.stringify(value), row.plan_key, row.id)
            touched.add(row.plan_key)
          }
        }
        const plans: { planId: string; revision: number }[] = []
        for (const planKey of [...touched].sort((a, b) => a - b)) {
          const existing = sql.planByKey.get(planKey)!
          const { at, ms } = stamp(existing, time)
          const revision = existing.revision + 1
          sql.copyRevision.run(revision, at, ms, planKey, existing.revision)
          sql.updatePlan.run(revision, at, existing.deleted, planKey)
          sql.insertHistory.run(planKey, revision, 'erasure', null, at, null)
          plans.push({ planId: existing.plan_id, revision })
        }
        return plans
      }),
  )

  // Secure delete zeroes freed space in the pages; the old page images still sit in the WAL until it is
  // checkpointed, so copy them back and truncate the WAL to nothing. A reader holding an old snapshot can keep
  // the checkpoint from finishing: then the erased text stays in the WAL until the next checkpoint.
  const flushWal = (): void => {
    db.pragma('wal_checkpoint(TRUNCATE)')
  }

  return {
    filename,

    savePlan: (input: Plan, options: SavePlanOptions = {}) =>
      guard('savePlan', () => {
        const plan = parseStorablePlan(input)
        return { revision: saveTx.immediate(plan, options.expectedRevision, clock()) }
      }),

    getPlan: (planId: string, options: ReadOptions = {}) => guard('getPlan', () => readPlan(planId, options)),

    listPlans: () =>
      guard('listPlans', () => {
        const summaries: PlanSummary[] = sql.listPlans.all().map((row) => {
          const header = JSON.parse(row.header) as PlanHeader
          return {
            id: row.plan_id,
            institution: header.institution,
            title: header.title,
            taxonomy: header.taxonomy,
            actionCount: row.action_count,
            revision: row.revision,
            savedAt: row.saved_at,
          }
        })
        // Sorted in JavaScript (UTF-16 order) so every store lists plans in the same order.
        return summaries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      }),

    deletePlan: (planId: string, options: DeletePlanOptions = {}) =>
      guard('deletePlan', () => {
        return { revision: deleteTx.immediate(planId, options.expectedRevision, clock()) }
      }),

    purgePlan: (planId: string) =>
      guard('purgePlan', () => {
        purgeTx.immediate(planId)
        flushWal()
      }),

    erasePerson: (name: string, options: ErasePersonOptions = {}) =>
      guard('erasePerson', (): ErasureResult => {
        const erasure = parseErasure(name, options)
        const plans = eraseTx.immediate(erasure, clock())
        flushWal()
        return { plans }
      }),

    recordUpdate: (planId: string, actionId: string, input: ProgressUpdate, options: RecordUpdateOptions) =>
      guard('recordUpdate', () => {
        const update = parseStorableUpdate(input)
        return { revision: updateTx.immediate(planId, actionId, update, options.expectedRevision, clock()) }
      }),

    history: (planId: string, actionId?: string) => guard('history', () => historyTx(planId, actionId)),

    listActions: (planId: string, query: ActionQuery = {}) =>
      guard('listActions', () => listActionsTx(planId, parseActionQuery(query))),

    backup: async (toFilename: string) => {
      await guard('backup', () => undefined)
      try {
        await db.backup(toFilename)
      } catch (error) {
        throw new StorageError(`Could not back up "${filename}" to "${toFilename}": ${messageOf(error)}.`, {
          cause: error,
        })
      }
    },

    close: async () => {
      if (closed) return
      closed = true
      db.close()
    },
  }
}
