import { readFileSync } from 'node:fs'
import { parseTargetDate } from '../packages/core/src/dates/parseTargetDate'
import * as chrono from 'chrono-node'
const corpus = JSON.parse(readFileSync('bench/dates/corpus.json', 'utf8'))
const res: [number, number, string][] = []
for (const e of corpus) {
  const ref = new Date(2019, 0, 1)
  for (let i = 0; i < 200; i++) parseTargetDate(e.text, e.context)
  let t0 = performance.now(); for (let i = 0; i < 2000; i++) parseTargetDate(e.text, e.context); const a = (performance.now() - t0) / 2
  for (let i = 0; i < 50; i++) chrono.en.GB.parseDate(e.text, ref)
  t0 = performance.now(); for (let i = 0; i < 500; i++) chrono.en.GB.parseDate(e.text, ref); const b = (performance.now() - t0) * 2
  res.push([a, b, e.text])
}
res.sort((x, y) => y[0] - x[0])
for (const r of res.slice(0, 15)) console.log(r[0].toFixed(2), r[1].toFixed(2), JSON.stringify(r[2]).slice(0, 80))
const sa = res.reduce((s, r) => s + r[0], 0), sb = res.reduce((s, r) => s + r[1], 0)
console.log('total µs', sa.toFixed(0), sb.toFixed(0), 'ratio', (sb / sa).toFixed(2))
