import { describe, expect, it } from 'vitest'
import { addDays, dayAfter, dayBefore } from './calendar'

describe('dayAfter and dayBefore step one calendar day', () => {
  it.each([
    ['2020-02-28', '2020-02-29'],
    ['2020-02-29', '2020-03-01'],
    ['2019-02-28', '2019-03-01'],
    ['2019-12-31', '2020-01-01'],
    ['2021-04-30', '2021-05-01'],
    ['2021-06-15', '2021-06-16'],
    ['1000-01-01', '1000-01-02'],
    ['9999-12-30', '9999-12-31'],
  ])('%s → %s and back', (day, next) => {
    expect(dayAfter(day)).toBe(next)
    expect(dayBefore(next)).toBe(day)
  })

  it('agrees with addDays across four years of days', () => {
    let day = '2019-01-01'
    for (let k = 0; k < 1461; k++) {
      const next = addDays(day, 1)
      expect(dayAfter(day)).toBe(next)
      expect(dayBefore(next)).toBe(day)
      day = next
    }
  })
})
