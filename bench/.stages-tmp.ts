import { readFileSync } from 'node:fs'
import { readEnv } from '../packages/core/src/dates/readEnv'
import { cleanCellText, tokenize } from '../packages/core/src/dates/tokenize'
import { scanItems } from '../packages/core/src/dates/grammar'
import { assemble } from '../packages/core/src/dates/assemble'
import { parseTargetDate } from '../packages/core/src/dates/parseTargetDate'
import * as chrono from 'chrono-node'
const corpus = JSON.parse(readFileSync('/work/main/bench/dates/corpus.json', 'utf8'))
function time(name: string, f: (e: any) => unknown) {
  for (let i = 0; i < 3; i++) for (const e of corpus) f(e)
  let n = 0; const t0 = performance.now()
  while (performance.now() - t0 < 1000) { for (const e of corpus) f(e); n += corpus.length }
  console.log(name, (1000 * (performance.now() - t0) / n).toFixed(2), 'µs')
}
time('env', (e) => readEnv(e.context))
time('clean', (e) => cleanCellText(e.text))
time('tokenize', (e) => tokenize(cleanCellText(e.text).text))
time('scan', (e) => scanItems(tokenize(cleanCellText(e.text).text), readEnv(e.context)))
time('full', (e) => parseTargetDate(e.text, e.context))
time('chrono', (e) => chrono.en.GB.parseDate(e.text, new Date(2019, 0, 1)))
