// The PostgreSQL store against its two yardsticks, in one process, on the same synthetic sector (35 plans of
// 100 actions = 3,500 actions):
// 1. saving the whole sector with openPostgresPlanStore vs a raw `pg` multi-row INSERT of the same rows (each
//    action's id, position, state, due date and JSON; one INSERT and one transaction per plan, as the store
//    commits once per plan). Guard: at most 3× the raw insert.
// 2. saving the sector and the overdue-by-pillar query (every plan × every pillar) on PostgreSQL vs SQLite.
// A throwaway PostgreSQL server is started (fsync on, as in production) and removed afterwards.
// Run: node_modules/.bin/tsx --conditions=@techcommit/source bench/postgres.ts [--quick]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { openPostgresPlanStore } from '../packages/adapter-postgres/src/index'
import { startPostgresServer } from '../packages/adapter-postgres/test/postgresServer'
import { openSqlitePlanStore } from '../packages/adapter-sqlite/src/index'
import type { Plan, PlanStore, StatusState } from '../packages/core/src/index'
import { makeSector, PILLARS } from './lib/sector'

const quick = process.argv.includes('--quick')
const rounds = quick ? 3 : 5
const PLANS = 35
const PER_PLAN = 100
const asOfDay = '2026-06-30'
const openStates: StatusState[] = ['not-started', 'in-progress', 'on-hold', 'unknown']
const now = () => '2026-06-30T12:00:00.000Z'

const sector = makeSector(PLANS, PER_PLAN)
const dir = mkdtempSync(join(tmpdir(), 'techcommit-bench-pg-'))
const server = await startPostgresServer()
const pool = new pg.Pool({ connectionString: server.connectionString, max: 4 })

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const timeAsync = async (run: () => Promise<unknown>): Promise<number> => {
  const start = performance.now()
  await run()
  return performance.now() - start
}
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})
let counter = 0

async function saveAll(store: PlanStore, plans: readonly Plan[]): Promise<number> {
  return timeAsync(async () => {
    for (const plan of plans) await store.savePlan(plan)
  })
}

async function postgresSave(): Promise<number> {
  const store = await openPostgresPlanStore({ pool, schema: `bench_${++counter}`, now })
  const ms = await saveAll(store, sector)
  await store.close()
  return ms
}

async function sqliteSave(): Promise<number> {
  const store = openSqlitePlanStore({ filename: join(dir, `bench-${++counter}.db`), now })
  const ms = await saveAll(store, sector)
  await store.close()
  return ms
}

