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
import pg from 'pg'
import { migrate } from './migrate'

/**
 * Where the store finds PostgreSQL: a connection string (the store makes its own pool and ends it on
 * `close()`), or a `pg.Pool` the host already has (shared; the store never ends it).
 *
 * @example
 * const viaUrl: PostgresConnection = { connectionString: 'postgres://techcommit@db.example.ac.uk/hub' }
 * const viaPool: PostgresConnection = { pool: new pg.Pool({ max: 20 }) }
 */
export type PostgresConnection =
  | { readonly connectionString: string; readonly pool?: never }
  | { readonly pool: pg.Pool; readonly connectionString?: never }

/**
 * Options of `openPostgresPlanStore`.
 *
 * @example
 * await openPostgresPlanStore({ connectionString: process.env.DATABASE_URL!, schema: 'techcommit' })
 */
export type PostgresPlanStoreOptions = PostgresConnection & {
  /**
   * The PostgreSQL schema that holds the store's tables, created when missing. Lower-case letters, digits
   * and `_`, starting with a letter or `_` (it is an identifier, never a bound parameter). Default
   * `techcommit`.
   */
  readonly schema?: string
  /** The clock for `savedAt`/`recordedAt`, an ISO date-time. Default: this server's system clock. */
  readonly now?: () => string
}

/**
 * A `PlanStore` on PostgreSQL.
 *
 * @example
 * const store = await openPostgresPlanStore({ connectionString: process.env.DATABASE_URL! })
 * console.log(store.schema) // 'techcommit'
 * await store.close()
 */
export interface PostgresPlanStore extends PlanStore {
  /** The schema holding the tables. */
  readonly schema: string
  /** Stop using the database. Ends the pool when the store made it; a pool you passed stays open. */
  close(): Promise<void>
}

type Time = { readonly at: string; readonly ms: number }
interface PlanRow {
  plan_key: string
  revision: number
  saved_at: string
  saved_at_ms: string
  deleted: boolean
}

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

// PostgreSQL text cannot hold NUL, which a plan id may contain: ids (and pillar codes) are stored with `\`
// doubled and NUL written as `\0`. The mapping is one-to-one, so equality and uniqueness are kept.
const toDbText = (text: string): string => text.replaceAll('\\', '\\\\').replaceAll('\0', '\\0')
const fromDbText = (text: string): string =>
  text.replace(/\\([\\0])/g, (_, c: string) => (c === '0' ? '\0' : '\\'))

/**
 * Open a `PlanStore` on PostgreSQL (node-postgres). It creates the schema and tables when missing — two app
 * servers starting at once migrate once, under an advisory lock — and keeps every revision: `getPlan(id,
 * { asOf })` reads the past and `history()` is an append-only audit trail. Each write is one transaction whose
 * revision check is a conditional UPDATE, so concurrent writers on many servers never lose an update; a stale
 * `expectedRevision` is refused with `ConflictError`. All SQL is parameterised.
 *
 * @example
 * const store = await openPostgresPlanStore({ connectionString: 'postgres://app@db.example.ac.uk/hub' })
 * const { revision } = await store.savePlan(plan)
 * const overdue = await store.listActions(plan.id, { pillar: 'V', dueBefore: '2026-03-01' })
 * await store.close()
 */
