// evaluatePlan against a bare loop that only sums status weights over the same actions, in one process.
// Target: at most 3× the bare loop at 1,000,000 actions, with ns/action flat from 10k to 1M (linear cost).
// Run: node_modules/.bin/tsx --conditions=@techcommit/source bench/scoring.ts [--quick]
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
// The scoring modules directly, not the package index: the bench needs nothing else from core.
import type { Action } from '../packages/core/src/model/action'
import type { Plan } from '../packages/core/src/model/plan'
import { StatusState } from '../packages/core/src/model/status'
import type { TargetDateKind } from '../packages/core/src/model/targetDate'
import { defaultRules } from '../packages/core/src/scoring/defaultRules'
import { defaultStatusWeights } from '../packages/core/src/scoring/defaultStatusWeights'
import { evaluatePlan } from '../packages/core/src/scoring/evaluatePlan'
import { random, randomIsoDay } from './lib/random'

const quick = process.argv.includes('--quick')
const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000]
const asOf = '2020-06-30'

const STATES: readonly StatusState[] = StatusState.options
const PILLARS = ['V', 'R', 'C', 'S', 'E']
const OWNERS = ['Forum', 'SRM', 'SM', 'CS', 'HR', 'L & D', 'TCSG', 'Technical Managers', 'Comms', 'VH']

// Each action gets its own target, status and arrays, as an imported plan has, so the loops touch memory the
// way a real plan makes them.
function makeAction(i: number, rand: () => number): Action {
  const roll = rand()
  const kind: TargetDateKind = roll < 0.7 ? 'due' : roll < 0.8 ? 'range' : roll < 0.9 ? 'ongoing' : 'unknown'
  const due = kind === 'due' || kind === 'range' ? randomIsoDay(rand, 2018, 3) : null
  const start = kind === 'range' ? randomIsoDay(rand, 2017, 1) : null
  const state = STATES[Math.floor(rand() * STATES.length)]!
  const completedOn = state === 'complete' && rand() < 0.5 ? randomIsoDay(rand, 2018, 3) : null
  const pillars: string[] = []
  for (const code of PILLARS) if (rand() < 0.35) pillars.push(code)
  const owners = [OWNERS[Math.floor(rand() * OWNERS.length)]!]
  if (rand() < 0.3) owners.push(OWNERS[Math.floor(rand() * OWNERS.length)]!)
  const status = {
    text: state,
    state,
    completedOn,
    percent: state === 'in-progress' && rand() < 0.3 ? Math.floor(rand() * 100) : null,
    reportedRag: null,
    note: null,
  }
  return {
    id: `a${i}`,
    ref: String(i + 1),
    title: `Action ${i + 1}`,
    description: null,
    section: null,
    pillars,
    pillarsText: pillars.join(', '),
    owners,
    ownersText: owners.join(' / '),
    target: {
      text: due ?? 'On-going',
      kind,
      start,
      end: due,
      due,
      precision: due === null ? null : 'day',
      confidence: 1,
      warnings: [],
      parts: [],
      alternatives: [],
    },
    successMeasures: [],
    status,
    notes: null,
    updates:
      rand() < 0.1
        ? [{ at: `${randomIsoDay(rand, 2019, 2)}T09:00:00Z`, by: null, status, target: null, note: null }]
        : [],
    extra: [],
  }
}

function makePlan(size: number): Plan {
  const rand = random(size)
  const actions: Action[] = []
  for (let i = 0; i < size; i++) actions.push(makeAction(i, rand))
  return {
    id: `bench-${size}`,
    institution: null,
    title: null,
    period: { text: '2018-2020', start: '2018-01-01', end: '2020-12-31' },
    taxonomy: 'technician-commitment',
    dateContext: {},
    actions,
  }
}