// The floor: the same rows in a plain table, one parameterised multi-row INSERT and one transaction per plan.
async function rawInsert(): Promise<number> {
  const table = `raw_${++counter}`
  await pool.query(
    `CREATE TABLE ${table} (plan_id text NOT NULL, action_id text NOT NULL, position integer NOT NULL, state text NOT NULL, due text, data text NOT NULL)`,
  )
  const client = await pool.connect()
  try {
    return await timeAsync(async () => {
      for (const plan of sector) {
        const values: unknown[] = []
        const tuples = plan.actions.map((action, position) => {
          const base = values.length
          values.push(
            plan.id,
            action.id,
            position,
            action.status.state,
            action.target.due,
            JSON.stringify(action),
          )
          return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5}, $${base + 6})`
        })
        await client.query('BEGIN')
        await client.query(`INSERT INTO ${table} VALUES ${tuples.join(', ')}`, values)
        await client.query('COMMIT')
      }
    })
  } finally {
    client.release()
  }
}

async function overdueByPillar(store: PlanStore): Promise<number> {
  let rows = 0
  for (const plan of sector) {
    for (const pillar of PILLARS) {
      rows += (await store.listActions(plan.id, { pillar, dueBefore: asOfDay, state: openStates })).length
    }
  }
  return rows
}

try {
  // Warm up every path once (JIT, server caches), then alternate so drift hits all sides alike.
  await rawInsert()
  await postgresSave()
  await sqliteSave()
  const raw: number[] = []
  const pgSave: number[] = []
  const liteSave: number[] = []
  for (let round = 0; round < rounds; round++) {
    gc()
    raw.push(await rawInsert())
    gc()
    pgSave.push(await postgresSave())
    gc()
    liteSave.push(await sqliteSave())
  }

  // The overdue-by-pillar query on one store of each kind holding the sector.
  const expected = sector.reduce(
    (sum, plan) =>
      sum +
      PILLARS.reduce(
        (n, pillar) =>
          n +
          plan.actions.filter(
            (a) =>
              a.pillars.includes(pillar) &&
              a.target.due !== null &&
              a.target.due < asOfDay &&
              openStates.includes(a.status.state),
          ).length,
        0,
      ),
    0,
  )
  const pgStore = await openPostgresPlanStore({ pool, schema: `bench_${++counter}`, now })
  const liteStore = openSqlitePlanStore({ filename: join(dir, `bench-${++counter}.db`), now })
  await saveAll(pgStore, sector)
  await saveAll(liteStore, sector)
  const pgQuery: number[] = []
  const liteQuery: number[] = []
  for (let round = 0; round < rounds + 2; round++) {
    let found = 0
    pgQuery.push(await timeAsync(async () => (found = await overdueByPillar(pgStore))))
    if (found !== expected) throw new Error(`PostgreSQL found ${found} overdue actions, expected ${expected}`)
    liteQuery.push(await timeAsync(async () => (found = await overdueByPillar(liteStore))))
    if (found !== expected) throw new Error(`SQLite found ${found} overdue actions, expected ${expected}`)
  }
  await pgStore.close()
  await liteStore.close()

  const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1))
  const guard = median(pgSave) / median(raw)
  const table = [
    `| operation (sector of ${PLANS} plans × ${PER_PLAN} actions = ${(PLANS * PER_PLAN).toLocaleString('en-GB')}, median) | PostgreSQL store (ms) | baseline (ms) | ratio | target |`,
    '|---|---:|---:|---:|---|',
    `| save the sector (validate + versioned rows + revision + history, one transaction per plan) | ${fmt(median(pgSave))} | ${fmt(median(raw))} (raw pg multi-row INSERT, one per plan) | ${guard.toFixed(2)}× | ≤ 3× ${guard <= 3 ? 'met' : '**not met**'} |`,
    `| save the sector | ${fmt(median(pgSave))} | ${fmt(median(liteSave))} (SQLite store, same data) | ${(median(pgSave) / median(liteSave)).toFixed(2)}× | report |`,
    `| overdue by pillar: ${PLANS} plans × 4 pillars = ${PLANS * 4} listActions (${expected.toLocaleString('en-GB')} rows) | ${fmt(median(pgQuery))} | ${fmt(median(liteQuery))} (SQLite store) | ${(median(pgQuery) / median(liteQuery)).toFixed(2)}× | report |`,
  ].join('\n')
  const list = (xs: number[]) => xs.map((x) => fmt(x)).join(', ')
  const perRound = `Per round (ms): PostgreSQL save ${list(pgSave)}; raw pg ${list(raw)}; SQLite save ${list(liteSave)}; PostgreSQL query ${list(pgQuery)}; SQLite query ${list(liteQuery)}.`
  const note = `Measured on ${new Date().toISOString().slice(0, 10)}, ${rounds} alternating rounds, Node ${process.version}, PostgreSQL from ${server.connectionString.replace(/:\/\/.*@/, '://…@')} (local socket over TCP, fsync on, default settings) and SQLite with WAL and synchronous=NORMAL, load average ${loadavg()[0]!.toFixed(1)} at the end.${quick ? ' (--quick rounds)' : ''}`
  process.stdout.write(`${table}\n\n${note}\n\n${perRound}\n`)
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'postgres.md')
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `# PostgreSQL store benchmark\n\n${table}\n\n${note}\n\n${perRound}\n`)
  // The guard: a save more than 3× the raw insert fails the bench run (never a test: timing stays out of tests).
  if (guard > 3) {
    process.stderr.write(`PostgreSQL save is ${guard.toFixed(2)}× the raw insert, above the 3× guard.\n`)
    process.exitCode = 1
  }
} finally {
  await pool.end()
  server.destroy()
  rmSync(dir, { recursive: true, force: true })
}
