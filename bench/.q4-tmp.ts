import { parseTargetDate } from '../packages/core/src/dates/parseTargetDate'
import { readEnv } from '../packages/core/src/dates/readEnv'
const ctx = JSON.parse(process.argv[2] ?? '{}')
const text = process.argv[3] ?? 'Q4'
function t(name: string, f: () => unknown) {
  for (let i = 0; i < 2000; i++) f()
  const n = 100000; const t0 = performance.now()
  for (let i = 0; i < n; i++) f()
  console.log(name.padEnd(20), ((performance.now() - t0) * 1000 / n).toFixed(2), 'µs')
}
t('env', () => readEnv(ctx))
t('parse', () => parseTargetDate(text, ctx))
