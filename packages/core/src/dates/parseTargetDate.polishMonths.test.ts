import { describe, expect, it } from 'vitest'
import { parseTargetDate } from './parseTargetDate'

describe('parseTargetDate: Polish month names', () => {
  it.each([
    ['1 stycznia 2031 r.', '2031-01-01'],
    ['styczeń 2031', '2031-01-31'],
    ['do 28 lutego 2031', '2031-02-28'],
    ['15 marca 2031 r.', '2031-03-15'],
    ['30 września 2031', '2031-09-30'],
    ['październik 2031', '2031-10-31'],
    ['12 grudnia 2031 r.', '2031-12-12'],
  ])('reads %s as due %s', (text, due) => {
    expect(parseTargetDate(text).due).toBe(due)
  })

  it('reads a word holding a Polish letter as one word, never a month inside it', () => {
    // "Wrześniowy" (of September) is no month; only the year is read.
    const date = parseTargetDate('wrześniowy nabór 2031')
    expect(date.due).toBe('2031-12-31')
    expect(date.precision).toBe('year')
  })

  it('does not read the first name "Maja" opening a line as May', () => {
    expect(parseTargetDate('Maja to send the minutes', { referenceDate: '2031-01-01' }).kind).toBe('unknown')
  })
})
