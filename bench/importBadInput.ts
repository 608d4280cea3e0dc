// Inputs that used to take seconds, each timed at N and 8N rows in this process. Run from the repo root:
//   node_modules/.bin/tsx --conditions=@techcommit/source bench/importBadInput.ts [--quick]
// A linear import takes about 8× as long at 8N; the target is a time ratio ≤ 10 (a quadratic one shows ~64).
// (a) a ref repeated on every row ("No.,Action" then "1,x"); (b) a long run of continuation rows ("1,start,d"
// then ",more,more"); (c) readCsvRows given an async iterable of 64-byte chunks holding one long record; and three
// readers' hostile cells and pages, whose tests check only what they read (timing stays out of tests): (d) a long
// label of words with no item number before its colon (8N is 1 MB), (e) a page of ref lines over their titles,
// (f) a coded ref before a long run of spaces (8N is 1 MB).
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readCsvRows } from '../packages/adapter-csv/src/index'
import { peelCodedRef } from '../packages/core/src/import/peelCodedRef'
import { peelItemLabel } from '../packages/core/src/import/peelItemLabel'
import { readRefLineRecords } from '../packages/core/src/import/readRefLineRecords'
import { tableToPlan } from '../packages/core/src/index'

const quick = process.argv.includes('--quick')

async function time(run: () => unknown): Promise<number> {
  const best: number[] = []
  for (let r = 0; r < (quick ? 1 : 3); r++) {
    const t = performance.now()
    await run()
    best.push(performance.now() - t)
  }
  return Math.min(...best)
}

const repeated = (n: number) => [['No.', 'Action'], ...Array.from({ length: n }, () => ['1', 'x'])]
const continued = (n: number) => [
  ['No.', 'Action', 'Detail'],
  ['1', 'start', 'd'],
  ...Array.from({ length: n }, () => ['', 'more', 'more']),
]
function longRecord(chars: number): () => AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(`No.,Action\n1,"${'x'.repeat(chars)}"\n`)
  return async function* () {
    for (let i = 0; i < bytes.length; i += 64) yield bytes.subarray(i, i + 64)
  }
}

const refLines = (n: number) => {
  const lines: string[][] = [['Plan']]
  for (let i = 1; i <= n; i++)
    lines.push([`${i % 900}.${i % 7}.A`], [`Do the work of item ${i}`], ['• a step'])
  return lines
}

const cases: [string, number, (n: number) => () => unknown][] = [
  ['ref repeated on every row (rows)', 2_500, (n) => () => tableToPlan(repeated(n))],
  ['continuation rows (rows)', 7_500, (n) => () => tableToPlan(continued(n))],
  ['one record in 64-byte chunks (characters)', 112_500, (n) => () => readCsvRows(longRecord(n)())],
  // The next three build their input before the clock starts: at 1 MB, building the string costs more than reading it.
  [
    'a label of words with no number before its colon (words)',
    25_000,
    (n) => {
      const label = `${'word '.repeat(n)}1:`
      return () => peelItemLabel(label)
    },
  ],
  [
    'a page of ref lines over their titles (items)',
    2_500,
    (n) => {
      const page = refLines(n)
      return () => readRefLineRecords(page)
    },
  ],
  [
    'a coded ref before a run of spaces (spaces)',
    125_000,
    (n) => {
      const cell = `ABCDE 111 ${' '.repeat(n)}x`
      return () => peelCodedRef(cell)
    },
  ],
]
await time(cases[0]![2](500)) // warm-up
const lines = [
  '# Pathological inputs at N and 8N (bench/importBadInput.ts)',
  '',
  `Node ${process.version}, ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}.`,
  '',
  '| input | N | ms at N | ms at 8N | ratio (target ≤ 10) |',
  '|---|---|---|---|---|',
]
for (const [name, n, make] of cases) {
  const small = await time(make(n))
  const large = await time(make(8 * n))
  lines.push(`| ${name} | ${n} | ${small.toFixed(2)} | ${large.toFixed(2)} | ${(large / small).toFixed(1)} |`)
}
const text = `${lines.join('\n')}\n`
console.log(text)
if (!quick) writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'results/importBadInput.md'), text)
