// evaluatePlan before and after a change, in one process: the built core of an earlier commit (the base)
// against the built core of the working tree, on the 10,000-action plan of bench/scoring.ts (another size with
// --size 3500). Several copies of each build, every copy run once a round in a shuffled order; CPU time of the
// process per call, medians. Prints the speed-up and checks both builds give the same assessment (JSON) under
// several dates and options.
//
//   node_modules/.bin/tsx --conditions=@techcommit/source bench/scoringCompare.ts [--base <commit>] [--size N] [--since YYYY-MM-DD] [--quick]
//
// `--base` defaults to HEAD, so an uncommitted change is timed against the last commit; pass the commit before
// a change to time a committed one (`--base HEAD~1`).

import { cpus, loadavg } from 'node:os'
import { importBuiltCommit, importBuiltCore } from './lib/builtCore'
import { random } from './lib/random'
import { makePlan } from './lib/scoringPlan'

const quick = process.argv.includes('--quick')
const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name)
  return at >= 0 ? process.argv[at + 1] : undefined
}
const base = arg('--base') ?? 'HEAD'
const size = Number(arg('--size') ?? 10_000)
const asOf = '2020-06-30'
// With --since, the timed call computes the trend too (evaluatePlan(plan, { asOf, since })).
const since = arg('--since')
const timed = since === undefined ? { asOf } : { asOf, since }

// Several copies of each build, each imported on its own: one copy's functions can be compiled better or worse
// than another's (when and with what feedback the optimiser ran), by up to a third on a loaded machine, so a
// figure from one copy of each would measure that luck. Every copy runs once per round, in a shuffled order.
const COPIES = quick ? 3 : 4
type Core = Awaited<ReturnType<typeof importBuiltCore>>
const { commit: baseCommit, cores: before } = await importBuiltCommit(base, COPIES)
const after: Core[] = []
for (let k = 0; k < COPIES; k++) after.push(await importBuiltCore())
const plan = makePlan(size)

type Evaluate = Core['evaluatePlan']
let sink = 0

/** CPU time of this process (garbage collection included) for one evaluatePlan, in microseconds. */
function cpuOnce(evaluate: Evaluate): number {
  const c0 = process.cpuUsage()
  sink += evaluate(plan, timed).actions.length
  const cpu = process.cpuUsage(c0)
  return cpu.user + cpu.system
}

const runs: { build: 'before' | 'after'; evaluate: Evaluate; times: number[] }[] = [
  ...before.map((core) => ({ build: 'before' as const, evaluate: core.evaluatePlan, times: [] as number[] })),
  ...after.map((core) => ({ build: 'after' as const, evaluate: core.evaluatePlan, times: [] as number[] })),
]
const warmUntil = Date.now() + 1500
while (Date.now() < warmUntil) for (const run of runs) cpuOnce(run.evaluate)
const rand = random(7)
const rounds = quick ? 31 : 81
for (let r = 0; r < rounds; r++) {
  const order = runs.map((run) => ({ run, key: rand() })).sort((x, y) => x.key - y.key)
  for (const { run } of order) run.times.push(cpuOnce(run.evaluate))
}
if (sink < 0) console.log(sink)

// Behaviour must not change (checked after the timing, so the other options do not shape what is timed): the same assessment, field for field, as of dates before, inside and after the
// plan's period, with and without a trend, with the default rules and with options and weights of a caller's.
const checks: Parameters<Core['evaluatePlan']>[1][] = [
  { asOf },
  { asOf: '2017-03-01' },
  { asOf: '2019-02-28', since: '2018-06-30' },
  { asOf: '2022-01-01', since: '2020-01-01', options: { staleAfterDays: 30, atRiskWindowDays: 90 } },
  { asOf, weights: { 'in-progress': 0.25, cancelled: 0 }, rules: after[0]!.defaultRules.slice(2) },
]
const differing = checks.filter(
  (options) =>
    JSON.stringify(before[0]!.evaluatePlan(plan, options)) !==
    JSON.stringify(after[0]!.evaluatePlan(plan, options)),
)

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0
const ms = (us: number): string => (us / 1000).toFixed(2)
const summary = (build: 'before' | 'after') => {
  const mine = runs.filter((run) => run.build === build)
  const copies = mine.map((run) => median(run.times))
  return {
    all: median(mine.flatMap((run) => run.times)),
    low: Math.min(...copies),
    high: Math.max(...copies),
  }
}
const b = summary('before')
const a = summary('after')
const load = loadavg()
  .map((x) => x.toFixed(1))
  .join(' / ')
console.log(
  `evaluatePlan of ${size.toLocaleString('en-GB')} actions, ${JSON.stringify(timed)}; ${COPIES} copies of each build, ${rounds} rounds; Node ${process.version}, ${cpus().length} cores, load ${load}`,
)
console.log(
  `base ${baseCommit}: ${ms(b.all)} ms CPU per evaluatePlan (median; copies ${ms(b.low)}–${ms(b.high)})`,
)
console.log(`working tree:  ${ms(a.all)} ms CPU per evaluatePlan (median; copies ${ms(a.low)}–${ms(a.high)})`)
console.log(`speed-up ${(b.all / a.all).toFixed(3)}× (base median / working-tree median)`)
console.log(
  differing.length === 0
    ? `assessments: identical (JSON) under all ${checks.length} option sets`
    : `assessments: DIFFER under ${differing.length} of ${checks.length} option sets, e.g. ${JSON.stringify(differing[0])}`,
)
if (differing.length > 0) process.exitCode = 1
