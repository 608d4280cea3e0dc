import Database from 'better-sqlite3'
import {
  type Action,
  type ActionQuery,
  ConflictError,
  type DeletePlanOptions,
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
  parseActionQuery,
  parseStorablePlan,
  parseStorableUpdate,
  timestampToMillis,
} from '@techcommit/core/store'
import { migrations, schemaVersion } from './migrations'

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

/** @internal Exported for tests; not part of the package entry. */
export function openDatabase(filename: string, busyTimeoutMs: number): Database.Database {
  let db: Database.Database
  try {
    db = new Database(filename, { timeout: busyTimeoutMs })
  } catch (error) {
    throw new StorageError(
      `Could not open the SQLite file "${filename}": ${messageOf(error)}. Check that the folder exists and is writable.`,
      { cause: error },
    )
  }
  try {
    // Read before changing anything, so a newer file is left exactly as it was.
    const found = db.pragma('user_version', { simple: true }) as number
    if (found > schemaVersion) {
      throw new StorageError(
        `The SQLite file "${filename}" uses schema version ${found}, but this @techcommit/adapter-sqlite only knows versions up to ${schemaVersion}. It was written by a newer release: upgrade @techcommit/adapter-sqlite (or open an older backup). The file was not changed.`,
      )
    }
    db.pragma('journal_mode = WAL')
    // NORMAL is durable across process crashes in WAL mode; only an OS crash or power cut can lose the
    // last commits, and never corrupts the file.
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`)
    migrate(db, filename)
    return db
  } catch (error) {
    db.close()
    if (error instanceof StorageError) throw error
    throw new StorageError(`Could not prepare the SQLite file "${filename}": ${messageOf(error)}.`, {
      cause: error,
    })
  }
}

function migrate(db: Database.Database, filename: string): void {
  if ((db.pragma('user_version', { simple: true }) as number) === schemaVersion) return
  db.transaction(() => {
    // Read again under the write lock: another process may have migrated while we waited for it.
    const current = db.pragma('user_version', { simple: true }) as number
    if (current > schemaVersion) {
      throw new StorageError(
        `The SQLite file "${filename}" was upgraded to schema ${current} by a newer release while opening.`,
      )
    }
    for (const migration of migrations) {
      if (migration.version > current) db.exec(migration.sql)
    }
    // PRAGMA takes no bound parameters; schemaVersion is our own integer constant.
    db.pragma(`user_version = ${schemaVersion}`)
  }).immediate()
}

function isDuplicateActionId(error: unknown): boolean {
  return (
    error instanceof Database.SqliteError &&
    error.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    error.message.includes('action_versions.action_id')
  )
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
      'SELECT plan_key, revision, saved_at, deleted FROM plans WHERE plan_id = ?',
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

  const checkExpected = (planId: string, expected: number | undefined, current: number): void => {
    if (expected !== undefined && expected !== current) {
      throw new ConflictError(`Plan "${planId}"`, expected, current)
    }
  }

  /** The revision a read sees: the current one, or the latest written at or before `asOf`. */
  const readRevision = (
    planId: string,
    options: ReadOptions,
  ): { planKey: number; row: RevisionRow } | undefined => {
    const asOfMs = options.asOf === undefined ? null : timestampToMillis(options.asOf, 'asOf')
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

  // The plan is checked once with the schemas (parseStorablePlan) before anything is written; a ValidationError
  // therefore wins over a stale expectedRevision.
  const saveTx = db.transaction(
    (input: unknown, expected: number | undefined, at: string, ms: number): number => {
      const { actions, ...header } = parseStorablePlan(input)
      const existing = sql.plan.get(header.id)
      const current = existing?.revision ?? 0
      if (expected !== undefined && expected !== current)
        throw new ConflictError(`Plan "${header.id}"`, expected, current)
      const revision = current + 1
      let planKey: number
      if (existing === undefined) {
        planKey = Number(sql.insertPlan.run(header.id, revision, at).lastInsertRowid)
      } else {
        planKey = existing.plan_key
        sql.updatePlan.run(revision, at, 0, planKey)
        sql.closeCurrentActions.run(revision, planKey)
      }
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
    (planId: string, actionId: string, update: ProgressUpdate, expected: number, at: string, ms: number) => {
      const existing = sql.plan.get(planId)
      if (existing === undefined || existing.deleted === 1) throw new NotFoundError(planId)
      checkExpected(planId, expected, existing.revision)
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

  const deleteTx = db.transaction((planId: string, expected: number | undefined, at: string, ms: number) => {
    const existing = sql.plan.get(planId)
    if (existing === undefined || existing.deleted === 1) throw new NotFoundError(planId)
    checkExpected(planId, expected, existing.revision)
    const revision = existing.revision + 1
    sql.updatePlan.run(revision, at, 1, existing.plan_key)
    sql.closeCurrentActions.run(revision, existing.plan_key)
    sql.insertRevision.run(existing.plan_key, revision, at, ms, null, 0)
    sql.insertHistory.run(existing.plan_key, revision, 'delete', null, at, null)
    return revision
  })

  return {
    filename,

    savePlan: (input: Plan, options: SavePlanOptions = {}) =>
      guard('savePlan', () => {
        const { at, ms } = clock()
        try {
          return { revision: saveTx.immediate(input, options.expectedRevision, at, ms) }
        } catch (error) {
          // A repeated action id met the unique index: everything was rolled back. parseStorablePlan names
          // every bad id (or whatever else is wrong first) exactly as the other stores do.
          if (isDuplicateActionId(error)) parseStorablePlan(input)
          throw error
        }
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
        const { at, ms } = clock()
        return { revision: deleteTx.immediate(planId, options.expectedRevision, at, ms) }
      }),

    recordUpdate: (planId: string, actionId: string, input: ProgressUpdate, options: RecordUpdateOptions) =>
      guard('recordUpdate', () => {
        const update = parseStorableUpdate(input)
        const { at, ms } = clock()
        return { revision: updateTx.immediate(planId, actionId, update, options.expectedRevision, at, ms) }
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
