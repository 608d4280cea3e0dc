// Inputs that used to take seconds, each timed at N and 8N rows in this process. Run from the repo root:
//   node_modules/.bin/tsx --conditions=@techcommit/source bench/importBadInput.ts [--quick]
// A linear import takes about 8× as long at 8N; the target is a time ratio ≤ 10 (a quadratic one shows ~64).
// (a) a ref repeated on every row ("No.,Action" then "1,x"); (b) a long run of continuation rows ("1,start,d"
// then ",more,more"); (c) readCsvRows given an async iterable of 64-byte chunks holding one long record.
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readCsvRows } from '../packages/adapter-csv/src/index'
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

const cases: [string, number, (n: number) => () => unknown][] = [
  ['ref repeated on every row (rows)', 2_500, (n) => () => tableToPlan(repeated(n))],
  ['continuation rows (rows)', 7_500, (n) => () => tableToPlan(continued(n))],
  ['one record in 64-byte chunks (characters)', 112_500, (n) => () => readCsvRows(longRecord(n)())],
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
  lines.push(`| ${name} | ${n} | ${small.toFixed(0)} | ${large.toFixed(0)} | ${(large / small).toFixed(1)} |`)
}
const text = `${lines.join('\n')}\n`
console.log(text)
if (!quick) writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'results/importBadInput.md'), text)
