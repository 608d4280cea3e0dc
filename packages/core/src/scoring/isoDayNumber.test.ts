import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isoDayNumber } from './isoDayNumber'

describe('isoDayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(isoDayNumber('1970-01-01')).toBe(0)
    expect(isoDayNumber('1969-12-31')).toBe(-1)
    // 30 years of 365 days plus the 7 leap days 1972, 76, 80, 84, 88, 92, 96 = 10957.
    expect(isoDayNumber('2000-01-01')).toBe(10957)
  })

  it('counts the first and last days it reads, in years 0 and 9999', () => {
    const cases: [string, number][] = [
      ['0000-01-01', -719_528],
      ['0000-02-29', -719_469],
      ['0000-03-01', -719_468],
      ['0001-01-01', -719_162],
      ['9999-12-31', 2_932_896],
    ]
    for (const [iso, day] of cases) expect(isoDayNumber(iso)).toBe(day)
  })

  it('knows month lengths and leap years', () => {
    expect(isoDayNumber('2019-06-30') - isoDayNumber('2019-01-01')).toBe(180)
    expect(isoDayNumber('2020-03-01') - isoDayNumber('2020-02-28')).toBe(2) // 2020 is a leap year
    expect(isoDayNumber('2019-03-01') - isoDayNumber('2019-02-28')).toBe(1)
    expect(isoDayNumber('2100-03-01') - isoDayNumber('2100-02-28')).toBe(1) // 2100 is not
    expect(isoDayNumber('2000-03-01') - isoDayNumber('2000-02-28')).toBe(2) // 2000 is
  })

  it('reads the date part of a timestamp', () => {
    expect(isoDayNumber('2019-06-30T23:59:59+01:00')).toBe(isoDayNumber('2019-06-30'))
  })

  it('returns NaN for anything else', () => {
    for (const text of [
      '',
      '30/06/2019',
      '2019-6-30',
      '2019-13-01',
      '2019-00-10',
      '2019-01-32',
      '2019-02-31',
      '2019-02-29',
      '2019-04-31',
      '2100-02-29',
      'abcd-ef-gh',
      '２０１９-01-01',
    ]) {
      expect(isoDayNumber(text)).toBeNaN()
    }
  })

  it('agrees with Date.UTC on every day from 1600 to 2400', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1600, 0, 1) / 864e5, max: Date.UTC(2400, 11, 31) / 864e5 }),
        (day) => {
          const iso = new Date(day * 864e5).toISOString().slice(0, 10)
          expect(isoDayNumber(iso)).toBe(day)
        },
      ),
    )
  })
})
