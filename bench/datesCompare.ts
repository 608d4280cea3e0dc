import { readdirSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DateReadingContext } from '../packages/core/src/dates/DateReadingContext'
import { importBuiltCommit, importBuiltCore } from './lib/builtCore'

const here = dirname(fileURLToPath(import.meta.url))
const quick = process.argv.includes('--quick')
const baseArg = process.argv.indexOf('--base')
const base = baseArg >= 0 ? (process.argv[baseArg + 1] ?? 'HEAD') : 'HEAD'
const headArg = process.argv.indexOf('--head')
const head = headArg >= 0 ? (process.argv[headArg + 1] ?? null) : null

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

const { commit: baseCommit, cores: baseCores } = await importBuiltCommit(base)
const headBuild = head === null ? null : await importBuiltCommit(head)
const headCommit = headBuild?.commit ?? null
const before = baseCores[0]!
const after = headBuild?.cores[0] ?? (await importBuiltCore())

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
/** CPU time (this process, so garbage collection counts) of two passes over every string. */
function cpuOf(parse: Parse): number {
  const c0 = process.cpuUsage()
  pass(parse)
  pass(parse)
  const cpu = process.cpuUsage(c0)
  return cpu.user + cpu.system
}

for (let i = 0; i < 20; i++) {
  pass(before.parseTargetDate)
  pass(after.parseTargetDate)
}
// Many short rounds, each timing both builds back to back (which goes first alternates): a burst of other work
// on this shared machine then spoils a few rounds, not the median. Each build pays for the collections its own
// garbage triggers, whichever round they fall in, in proportion to what it allocates.
const rounds = quick ? 300 : 1000
const ratios: number[] = []
const beforeRates: number[] = []
const afterRates: number[] = []
for (let r = 0; r < rounds; r++) {
  const b0 = r % 2 === 0 ? cpuOf(before.parseTargetDate) : 0
  const a = cpuOf(after.parseTargetDate)
  const b = r % 2 === 0 ? b0 : cpuOf(before.parseTargetDate)
  beforeRates.push((2 * entries.length * 1e6) / b)
  afterRates.push((2 * entries.length * 1e6) / a)
  ratios.push(b / a)
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
console.log(
  `${headCommit === null ? 'working tree' : `head ${headCommit}`}: ${n(median(afterRates))} strings per CPU-second (median round)`,
)
// The median of each quarter of the rounds shows how far the figure would move on another run.
const quarter = rounds / 4
const quarters = [0, 1, 2, 3].map((k) => median(ratios.slice(k * quarter, (k + 1) * quarter)).toFixed(3))
console.log(
  `speed-up ${median(ratios).toFixed(3)}× (median of ${rounds} per-round ratios; medians of each quarter of the rounds ${quarters.join(', ')})`,
)
console.log(
  differing.length === 0
    ? 'readings: identical on every string'
    : `readings: ${differing.length} strings read differently, e.g. ${JSON.stringify(differing[0]?.text)}`,
)
