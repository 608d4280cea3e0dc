import { tokenize } from '../packages/core/src/dates/tokenize'
import { readEnv } from '../packages/core/src/dates/readEnv'
import { calendarMatchers } from '../packages/core/src/dates/matchCalendar'
const env = readEnv(undefined)
const toks = tokenize('By end of March 2018')
const m = calendarMatchers[2]
const t0 = performance.now()
for (let i = 0; i < 1000000; i++) m(toks, 3, env)
console.log((performance.now() - t0) / 1000, 'µs')