// The baseline: the least a completion score can do — read each action's state and sum its weight.
function bareLoop(actions: readonly Action[]): number {
  const weights = defaultStatusWeights
  let sum = 0
  for (let i = 0; i < actions.length; i++) {
    const weight = weights[actions[i]!.status.state]
    if (weight !== null) sum += weight
  }
  return sum
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

let sink = 0

// No forced gc() between rounds: a full collection throws away optimised code that embeds collected objects
// and compacts the heap, so the next round would measure re-optimisation instead of steady state.
function time(run: () => unknown): number {
  const start = process.hrtime.bigint()
  const result = run()
  const elapsed = Number(process.hrtime.bigint() - start)
  sink += typeof result === 'number' ? result : 1
  return elapsed
}

const rows: string[] = []
for (const size of sizes) {
  const plan = makePlan(size)
  // Small plans take milliseconds, so they can afford many rounds: the median then settles despite other load.
  const rounds = size >= 1_000_000 ? 9 : size >= 100_000 ? 31 : 101
  // Warm up until both sides are optimised: at least 3 runs and 1.5 s.
  const warmUntil = Date.now() + 1500
  for (let w = 0; w < 3 || Date.now() < warmUntil; w++) {
    bareLoop(plan.actions)
    evaluatePlan(plan, { asOf })
  }
  const bare: number[] = []
  const evaluated: number[] = []
  const materialised: number[] = []
  for (let r = 0; r < rounds; r++) {
    // Alternate the order so neither side always runs on a freshly collected heap.
    if (r % 2 === 0) {
      bare.push(time(() => bareLoop(plan.actions)))
      evaluated.push(time(() => evaluatePlan(plan, { asOf }).completion))
    } else {
      evaluated.push(time(() => evaluatePlan(plan, { asOf }).completion))
      bare.push(time(() => bareLoop(plan.actions)))
    }
  }
  // Measured apart: building a million objects leaves garbage that would tax the rounds above.
  for (let r = 0; r < 3; r++) materialised.push(time(() => evaluatePlan(plan, { asOf }).actions.length))
  const bareNs = median(bare) / size
  const evalNs = median(evaluated) / size
  const allNs = median(materialised) / size
  rows.push(
    `| ${size.toLocaleString('en-GB')} | ${bareNs.toFixed(1)} | ${evalNs.toFixed(1)} | ${(evalNs / bareNs).toFixed(2)}× | ${allNs.toFixed(1)} | ${(allNs / bareNs).toFixed(2)}× |`,
  )
  process.stderr.write(`${rows.at(-1)}\n`)
}

// The same plans with a copy of the default rules: evaluatePlan recognises only the default list itself and
// groups its actions by outcome, so a list of the caller's own calls every rule for every action. Measured
// after the main rounds, so that this second path does not change the code those rounds ran.
const customRows: string[] = []
const customRules = [...defaultRules]
for (const size of sizes) {
  const plan = makePlan(size)
  const rounds = size >= 1_000_000 ? 5 : 11
  const warmUntil = Date.now() + 1000
  for (let w = 0; w < 3 || Date.now() < warmUntil; w++) {
    bareLoop(plan.actions)
    evaluatePlan(plan, { asOf, rules: customRules })
  }
  const bare: number[] = []
  const custom: number[] = []
  for (let r = 0; r < rounds; r++) {
    bare.push(time(() => bareLoop(plan.actions)))
    custom.push(time(() => evaluatePlan(plan, { asOf, rules: customRules }).completion))
  }
  const bareNs = median(bare) / size
  const customNs = median(custom) / size
  customRows.push(
    `| ${size.toLocaleString('en-GB')} | ${bareNs.toFixed(1)} | ${customNs.toFixed(1)} | ${(customNs / bareNs).toFixed(2)}× |`,
  )
  process.stderr.write(`${customRows.at(-1)} (own rule list)\n`)
}

const table = [
  `evaluatePlan vs a bare loop summing status weights (asOf ${asOf}, default rules; median of 101, 31 and 9 alternating rounds at 10k, 100k and 1M after ≥ 1.5 s of warm-up, one process; last two columns median of 3).`,
  '',
  '| actions | bare loop ns/action | evaluatePlan ns/action | ratio | + read every `.actions` ns/action | ratio |',
  '|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  `Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} at the end${quick ? ', --quick' : ''}.`,
  'Target: evaluatePlan ≤ 3× the bare loop at 1,000,000 actions, and ns/action roughly flat (linear cost).',
  'The last two columns also build every per-action `ActionAssessment` object (they are created lazily on read).',
  '',
  "With a rule list of the caller's own (here a copy of `defaultRules`, so the same results), every rule runs for every action (median of 11 rounds, 5 at 1M, each beside a bare-loop round; measured last, after the table above, in the same process, so the default path above ran before this one was ever compiled):",
  '',
  '| actions | bare loop ns/action | evaluatePlan ns/action | ratio |',
  '|---:|---:|---:|---:|',
  ...customRows,
  '',
].join('\n')

process.stdout.write(`${table}\n`)
if (sink === Number.MIN_VALUE) process.stdout.write('')
const here = dirname(fileURLToPath(import.meta.url))
mkdirSync(join(here, 'results'), { recursive: true })
writeFileSync(join(here, 'results', 'scoring.md'), table)
