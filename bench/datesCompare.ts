// parseTargetDate before and after a change, in one process: the built core of an earlier commit (the base)
// against the built core of the working tree, over every development string in bench/dates (the held-out
// sets are never read). Prints the speed-up and checks both builds read every string the same.
//
//   node_modules/.bin/tsx --conditions=@techcommit/source bench/datesCompare.ts [--base <commit>] [--quick]
//
// `--base` defaults to HEAD, so an uncommitted change is timed against the last commit; pass the commit before
// a change to time a committed one (`--base HEAD~1`).

import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { DateReadingContext } from '../packages/core/src/dates/DateReadingContext'
import { importBuiltCore } from './lib/builtCore'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const quick = process.argv.includes('--quick')
const baseArg = process.argv.indexOf('--base')
const base = baseArg >= 0 ? (process.argv[baseArg + 1] ?? 'HEAD') : 'HEAD'

interface Entry {
  text: string
  context?: DateReadingContext
}

// Every development set: the corpus, the collected-dev files and the held-out sets of earlier rounds (since used
// for development). The current held-out set (collected-heldout*.json) is never read.
const files = readdirSync(join(here, 'dates')).filter(
  (f) => f.endsWith('.json') && !f.startsWith('collected-heldout'),
)
const entries: Entry[] = files.flatMap(
  (f) => JSON.parse(readFileSync(join(here, 'dates', f), 'utf8')) as Entry[],
)

// The base commit's core sources, extracted to a temporary folder and built there.
const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim()
const baseCommit = git('rev-parse', '--short', base)
const baseDir = mkdtempSync(join(tmpdir(), 'techcommit-dates-base-'))
let before: Awaited<ReturnType<typeof importBuiltCore>>
try {
  execFileSync('sh', ['-c', `git archive ${baseCommit} packages/core/src | tar -x -C "${baseDir}"`], {
    cwd: root,
  })
  before = await importBuiltCore(join(baseDir, 'packages/core/src'))
} finally {
  rmSync(baseDir, { recursive: true, force: true })
}
const after = await importBuiltCore()

// Behaviour must not change: both builds give the same reading of every string.
const differing = entries.filter(
  (e) =>
    JSON.stringify(before.parseTargetDate(e.text, e.context)) !==
    JSON.stringify(after.parseTargetDate(e.text, e.context)),
)

type Parse = typeof after.parseTargetDate
let sink = 0
const pass = (parse: Parse): void => {
  for (const e of entries) sink += parse(e.text, e.context).due === null ? 0 : 1
}
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

/** Strings per CPU-second of this process (garbage collection included) over passes of at least `minMs`. */
function rate(parse: Parse, minMs: number): number {
  collect()
  pass(parse)
  pass(parse)
  let n = 0
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  while (performance.now() - t0 < minMs) {
    pass(parse)
    n += entries.length
  }
  const cpu = process.cpuUsage(c0)
  return (n * 1e6) / (cpu.user + cpu.system)
}

for (let i = 0; i < 5; i++) {
  pass(before.parseTargetDate)
  pass(after.parseTargetDate)
}
// Many short rounds: on a shared machine a burst of someone else's work then spoils a few rounds, not the median.
const rounds = quick ? 15 : 41
const ms = quick ? 150 : 200
const ratios: number[] = []
const beforeRates: number[] = []
const afterRates: number[] = []
for (let r = 0; r < rounds; r++) {
  // Alternate which build goes first, so neither always runs on the other's warm caches.
  const b0 = r % 2 === 0 ? rate(before.parseTargetDate, ms) : 0
  const a = rate(after.parseTargetDate, ms)
  const b = r % 2 === 0 ? b0 : rate(before.parseTargetDate, ms)
  beforeRates.push(b)
  afterRates.push(a)
  ratios.push(a / b)
}
if (sink < 0) console.log(sink)

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0
const n = (x: number): string => Math.round(x).toLocaleString('en-GB')
const load = loadavg()
  .map((x) => x.toFixed(1))
  .join(' / ')
console.log(
  `${entries.length} strings from ${files.length} files; Node ${process.version}, ${cpus().length} cores, load ${load}`,
)
console.log(`base ${baseCommit}: ${n(median(beforeRates))} strings per CPU-second (median round)`)
console.log(`working tree:  ${n(median(afterRates))} strings per CPU-second (median round)`)
console.log(
  `speed-up ${median(ratios).toFixed(3)}× (median of ${rounds} per-round ratios, range ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)})`,
)
console.log(
  differing.length === 0
    ? 'readings: identical on every string'
    : `readings: ${differing.length} strings read differently, e.g. ${JSON.stringify(differing[0]?.text)}`,
)
