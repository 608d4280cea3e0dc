import { describe, expect, it } from 'vitest'
import { minuteRefHeading } from './minuteRefHeading'

describe('minuteRefHeading', () => {
  it.each([
    ['2031/04 – 12 Shed roof', '2031/04 – 12'],
    ['31/02-3 Rota', '31/02-3'],
    ['b) Entrance gate', 'b'],
    ['c) 2nd mower', 'c'],
    ['iv) Playing field', 'iv'],
    ['ii. Rollers', 'ii'],
    ['2 Finance', '2'],
    ['b) Sam to paint the gate', null],
    ['b) The gate was painted last week.', null],
    ['Action: Sam to paint the gate', null],
    ['2031/04 – 12 The committee discussed at length how the shed roof could be mended this year', null],
    ['Shed roof', null],
  ])('%s → %s', (line, expected) => {
    expect(minuteRefHeading(line)).toBe(expected)
  })
})
