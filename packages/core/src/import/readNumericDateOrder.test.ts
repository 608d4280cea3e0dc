import { describe, expect, it } from 'vitest'
import { monthFirstFromOtherCells, readNumericDateOrder } from './readNumericDateOrder'

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

describe('a date column that reads either way, beside notes that read one way', () => {
  const column = ['', '3/4/27', '', '3/5/27', '3/6/27']

  it('reads month first when the notes write two slashed dates that only read so', () => {
    const notes = ['Hand-over day', 'Kept to 3/20', 'Done, moved to 3/18', 'Packed']
    expect(monthFirstFromOtherCells(column, notes)).toEqual({
      order: 'month-first',
      onlyMonthFirst: 2,
      example: '3/20',
    })
  })

  it('keeps day first when a note writes a date that only reads day first', () => {
    expect(monthFirstFromOtherCells(column, ['Kept to 3/20', 'moved to 3/18', 'Skip 30/3'])).toBeNull()
  })

  it('keeps day first on one such note, or when the column has no numeric date', () => {
    expect(monthFirstFromOtherCells(column, ['Kept to 3/20', 'Packed'])).toBeNull()
    expect(monthFirstFromOtherCells(['March', 'April'], ['Kept to 3/20', 'moved to 3/18'])).toBeNull()
  })

  it('leaves a column that settles its own order to the column', () => {
    expect(monthFirstFromOtherCells(['3/24/27'], ['Kept to 3/20', 'moved to 3/18'])).toBeNull()
  })

  it('stays linear on a long page of slashes', () => {
    expect(monthFirstFromOtherCells(column, ['1/'.repeat(20_000)])).toBeNull()
  })
})