export async function openPostgresPlanStore(options: PostgresPlanStoreOptions): Promise<PostgresPlanStore> {
  const schema = options.schema ?? 'techcommit'
  if (!schemaName.test(schema)) {
    throw new StorageError(
      `The schema name "${schema.slice(0, 80)}" is not allowed: use lower-case letters, digits and _, starting with a letter or _, at most 63 characters.`,
    )
  }
  const ownPool = options.pool === undefined
  const pool = options.pool ?? new pg.Pool({ connectionString: options.connectionString })
  // An idle connection that dies (server restart, network) is reported on the pool; without a listener Node
  // would end the process. The next query fails with a StorageError instead. A host's own pool is the host's.
  if (ownPool) pool.on('error', () => undefined)
  const where = ownPool ? 'the PostgreSQL server in connectionString' : 'the PostgreSQL server of the pool'
  const now = options.now ?? (() => new Date().toISOString())
  const s = `"${schema}"`
  let closed = false

  const asStorageError = (operation: string, error: unknown): StorageError => {
    const code = (error as { code?: unknown }).code
    const hint =
      code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '57P01' || code === '57P03'
        ? ` Check that ${where} is running and reachable, then try again.`
        : ''
    return new StorageError(
      `PostgreSQL ${operation} failed (schema ${schema}): ${messageOf(error)}.${hint}`,
      {
        cause: error,
      },
    )
  }

  try {
    await migrate(pool, schema)
  } catch (error) {
    if (ownPool) await pool.end().catch(() => undefined)
    if (error instanceof StorageError) throw error
    throw asStorageError('open', error)
  }

  const guard = async <A>(operation: string, run: () => Promise<A>): Promise<A> => {
    if (closed) throw new StorageError(`The PostgreSQL plan store is closed; open it again to ${operation}.`)
    try {
      return await run()
    } catch (error) {
      if (error instanceof TechcommitError) throw error
      throw asStorageError(operation, error)
    }
  }

  const transaction = async <A>(run: (client: pg.PoolClient) => Promise<A>): Promise<A> => {
    const client = await pool.connect()
    let broken: Error | undefined
    // A checked-out client reports a dropped connection as an 'error' event as well as by failing the query;
    // without a listener Node would end the process. The failed query is what the caller sees.
    const onError = (error: Error) => {
      broken = error
    }
    client.on('error', onError)
    try {
      await client.query('BEGIN')
      const result = await run(client)
      await client.query('COMMIT')
      return result
    } catch (error) {
      try {
        await client.query('ROLLBACK')
      } catch (rollbackError) {
        broken = rollbackError as Error // the connection is gone: do not return it to the pool
      }
      throw error
    } finally {
      client.off('error', onError)
      client.release(broken)
    }
  }

  const clock = (): Time => {
    const at = now()
    return { at, ms: timestampToMillis(at, 'now()') }
  }

  // The plan row moves to the next revision only if it is at the expected one: the revision check happens in
  // this UPDATE, which also takes the row lock that makes concurrent writers of one plan wait their turn.
  // A plan's time never goes backwards: a clock set back writes the plan's last time again.
  const advance = async (
    client: pg.PoolClient,
    planId: string,
    expected: number | undefined,
    time: Time,
    set: { deleted: boolean; mustExist: boolean },
  ): Promise<PlanRow | undefined> => {
    const { rows } = await client.query<PlanRow>(
      `UPDATE ${s}.plans SET revision = revision + 1, deleted = $4,
         saved_at = CASE WHEN saved_at_ms > $3 THEN saved_at ELSE $2 END,
         saved_at_ms = GREATEST(saved_at_ms, $3)
       WHERE plan_id = $1 AND ($5::integer IS NULL OR revision = $5) AND (NOT $6 OR NOT deleted)
       RETURNING plan_key, revision, saved_at, saved_at_ms, deleted`,
      [toDbText(planId), time.at, time.ms, set.deleted, expected ?? null, set.mustExist],
    )
    return rows[0]
  }

  /** Why `advance` moved nothing: the plan is missing (or deleted, when it must exist), or at another revision. */
  const refusal = async (
    client: pg.PoolClient,
    planId: string,
    expected: number | undefined,
    mustExist: boolean,
  ): Promise<TechcommitError | undefined> => {
    const { rows } = await client.query<{ revision: number; deleted: boolean }>(
      `SELECT revision, deleted FROM ${s}.plans WHERE plan_id = $1`,
      [toDbText(planId)],
    )
    const found = rows[0]
    if (found === undefined || (mustExist && found.deleted)) {
      if (mustExist) return new NotFoundError(planId)
      return expected !== undefined && expected !== 0
        ? revisionConflict(planId, expected, 0, false)
        : undefined
    }
    return revisionConflict(planId, expected ?? found.revision, found.revision, !found.deleted)
  }

  const copyRevision = (client: pg.PoolClient, planKey: string, revision: number, at: string, ms: string) =>
    client.query(
      `INSERT INTO ${s}.plan_revisions (plan_key, revision, saved_at, saved_at_ms, header, action_count)
       SELECT plan_key, $2, $3, $4, header, action_count FROM ${s}.plan_revisions
       WHERE plan_key = $1 AND revision = $2 - 1`,
      [planKey, revision, at, ms],
    )

  const appendHistory = (
    client: pg.PoolClient,
    planKey: string,
    revision: number,
    kind: PlanHistoryEntry['kind'],
    actionId: string | null,
    at: string,
    entry: string | null,
  ) =>
    client.query(
      `INSERT INTO ${s}.history (plan_key, revision, kind, action_id, recorded_at, entry)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [planKey, revision, kind, actionId === null ? null : toDbText(actionId), at, entry],
    )

  const savePlan = (plan: Plan, expected: number | undefined, time: Time) =>
    transaction(async (client) => {
      let row = await advance(client, plan.id, expected, time, { deleted: false, mustExist: false })
      let isNew = false
      if (row === undefined) {
        const refused = await refusal(client, plan.id, expected, false)
        if (refused !== undefined) throw refused
        // A first save. If another server creates the same plan first, ON CONFLICT yields nothing and the
        // create is refused as a conflict when it expected the plan not to exist, or else retried as an update.
        const inserted = await client.query<PlanRow>(
          `INSERT INTO ${s}.plans (plan_id, revision, saved_at, saved_at_ms) VALUES ($1, 1, $2, $3)
           ON CONFLICT (plan_id) DO NOTHING RETURNING plan_key, revision, saved_at, saved_at_ms, deleted`,
          [toDbText(plan.id), time.at, time.ms],
        )
        row =
          inserted.rows[0] ??
          (await advance(client, plan.id, expected, time, { deleted: false, mustExist: false }))
        if (row === undefined)
          throw (await refusal(client, plan.id, expected, false)) ?? new Error('plan row vanished')
        isNew = inserted.rows.length === 1
      }
      const { plan_key: planKey, revision } = row
      if (!isNew) {
        await client.query(
          `UPDATE ${s}.action_versions SET valid_to = $2 WHERE plan_key = $1 AND valid_to IS NULL`,
          [planKey, revision],
        )
      }
      const { actions, ...header } = plan
      // One statement for all the actions, from two JSON parameters: the actions as the store keeps them, and
      // beside each its id, state, due date and pillars for the indexed columns. Each action's JSON is taken
      // as written (`::text` of a `json` element), never re-read by the server: PostgreSQL would refuse the
      // `\u0000` a plan's text may hold. (JSON parameters rather than text[] arrays: node-postgres encodes
      // large arrays several times more slowly.)
      await client.query(
        `INSERT INTO ${s}.action_versions (plan_key, action_id, position, valid_from, state, due, pillars, data)
         SELECT $1, r.key ->> 0, r.position - 1, $2, r.key ->> 1, r.key ->> 2,
                ARRAY(SELECT json_array_elements_text(r.key -> 3)), r.action::text
         FROM ROWS FROM (json_array_elements($3::json), json_array_elements($4::json))
              WITH ORDINALITY AS r (action, key, position)`,
        [
          planKey,
          revision,
          JSON.stringify(actions),
          JSON.stringify(
            actions.map((a) => [toDbText(a.id), a.status.state, a.target.due, a.pillars.map(toDbText)]),
          ),
        ],
      )
      await client.query(
        `INSERT INTO ${s}.plan_revisions (plan_key, revision, saved_at, saved_at_ms, header, action_count)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [planKey, revision, row.saved_at, row.saved_at_ms, JSON.stringify(header), actions.length],
      )
      await appendHistory(client, planKey, revision, 'save', null, row.saved_at, null)
      return revision
    })

  const recordUpdate = (
    planId: string,
    actionId: string,
    update: ProgressUpdate,
    expected: number,
    time: Time,
  ) =>
    transaction(async (client) => {
      const row = await advance(client, planId, expected, time, { deleted: false, mustExist: true })
      if (row === undefined) throw await refusal(client, planId, expected, true)
      const { plan_key: planKey, revision } = row
      const { rows } = await client.query<{ version_id: string; position: number; data: string }>(
        `SELECT version_id, position, data FROM ${s}.action_versions
         WHERE plan_key = $1 AND action_id = $2 AND valid_to IS NULL`,
        [planKey, toDbText(actionId)],
      )
      const current = rows[0]
      if (current === undefined) throw new NotFoundError(planId, actionId)
      const next = applyProgressUpdate(JSON.parse(current.data) as Action, update)
      await client.query(`UPDATE ${s}.action_versions SET valid_to = $2 WHERE version_id = $1`, [
        current.version_id,
        revision,
      ])
      await client.query(
        `INSERT INTO ${s}.action_versions (plan_key, action_id, position, valid_from, state, due, pillars, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          planKey,
          toDbText(next.id),
          current.position,
          revision,
          next.status.state,
          next.target.due,
          next.pillars.map(toDbText),
          JSON.stringify(next),
        ],
      )
      await copyRevision(client, planKey, revision, row.saved_at, row.saved_at_ms)
      await appendHistory(client, planKey, revision, 'update', actionId, row.saved_at, JSON.stringify(update))
      return revision
    })

  const deletePlan = (planId: string, expected: number | undefined, time: Time) =>
    transaction(async (client) => {
      const row = await advance(client, planId, expected, time, { deleted: true, mustExist: true })
      if (row === undefined) throw await refusal(client, planId, expected, true)
      const { plan_key: planKey, revision } = row
      await client.query(
        `UPDATE ${s}.action_versions SET valid_to = $2 WHERE plan_key = $1 AND valid_to IS NULL`,
        [planKey, revision],
      )
      await client.query(
        `INSERT INTO ${s}.plan_revisions (plan_key, revision, saved_at, saved_at_ms, header, action_count)
         VALUES ($1, $2, $3, $4, NULL, 0)`,
        [planKey, revision, row.saved_at, row.saved_at_ms],
      )
      await appendHistory(client, planKey, revision, 'delete', null, row.saved_at, null)
      return revision
    })

  // Purge and erasure are the only writes the append-only triggers let through, by a setting local to
  // their transaction.
  const erasing = <A>(run: (client: pg.PoolClient) => Promise<A>) =>
    transaction(async (client) => {
      await client.query("SELECT set_config('techcommit.erasure', 'on', true)")
      return run(client)
    })

  const purgePlan = (planId: string) =>
    erasing(async (client) => {
      const { rows } = await client.query<{ plan_key: string }>(
        `SELECT plan_key FROM ${s}.plans WHERE plan_id = $1 FOR UPDATE`,
        [toDbText(planId)],
      )
      const planKey = rows[0]?.plan_key
      if (planKey === undefined) throw new NotFoundError(planId)
      for (const table of ['action_versions', 'plan_revisions', 'history', 'plans']) {
        await client.query(`DELETE FROM ${s}.${table} WHERE plan_key = $1`, [planKey])
      }
    })

  // Every column holding user text, as JSON: action versions, plan headers, recorded updates.
  const erasable = [
    { table: 'action_versions', id: 'version_id', column: 'data' },
    { table: 'plan_revisions', id: 'revision', column: 'header' },
    { table: 'history', id: 'seq', column: 'entry' },
  ] as const

  const erasePerson = (erasure: ReturnType<typeof parseErasure>, time: Time) =>
    erasing(async (client) => {
      // Writers take ROW EXCLUSIVE on plans (their UPDATE); EXCLUSIVE waits for them and holds off new ones
      // until the erasure commits, so no write in flight can put back text it read before the erasure.
      // Readers are not blocked.
      await client.query(`LOCK TABLE ${s}.plans IN EXCLUSIVE MODE`)
      // Rows are found by the name as it appears inside JSON text (JSON escapes work character by character).
      const needle = JSON.stringify(erasure.name).slice(1, -1)
      const touched = new Set<string>()
      for (const { table, id, column } of erasable) {
        const { rows } = await client.query<{ id: string; plan_key: string; text: string }>(
          `SELECT ${id} AS id, plan_key, ${column} AS text FROM ${s}.${table} WHERE strpos(${column}, $1) > 0`,
          [needle],
        )
        const keys: string[] = []
        const ids: string[] = []
        const texts: string[] = []
        for (const row of rows) {
          const { value, changed } = erasePersonIn(JSON.parse(row.text) as unknown, erasure)
          if (!changed) continue
          keys.push(row.plan_key)
          ids.push(row.id)
          texts.push(JSON.stringify(value))
          touched.add(row.plan_key)
        }
        if (ids.length === 0) continue
        await client.query(
          `UPDATE ${s}.${table} AS t SET ${column} = u.text
           FROM unnest($1::bigint[], $2::bigint[], $3::text[]) AS u (plan_key, id, text)
           WHERE t.plan_key = u.plan_key AND t.${id} = u.id`,
          [keys, ids, texts],
        )
      }
      const plans: { planId: string; revision: number }[] = []
      for (const planKey of [...touched].sort((a, b) => Number(a) - Number(b))) {
        const { rows } = await client.query<PlanRow & { plan_id: string }>(
          `UPDATE ${s}.plans SET revision = revision + 1,
             saved_at = CASE WHEN saved_at_ms > $3 THEN saved_at ELSE $2 END,
             saved_at_ms = GREATEST(saved_at_ms, $3)
           WHERE plan_key = $1 RETURNING plan_key, plan_id, revision, saved_at, saved_at_ms, deleted`,
          [planKey, time.at, time.ms],
        )
        const row = rows[0]!
        await copyRevision(client, planKey, row.revision, row.saved_at, row.saved_at_ms)
        await appendHistory(client, planKey, row.revision, 'erasure', null, row.saved_at, null)
        plans.push({ planId: fromDbText(row.plan_id), revision: row.revision })
      }
      return plans
    })

  /** The revision a read sees and its actions matching `query`, in one statement (one snapshot). */
  const read = async (
    planId: string,
    options: ReadOptions,
    query: ActionQuery = {},
  ): Promise<{ revision: number; savedAt: string; header: string | null; actions: Action[] } | undefined> => {
    const asOfMs = options.asOf === undefined ? null : asOfToMillis(options.asOf)
    const states =
      query.state === undefined ? null : typeof query.state === 'string' ? [query.state] : [...query.state]
    const { rows } = await pool.query<{
      revision: number
      saved_at: string
      header: string | null
      actions: string | null
    }>({
      // Named, so each connection parses and plans this statement once and then only executes it.
      name: `techcommit-read-${schema}`,
      text: `WITH chosen AS (
         SELECT r.plan_key, r.revision, r.saved_at, r.header
         FROM ${s}.plans AS p JOIN ${s}.plan_revisions AS r ON r.plan_key = p.plan_key
         WHERE p.plan_id = $1 AND CASE WHEN $2::bigint IS NULL THEN r.revision = p.revision ELSE r.saved_at_ms <= $2 END
         ORDER BY r.revision DESC LIMIT 1
       )
       SELECT c.revision, c.saved_at, c.header,
         (SELECT string_agg(a.data, ',' ORDER BY a.position) FROM ${s}.action_versions AS a
          WHERE a.plan_key = c.plan_key AND a.valid_from <= c.revision
            AND (a.valid_to IS NULL OR a.valid_to > c.revision)
            AND ($3::text IS NULL OR $3 = ANY (a.pillars))
            AND ($4::text[] IS NULL OR a.state = ANY ($4))
            AND ($5::text IS NULL OR a.due < $5)) AS actions
       FROM chosen AS c`,
      values: [
        toDbText(planId),
        asOfMs,
        query.pillar === undefined ? null : toDbText(query.pillar),
        states,
        query.dueBefore ?? null,
      ],
    })
    const row = rows[0]
    if (row === undefined) return undefined
    const actions = row.actions === null ? [] : (JSON.parse(`[${row.actions}]`) as Action[])
    return { revision: row.revision, savedAt: row.saved_at, header: row.header, actions }
  }

  const history = async (planId: string, actionId?: string): Promise<PlanHistoryEntry[]> => {
    const { rows } = await pool.query<{
      revision: number | null
      kind: PlanHistoryEntry['kind'] | null
      action_id: string | null
      recorded_at: string | null
      entry: string | null
    }>(
      `SELECT h.revision, h.kind, h.action_id, h.recorded_at, h.entry
       FROM ${s}.plans AS p LEFT JOIN ${s}.history AS h
         ON h.plan_key = p.plan_key AND ($2::text IS NULL OR h.action_id = $2)
       WHERE p.plan_id = $1 ORDER BY h.seq`,
      [toDbText(planId), actionId === undefined ? null : toDbText(actionId)],
    )
    if (rows.length === 0) throw new NotFoundError(planId)
    return rows
      .filter((row) => row.kind !== null)
      .map((row) => ({
        kind: row.kind!,
        planId,
        actionId: row.action_id === null ? null : fromDbText(row.action_id),
        revision: row.revision!,
        recordedAt: row.recorded_at!,
        update: row.entry === null ? null : (JSON.parse(row.entry) as ProgressUpdate),
      }))
  }

  return {
    schema,

    savePlan: (input: Plan, options: SavePlanOptions = {}) =>
      guard('savePlan', async () => {
        const plan = parseStorablePlan(input)
        return { revision: await savePlan(plan, options.expectedRevision, clock()) }
      }),

    getPlan: (planId: string, options: ReadOptions = {}) =>
      guard('getPlan', async (): Promise<StoredPlan | null> => {
        const found = await read(planId, options)
        if (found === undefined || found.header === null) return null
        const header = JSON.parse(found.header) as Omit<Plan, 'actions'>
        return {
          plan: { ...header, actions: found.actions },
          revision: found.revision,
          savedAt: found.savedAt,
        }
      }),

    listPlans: () =>
      guard('listPlans', async () => {
        const { rows } = await pool.query<{
          revision: number
          saved_at: string
          header: string
          action_count: number
        }>(
          `SELECT p.revision, p.saved_at, r.header, r.action_count
           FROM ${s}.plans AS p JOIN ${s}.plan_revisions AS r ON r.plan_key = p.plan_key AND r.revision = p.revision
           WHERE NOT p.deleted`,
        )
        const summaries: PlanSummary[] = rows.map((row) => {
          const header = JSON.parse(row.header) as Omit<Plan, 'actions'>
          return {
            id: header.id,
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
      guard('deletePlan', async () => ({
        revision: await deletePlan(planId, options.expectedRevision, clock()),
      })),

    purgePlan: (planId: string) => guard('purgePlan', () => purgePlan(planId)),

    erasePerson: (name: string, options: ErasePersonOptions = {}) =>
      guard('erasePerson', async (): Promise<ErasureResult> => {
        const erasure = parseErasure(name, options)
        return { plans: await erasePerson(erasure, clock()) }
      }),

    recordUpdate: (planId: string, actionId: string, input: ProgressUpdate, options: RecordUpdateOptions) =>
      guard('recordUpdate', async () => {
        const update = parseStorableUpdate(input)
        return { revision: await recordUpdate(planId, actionId, update, options.expectedRevision, clock()) }
      }),

    history: (planId: string, actionId?: string) => guard('history', () => history(planId, actionId)),

    listActions: (planId: string, input: ActionQuery = {}) =>
      guard('listActions', async () => {
        const query = parseActionQuery(input)
        const found = await read(planId, query, query)
        if (found === undefined || found.header === null) throw new NotFoundError(planId)
        return found.actions
      }),

    close: async () => {
      if (closed) return
      closed = true
      if (ownPool) await pool.end()
    },
  }
}
