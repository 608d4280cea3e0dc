import { readFileSync } from 'node:fs'
import { parseTargetDate } from '../packages/core/src/dates/parseTargetDate'
const corpus = JSON.parse(readFileSync('bench/dates/corpus.json', 'utf8'))
let n = 0
const t0 = performance.now()
while (performance.now() - t0 < 3000) { for (const e of corpus) parseTargetDate(e.text, e.context); n += corpus.length }
console.log('µs/parse', (3000*1000 / n).toFixed(2))
