// openSqlitePlanStore().savePlan on a 100,000-action plan against the floor: a raw better-sqlite3 prepared
// INSERT of the same rows (each action's JSON plus its id, position, state and due date) in one transaction,
// same pragmas, in the same process. Target: at most 2× the raw insert. Also reports how long listing the
// overdue actions of one pillar takes at that size, and a few other store operations for context.
// Run: node_modules/.bin/tsx --conditions=@techcommit/source bench/sqlite.ts [--quick]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import type { Plan, StatusState } from '../packages/core/src/index'
import { Plan as PlanSchema } from '../packages/core/src/index'
import { parseStorablePlan } from '../packages/core/src/store/index'
import { openSqlitePlanStore } from '../packages/adapter-sqlite/src/index'
import { random } from './lib/random'
import { makeAction } from './lib/sector'

const quick = process.argv.includes('--quick')
const size = quick ? 10_000 : 100_000
const rounds = quick ? 3 : 5
const asOfDay = '2019-06-30'
const dir = mkdtempSync(join(tmpdir(), 'techcommit-bench-sqlite-'))

function makePlan(n: number): Plan {
  const rand = random(7)
  return {
    id: 'bench',
    institution: 'University of Benchmarks',
    title: 'Technician Commitment Action Plan',
    period: { text: '2018–2021', start: '2018-01-01', end: '2021-12-31' },
    taxonomy: 'technician-commitment',
    dateContext: {},
    actions: Array.from({ length: n }, (_, i) => makeAction(i, rand, 2018, 3)),
  }
}

let fileCounter = 0
const freshFile = () => join(dir, `bench-${++fileCounter}.db`)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const time = (run: () => void): number => {
  const start = performance.now()
  run()
  return performance.now() - start
}
// CPU time of this process (user + system), in ms: steadier than wall time on a shared, busy machine.
const cpu = (): number => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const timeAsync = async (run: () => Promise<unknown>): Promise<number> => {
  const start = performance.now()
  await run()
  return performance.now() - start
}
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})

let lastCpu = 0

function rawInsert(plan: Plan): number {
  const db = new Database(freshFile())
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.exec(
    'CREATE TABLE actions (plan_id TEXT NOT NULL, action_id TEXT NOT NULL, position INTEGER NOT NULL, state TEXT NOT NULL, due TEXT, data TEXT NOT NULL)',
  )
  const insert = db.prepare('INSERT INTO actions VALUES (?, ?, ?, ?, ?, ?)')
  const cpuStart = cpu()
  const ms = time(() =>
    db
      .transaction(() => {
        for (const [position, action] of plan.actions.entries()) {
          insert.run(
            plan.id,
            action.id,
            position,
            action.status.state,
            action.target.due,
            JSON.stringify(action),
          )
        }
      })
      .immediate(),
  )
  lastCpu = cpu() - cpuStart
  db.close()
  return ms
}

async function storeSave(plan: Plan): Promise<number> {
  const store = openSqlitePlanStore({ filename: freshFile(), now: () => '2019-06-30T12:00:00.000Z' })
  const cpuStart = cpu()
  const ms = await timeAsync(() => store.savePlan(plan))
  lastCpu = cpu() - cpuStart
  await store.close()
  return ms
}

const plan = makePlan(size)
const openStates: StatusState[] = ['not-started', 'in-progress', 'on-hold', 'unknown']
const overdueV = plan.actions.filter(
  (a) =>
    a.pillars.includes('V') &&
    a.target.due !== null &&
    a.target.due < asOfDay &&
    openStates.includes(a.status.state),
).length

// Warm up both paths once (JIT, page cache), then alternate so drift hits both sides alike.
rawInsert(makePlan(1000))
await storeSave(makePlan(1000))
const raw: number[] = []
const subject: number[] = []
const rawCpu: number[] = []
const subjectCpu: number[] = []
for (let round = 0; round < rounds; round++) {
  gc()
  raw.push(rawInsert(plan))
  rawCpu.push(lastCpu)
  gc()
  subject.push(await storeSave(plan))
  subjectCpu.push(lastCpu)
}
const validate = median(Array.from({ length: 3 }, () => time(() => parseStorablePlan(plan))))
const zodValidate = median(Array.from({ length: 3 }, () => time(() => PlanSchema.safeParse(plan))))

