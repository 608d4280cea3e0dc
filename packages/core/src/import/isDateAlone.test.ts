import { describe, expect, it } from 'vitest'
import { isDateAlone } from './isDateAlone'

describe('isDateAlone', () => {
  it('takes a date written in numbers, months or seasons, and nothing more', () => {
    expect(isDateAlone('2027-06-30')).toBe(true)
    expect(isDateAlone('30 June 2027')).toBe(true)
    expect(isDateAlone('Sept. 2027')).toBe(true)
    expect(isDateAlone('Autumn 2027')).toBe(true)
  })

  it('leaves words that only mention a date, and words without a digit', () => {
    expect(isDateAlone('Budget for 2027')).toBe(false)
    expect(isDateAlone('June')).toBe(false)
    expect(isDateAlone('')).toBe(false)
  })
})
