// Target-date benchmark: techcommit's parseTargetDate against chrono-node (en.GB) on the hand-read corpus
// in bench/dates/corpus.json, in one process. Prints markdown and writes bench/results/dates.md.
//
//   node_modules/.bin/tsx --conditions=@techcommit/source bench/dates.ts [--quick]

import { readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import * as chrono from 'chrono-node'
import type { DateReadingContext } from '../packages/core/src/dates/DateReadingContext'
import { importBuiltCore } from './lib/builtCore'

// Timed as users run it: the built package, beside chrono-node's published build (bench/lib/builtCore.ts).
const { parseTargetDate } = await importBuiltCore()

const here = dirname(fileURLToPath(import.meta.url))
const quick = process.argv.includes('--quick')

interface Entry {
  text: string
  source: string
  where?: string
  note?: string
  context?: DateReadingContext
  expected: { kind: string; due: string | null; start?: string | null; precision?: string | null }
}

const corpus = JSON.parse(readFileSync(join(here, 'dates', 'corpus.json'), 'utf8')) as Entry[]

// Readings in the corpus that I believe contradict docs/concepts/target-date-conventions.md. They are left
// as written (the corpus is not mine to edit) and still counted; this list only explains them.
const DISPUTED: ReadonlyMap<string, string> = new Map([])

/** chrono has no reference-free mode: entries without one (Cardiff, written) get this fixed anchor. */
const FALLBACK_REFERENCE = '2019-01-01'

const iso = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

function referenceOf(e: Entry): Date {
  const ref = e.context?.referenceDate ?? e.context?.planStart ?? FALLBACK_REFERENCE
  const [y, m, d] = ref.split('-').map(Number)
  return new Date(y ?? 2019, (m ?? 1) - 1, d ?? 1, 12)
}

interface Outcome {
  kind: string
  due: string | null
}

const ours = (e: Entry): Outcome => {
  const r = parseTargetDate(e.text, e.context)
  return { kind: r.kind, due: r.due }
}

const theirs = (e: Entry): Outcome => {
  const date = chrono.en.GB.parseDate(e.text, referenceOf(e))
  return date === null ? { kind: 'unknown', due: null } : { kind: 'due', due: iso(date) }
}

interface Score {
  dated: number
  datedRight: number
  undated: number
  undatedRight: number
  kindRight: number
  wrong: Array<{ e: Entry; got: Outcome }>
}

function score(read: (e: Entry) => Outcome): Score {
  const s: Score = { dated: 0, datedRight: 0, undated: 0, undatedRight: 0, kindRight: 0, wrong: [] }
  for (const e of corpus) {
    const got = read(e)
    const kindOk = got.kind === e.expected.kind
    const dueOk = got.due === e.expected.due
    if (kindOk) s.kindRight++
    if (e.expected.due !== null) {
      s.dated++
      if (dueOk) s.datedRight++
    }
    if (e.expected.kind === 'ongoing' || e.expected.kind === 'unknown') {
      s.undated++
      if (kindOk) s.undatedRight++
    }
    if (!kindOk || !dueOk) s.wrong.push({ e, got })
  }
  return s
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`)
const out: string[] = []
const say = (line = ''): void => {
  out.push(line)
  console.log(line)
}

say('# Target dates: techcommit vs chrono-node')
say()
say(
  `Corpus: ${corpus.length} strings (\`bench/dates/corpus.json\`), ${corpus.filter((e) => e.source.startsWith('seed')).length} from the seed plans. Node ${process.version}, ${quick ? 'quick run' : 'full run'}.`,
)
// The machine is shared: its load when the run started says how far to trust the timings below.
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')
say(`Machine: ${cpus().length} cores, load average ${load()} (1 / 5 / 15 min) at the start of the run.`)
say()

// ── 1. accuracy ───────────────────────────────────────────────────────────
const a = score(ours)
const b = score(theirs)
say('## Accuracy')
say()
say('| measure | techcommit | chrono-node en.GB |')
say('|---|---|---|')
say(
  `| dated strings with \`due\` right to the day (${a.dated}) | ${pct(a.datedRight, a.dated)} (${a.datedRight}) | ${pct(b.datedRight, b.dated)} (${b.datedRight}) |`,
)
say(
  `| ongoing/unknown strings classified so (${a.undated}) | ${pct(a.undatedRight, a.undated)} (${a.undatedRight}) | ${pct(b.undatedRight, b.undated)} (${b.undatedRight}) |`,
)
say(
  `| kind right, all strings (${corpus.length}) | ${pct(a.kindRight, corpus.length)} (${a.kindRight}) | ${pct(b.kindRight, corpus.length)} (${b.kindRight}) |`,
)
// Finer agreement for techcommit only (chrono has no windows or precision): start and precision where the
// corpus gives them.
let startGiven = 0
let startRight = 0
let precisionGiven = 0
let precisionRight = 0
for (const e of corpus) {
  const r = parseTargetDate(e.text, e.context)
  if (e.expected.start !== undefined) {
    startGiven++
    if (r.start === e.expected.start) startRight++
  }
  if (e.expected.precision !== undefined) {
    precisionGiven++
    if (r.precision === e.expected.precision) precisionRight++
  }
}
say(
  `| \`start\` right, where the corpus gives one (${startGiven}) | ${pct(startRight, startGiven)} (${startRight}) | – |`,
)
say(
  `| \`precision\` right, where the corpus gives one (${precisionGiven}) | ${pct(precisionRight, precisionGiven)} (${precisionRight}) | – |`,
)
say()
say(
  `chrono is given each entry's \`referenceDate\` (else \`planStart\`, else ${FALLBACK_REFERENCE}); its "due" is the date it returns and a null counts as kind \`unknown\` (it has no notion of ongoing, ranges or parts, so any other non-null result counts as kind \`due\`). chrono dates a month by its first day ("Aug. 18" → 1 August 2018, "December 2019" → 1 December 2019) rather than the last day the text allows, and reads no quarters, academic years or terms: most of its gap on \`due\`. Targets for techcommit: ≥ 97% of dated strings right to the day, every ongoing/unknown string classified so.`,
)
say()
say(`### Strings techcommit gets wrong (${a.wrong.length})`)
say()
if (a.wrong.length === 0) say('None.')
else {
  say('| text | context | expected | techcommit |')
  say('|---|---|---|---|')
  const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, '\\n').slice(0, 90)
  for (const { e, got } of a.wrong) {
    const ctx = e.context === undefined ? '' : cell(JSON.stringify(e.context))
    const disputed = DISPUTED.has(e.text) ? ' (disputed)' : ''
    say(
      `| ${cell(JSON.stringify(e.text))} | ${ctx} | ${e.expected.kind} ${e.expected.due ?? '–'}${disputed} | ${got.kind} ${got.due ?? '–'} |`,
    )
  }
}
say()
say(
  'How these figures came about: the parser was written from `docs/concepts/target-date-conventions.md` and the seed plans, then run on this corpus. The first run got 313/315 dated strings and 374/377 kinds right. The four misses were four parser gaps, each fixed as a general, tested rule: "before end of" does not shift a date (the conventions already said so; the parser had missed it); and, added to the conventions under "Where the rules above were silent", a date after "revised from"/"was" is superseded; "Annually in June" stays recurring without a year; "then annually" after a deadline is a second reading. No corpus reading was changed and no string is special-cased. Round 2 of issue 12 added 64 entries (24 quoted from published timetables, 40 written) for the wording families the round-1 held-out misses named; they were read by hand while the parser was being extended, so they are development data. One round-1 reading changed with a convention (a term with no year is the next one after the reference date: "Semester 1" on 2020-03-01 is Semester 1 2020/21).',
)
say()
say('### Disputed corpus readings')
say()
if (DISPUTED.size === 0) say('None.')
else for (const [text, why] of DISPUTED) say(`- ${JSON.stringify(text)}: ${why}`)
say()

// ── 2. throughput ─────────────────────────────────────────────────────────
// chrono's reference dates are made once, outside the timed loop, so it is not charged for them.
const references = corpus.map(referenceOf)
let sink = 0
function passOurs(): void {
  for (const e of corpus) sink += parseTargetDate(e.text, e.context).due === null ? 0 : 1
}
function passTheirs(): void {
  for (let k = 0; k < corpus.length; k++) {
    sink += chrono.en.GB.parseDate((corpus[k] as Entry).text, references[k]) === null ? 0 : 1
  }
}
// A full collection before each timed round, so neither parser pays for the other's garbage.
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

/**
 * Strings per CPU-second over passes lasting at least `minMs` of wall time. CPU time (this process, all
 * threads, so garbage collection counts) rather than wall time: the machine is shared, and other people's
 * work would otherwise land in whichever parser happened to be running.
 */
function rate(pass: () => void, minMs: number): number {
  collect()
  // A collection can flush compiled code and regular expressions; two untimed passes rebuild them.
  pass()
  pass()
  let n = 0
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  while (performance.now() - t0 < minMs) {
    pass()
    n += corpus.length
  }
  const cpu = process.cpuUsage(c0)
  return (n * 1e6) / (cpu.user + cpu.system)
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0

const rounds = quick ? 3 : 9
const ms = quick ? 300 : 1000
for (let i = 0; i < 5; i++) {
  passOurs()
  passTheirs()
}
// Rounds alternate between the two parsers, so a busy machine slows both alike; the ratio is taken per round.
const oursRates: number[] = []
const theirRates: number[] = []
const ratios: number[] = []
for (let r = 0; r < rounds; r++) {
  // Alternate which parser goes first, so neither always runs right after the other's warm caches.
  const first = r % 2 === 0
  const theirFirst = first ? 0 : rate(passTheirs, ms)
  const ourRate = rate(passOurs, ms)
  const theirRate = first ? rate(passTheirs, ms) : theirFirst
  oursRates.push(ourRate)
  theirRates.push(theirRate)
  ratios.push(ourRate / theirRate)
}
if (sink < 0) console.log(sink)
say('## Throughput')
say()
const n = (x: number): string => Math.round(x).toLocaleString('en-GB')
const best = (xs: number[]): number => Math.max(...xs)
say('| parser | strings per CPU-second, median round | best round |')
say('|---|---|---|')
say(`| techcommit parseTargetDate | ${n(median(oursRates))} | ${n(best(oursRates))} |`)
say(`| chrono-node en.GB parseDate | ${n(median(theirRates))} | ${n(best(theirRates))} |`)
say(
  `| **ratio** | **${median(ratios).toFixed(1)}×** (median of per-round ratios, range ${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}) | ${(best(oursRates) / best(theirRates)).toFixed(1)}× |`,
)
say()
say(median(ratios) >= 5 ? 'Target: ≥ 5×. **Met.**' : 'Target: ≥ 5×. **Not met** on this run.')
say()
say(
  `Whole corpus per pass, 5 warm-up passes each, then ${rounds} alternating rounds of at least ${ms} ms per parser, both in this one process, each round after a full garbage collection and two untimed passes. Rates are per CPU-second of this process (all threads, so garbage collection counts), because wall-clock rates on this shared 2-core machine swung by 4× between runs. techcommit gets each entry's context; chrono its reference date, built before timing. Load average at the end of the timed rounds: ${load()}.`,
)
say()
// ── 3. worst case ─────────────────────────────────────────────────────────
let seed = 0x5eed
const random = (): number => {
  // mulberry32: a seeded generator so the worst-case run is repeatable.
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T
const pieces = [
  'June',
  'Aug.',
  'Sept',
  'Febuary',
  'Septmber',
  'Q',
  'Q2',
  'Q.E',
  'Y1',
  'Yr',
  'AY',
  'Semester',
  'Autumn',
  'term',
  'early',
  'by',
  'end',
  'of',
  'before',
  'from',
  'to',
  'and',
  'between',
  'On-going',
  'Annually',
  'TBC',
  '2019',
  '19',
  '20',
  '31',
  '1st',
  '/',
  '-',
  '–',
  '.',
  ',',
  "'",
  ' ',
  '\n',
  '<p>',
  '</p>',
  '&amp;',
  '<',
  '&',
  'FY21',
  'FY',
  'Q3 FY2022',
  'w/c',
  'first week of',
  'Easter',
  'Christmas',
  'summer vacation',
  'within',
  'over the next',
  '18 months',
  'every',
  'twice a year',
  'bi-monthly',
  'Year One',
  'Y 2',
  'the first of',
  '3–17',
  '5thNov',
  'onwards',
  'until further notice',
  'the new academic year',
  'or',
  'June 22 or 23',
  'January/February/March',
  'April 16-May 16,',
  'at',
]
const adversarial = [
  (n: number) => '9'.repeat(n),
  (n: number) => '1/'.repeat(n / 2),
  (n: number) => '12/12/12'.repeat(n / 8),
  (n: number) => '-'.repeat(n),
  (n: number) => 'June '.repeat(n / 5),
  (n: number) => 'Q2 '.repeat(n / 3),
  (n: number) => '<p'.repeat(n / 2),
  (n: number) => '<p>'.repeat(n / 3),
  (n: number) => '&amp;'.repeat(n / 5),
  (n: number) => 'a'.repeat(n),
  (n: number) => 'Septembre'.repeat(n / 9),
  (n: number) => '2019/20 '.repeat(n / 8),
  (n: number) => 'between '.repeat(n / 8),
  (n: number) => `${' '.repeat(n - 1)}x`,
  (n: number) => 'Y1-'.repeat(n / 3),
  (n: number) => 'every '.repeat(n / 6),
  (n: number) => 'within the next '.repeat(n / 16),
  (n: number) => 'early mid late '.repeat(n / 15),
  (n: number) => 'w/c '.repeat(n / 4),
  (n: number) => '1-2-3-'.repeat(n / 6),
  (n: number) => 'FY'.repeat(n / 2),
  (n: number) => 'twenty-first of '.repeat(n / 16),
  (n: number) => '1 or '.repeat(n / 5),
  (n: number) => 'June 1 or 2 or '.repeat(n / 15),
  (n: number) => 'Jan/'.repeat(n / 4),
  (n: number) => `${'Jan/'.repeat(Math.max(0, n / 4 - 2))}2020`,
  (n: number) => 'April 16-May 16-'.repeat(n / 16),
]
function randomInput(): string {
  const n = 1 + Math.floor(random() * 1000)
  const r = random()
  if (r < 0.3)
    return Array.from({ length: n }, () => String.fromCharCode(Math.floor(random() * 0x3000))).join('')
  if (r < 0.35)
    return Array.from({ length: n }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join('')
  if (r < 0.7) {
    let s = ''
    while (s.length < n) s += pick(pieces) + (random() < 0.5 ? ' ' : '')
    return s.slice(0, 1000)
  }
  return pick(adversarial)(n).slice(0, 1000)
}

const inputs = quick ? 20_000 : 100_000
const times: number[] = []
let rawWorst = 0
let worst = 0
let worstInput = ''
const timeOnce = (input: string): number => {
  const t0 = performance.now()
  parseTargetDate(input)
  return performance.now() - t0
}
for (let i = 0; i < inputs; i++) {
  const input = randomInput()
  let dt = timeOnce(input)
  if (dt > rawWorst) rawWorst = dt
  // On a shared machine one sample can include being descheduled or a collection. Any slow-looking input is
  // timed twenty more times and keeps its fastest time: what the input itself costs.
  if (dt > 0.1) for (let k = 0; k < 20; k++) dt = Math.min(dt, timeOnce(input))
  times.push(dt)
  if (dt > worst) {
    worst = dt
    worstInput = input
  }
}
times.sort((x, y) => x - y)
const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0
const shown = JSON.stringify(worstInput.length > 80 ? `${worstInput.slice(0, 80)}…` : worstInput)
const us = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`
say('## Slowest single parse')
say()
say('| inputs | median | p99 | p99.9 | slowest (input re-timed) | slowest raw sample |')
say('|---|---|---|---|---|---|')
say(
  `| ${inputs.toLocaleString('en-GB')} random and adversarial, ≤ 1,000 chars | ${us(at(0.5))} | ${us(at(0.99))} | ${us(at(0.999))} | **${us(worst)}** | ${us(rawWorst)} |`,
)
say()
say(
  `Goal: slowest < 1 ms. Worst input (${worstInput.length} chars, truncated here): \`${shown.replace(/`/g, "'")}\`. Inputs whose first timing passed 100 µs were re-timed twenty times and keep their fastest time; the raw column is the single slowest sample, which on this shared 2-core machine includes scheduling and garbage-collection pauses.`,
)
say()

if (!quick) writeFileSync(join(here, 'results', 'dates.md'), `${out.join('\n')}\n`)