// Queries and further writes on one store holding the plan.
const store = openSqlitePlanStore({ filename: freshFile(), now: () => '2019-06-30T12:00:00.000Z' })
await store.savePlan(plan)
const query = { pillar: 'V', dueBefore: asOfDay, state: openStates }
let listed = 0
const listTimes: number[] = []
for (let i = 0; i < 7; i++) {
  listTimes.push(
    await timeAsync(async () => {
      listed = (await store.listActions('bench', query)).length
    }),
  )
}
if (listed !== overdueV)
  throw new Error(`listActions returned ${listed} overdue V actions, expected ${overdueV}`)
const getTimes: number[] = []
for (let i = 0; i < 3; i++) getTimes.push(await timeAsync(() => store.getPlan('bench')))
const updateTimes: number[] = []
for (let i = 0; i < 7; i++) {
  const current = (await store.listPlans())[0]!.revision
  updateTimes.push(
    await timeAsync(() =>
      store.recordUpdate(
        'bench',
        `A${1 + i * 1000}`,
        { at: '2019-06-30T12:00:00.000Z', by: 'bench', status: null, target: null, note: 'n' },
        { expectedRevision: current },
      ),
    ),
  )
}
const resave = await timeAsync(() => store.savePlan(plan))
await store.close()
rmSync(dir, { recursive: true, force: true })

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1))
const n = size.toLocaleString('en-GB')
const ratio = median(subject) / median(raw)
const cpuRatio = median(subjectCpu) / median(rawCpu)
const table = [
  `| operation (${n} actions, median) | time (ms) | baseline (ms) | ratio | target |`,
  '|---|---:|---:|---:|---|',
  `| savePlan, new plan (validate + quick_check + JSON + versioned rows + pillar index + history) | ${fmt(median(subject))} | ${fmt(median(raw))} (raw prepared INSERT, one transaction) | ${ratio.toFixed(2)}× | ≤ 2× ${ratio <= 2 ? 'met' : '**not met**'} |`,
  `| the same, CPU time (user + system) | ${fmt(median(subjectCpu))} | ${fmt(median(rawCpu))} | ${cpuRatio.toFixed(2)}× | |`,
  `| of which: checking the plan (parseStorablePlan: the Plan schema, once) | ${fmt(validate)} | | | |`,
  `| for comparison: the zod schema, Plan.safeParse (used before) | ${fmt(zodValidate)} | | | |`,
  `| listActions: overdue on ${asOfDay}, pillar V, open states (${overdueV.toLocaleString('en-GB')} rows) | ${fmt(median(listTimes))} | | | report |`,
  `| getPlan (whole plan) | ${fmt(median(getTimes))} | | | report |`,
  `| recordUpdate (one action) | ${fmt(median(updateTimes))} | | | report |`,
  `| savePlan again (closes ${n} versions, writes ${n} new) | ${fmt(resave)} | | | report |`,
].join('\n')

const { loadavg } = await import('node:os')
const rounds_ = (xs: number[]) => xs.map((x) => fmt(x)).join(', ')
const perRound = `Per round (ms): savePlan ${rounds_(subject)}; raw ${rounds_(raw)}; savePlan CPU ${rounds_(subjectCpu)}; raw CPU ${rounds_(rawCpu)}.`
const note = `Measured on ${new Date().toISOString().slice(0, 10)}, ${rounds} alternating rounds, Node ${process.version}, better-sqlite3 with WAL and synchronous=NORMAL on both sides, load average ${loadavg()[0]!.toFixed(1)} at the end.${quick ? ' (--quick sizes)' : ''}`
process.stdout.write(`${table}\n\n${note}\n\n${perRound}\n`)
const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'sqlite.md')
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, `# SQLite store benchmark\n\n${table}\n\n${note}\n\n${perRound}\n`)
