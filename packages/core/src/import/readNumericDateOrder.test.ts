import { describe, expect, it } from 'vitest'
import { readNumericDateOrder } from './readNumericDateOrder'

describe('the order numeric dates are written in', () => {
  it('reads month first when two dates can only be read that way', () => {
    expect(readNumericDateOrder(['3/4/2026', '9/21/2026', '10/30/2026'])?.onlyMonthFirst).toBe(2)
  })

  it('reads month first when the one numeric date can only be read that way', () => {
    expect(readNumericDateOrder(['11-28-2025'])?.example).toBe('11-28-2025')
  })

  it('keeps day first when one date of several only reads month first', () => {
    expect(readNumericDateOrder(['3/4/2026', '9/21/2026'])).toBeNull()
  })

  it('keeps day first when a date can only be read day first', () => {
    expect(readNumericDateOrder(['28/11/2025', '9/21/2026', '10/30/2026'])).toBeNull()
  })
})
