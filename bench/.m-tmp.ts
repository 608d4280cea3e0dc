import { tokenize } from '../packages/core/src/dates/tokenize'
import { readEnv } from '../packages/core/src/dates/readEnv'
import { periodMatchers } from '../packages/core/src/dates/matchPeriods'
import { calendarMatchers } from '../packages/core/src/dates/matchCalendar'
import { lookupMonth } from '../packages/core/src/dates/lexicon'
function t(name: string, f: () => unknown) {
  for (let i = 0; i < 20000; i++) f()
  const n = 300000; const t0 = performance.now()
  for (let i = 0; i < n; i++) f()
  console.log(name.padEnd(40), ((performance.now() - t0) * 1000 / n).toFixed(3), 'µs')
}
const env = readEnv(undefined)
const toks = tokenize('By end of March 2018')
for (const m of [...periodMatchers, ...calendarMatchers]) { t(m.name + '@end', () => m(toks, 1, env)); t(m.name + '@march', () => m(toks, 3, env)) }
t('lookupMonth', () => lookupMonth('march'))
t('lookupMonth fuzzy', () => lookupMonth('quarter'))
