import { addDays, dayWindow, easterSunday } from '../calendar'
import type { Token } from '../tokenize'

// Days of the church year counted from Easter Sunday ("Good Friday", "Holy Saturday", "Easter Monday"): parish plans
// and school calendars name them as deadlines. Each is one day, computed for the year as Easter is.

/** A day named from Easter: its name for warnings, and its distance in days from Easter Sunday. */
export interface EasterDay {
  readonly name: string
  readonly offset: number
}

/** First word, then second word (or '' when the first word is the whole name), to the day. */
const EASTER_DAYS: ReadonlyMap<string, ReadonlyMap<string, EasterDay>> = new Map([
  ['shrove', new Map([['tuesday', { name: 'Shrove Tuesday', offset: -47 }]])],
  ['ash', new Map([['wednesday', { name: 'Ash Wednesday', offset: -46 }]])],
  ['palm', new Map([['sunday', { name: 'Palm Sunday', offset: -7 }]])],
  ['maundy', new Map([['thursday', { name: 'Maundy Thursday', offset: -3 }]])],
  ['good', new Map([['friday', { name: 'Good Friday', offset: -2 }]])],
  [
    'holy',
    new Map([
      ['thursday', { name: 'Maundy Thursday', offset: -3 }],
      ['saturday', { name: 'Holy Saturday', offset: -1 }],
    ]),
  ],
  [
    'easter',
    new Map([
      ['saturday', { name: 'Holy Saturday', offset: -1 }],
      ['eve', { name: 'Holy Saturday', offset: -1 }],
      ['sunday', { name: 'Easter Sunday', offset: 0 }],
      ['day', { name: 'Easter Sunday', offset: 0 }],
      ['monday', { name: 'Easter Monday', offset: 1 }],
    ]),
  ],
  ['ascension', new Map([['day', { name: 'Ascension Day', offset: 39 }]])],
  [
    'whit',
    new Map([
      ['sunday', { name: 'Whit Sunday', offset: 49 }],
      ['monday', { name: 'Whit Monday', offset: 50 }],
    ]),
  ],
  ['pentecost', new Map([['', { name: 'Pentecost', offset: 49 }]])],
  ['whitsun', new Map([['', { name: 'Whit Sunday', offset: 49 }]])],
])

/** The words an Easter day's name can start with. */
export const EASTER_DAY_STARTS: readonly string[] = [...EASTER_DAYS.keys()]

/**
 * The day named from Easter at token i ("Good Friday", "Holy Saturday", "Easter Monday", "Pentecost") and the token
 * after its name, or null.
 *
 * @example
 * ```ts
 * readEasterDay(tokenize('Holy Saturday 2022'), 0) // { day: { name: 'Holy Saturday', offset: -1 }, next: 2 }
 * ```
 */
export function readEasterDay(ts: readonly Token[], i: number): { day: EasterDay; next: number } | null {
  const t = ts[i]
  const seconds = t?.kind === 'word' ? EASTER_DAYS.get(t.lower) : undefined
  if (seconds === undefined) return null
  const n = ts[i + 1]
  const day = n?.kind === 'word' ? seconds.get(n.lower) : undefined
  if (day !== undefined) return { day, next: i + 2 }
  const alone = seconds.get('')
  return alone === undefined ? null : { day: alone, next: i + 1 }
}

/**
 * The day `day` in `year`, as a window of one day.
 *
 * @example
 * ```ts
 * easterDayWindow({ name: 'Good Friday', offset: -2 }, 2021) // { start: '2021-04-02', end: '2021-04-02' }
 * ```
 */
export function easterDayWindow(day: EasterDay, year: number): { start: string; end: string } {
  const [m, d] = easterSunday(year)
  const date = addDays(dayWindow(year, m, d).start, day.offset)
  return { start: date, end: date }
}
