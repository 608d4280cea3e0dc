import { monthsWindow, daysInMonth, isoOf } from '../packages/core/src/dates/calendar'
import { confidenceFor } from '../packages/core/src/dates/matchCalendar'
function t(name: string, f: () => unknown) {
  for (let i = 0; i < 20000; i++) f()
  const n = 300000; const t0 = performance.now()
  for (let i = 0; i < n; i++) f()
  console.log(name.padEnd(40), ((performance.now() - t0) * 1000 / n).toFixed(3), 'µs')
}
t('daysInMonth', () => daysInMonth(2018, 3))
t('isoOf', () => isoOf(2018, 3, 1))
t('monthsWindow', () => monthsWindow(2018, 3, 1))
t('confidenceFor', () => confidenceFor(0.95, []))
