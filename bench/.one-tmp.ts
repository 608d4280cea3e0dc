import { parseTargetDate } from '../packages/core/src/dates/parseTargetDate'
import { tokenize, cleanCellText } from '../packages/core/src/dates/tokenize'
import { scanItems } from '../packages/core/src/dates/grammar'
import { readEnv } from '../packages/core/src/dates/readEnv'
import * as chrono from 'chrono-node'
const ref = new Date(2019, 0, 1)
function t(name: string, f: () => unknown) {
  for (let i = 0; i < 20000; i++) f()
  const n = 200000; const t0 = performance.now()
  for (let i = 0; i < n; i++) f()
  console.log(name.padEnd(40), ((performance.now() - t0) * 1000 / n).toFixed(2), 'µs')
}
const env = readEnv(undefined)
const toks = tokenize('By end of March 2018')
t('tokenize', () => tokenize('By end of March 2018'))
t('scan', () => scanItems(toks, env))
t('parse By end of March 2018', () => parseTargetDate('By end of March 2018'))
t('parse On-going', () => parseTargetDate('On-going'))
t('parse Q2 ctx', () => parseTargetDate('Q2', { yearLabels: { 'Year 1': 2019 }, column: 'Year 1' }))
t('chrono By end of March 2018', () => chrono.en.GB.parseDate('By end of March 2018', ref))
t('chrono On-going', () => chrono.en.GB.parseDate('On-going', ref))
