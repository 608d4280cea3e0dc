import { describe, expect, it } from 'vitest'
import { parseTargetDate } from './parseTargetDate'

describe('quarters written number first ("2026 3Q", "1Q 2027")', () => {
  it.each([
    ['2026 3Q', '2026-07-01', '2026-09-30'],
    ['4Q 2026', '2026-10-01', '2026-12-31'],
    ['1Q 2027', '2027-01-01', '2027-03-31'],
  ])('%s → %s to %s', (text, start, due) => {
    const read = parseTargetDate(text)
    expect([read.kind, read.start, read.due]).toEqual(['due', start, due])
  })

  it('"7Q" is no quarter: the year alone is read', () => {
    expect(parseTargetDate('2026 7Q').due).toBe('2026-12-31')
  })
})

describe('a run of quarters led by one year ("2026 Q2 - Q4", "2026 1Q-3Q")', () => {
  it.each([
    ['2026 Q2 - Q4', '2026-04-01', '2026-12-31'],
    ['2026 1Q-3Q', '2026-01-01', '2026-09-30'],
    ['2027 2Q to 3Q', '2027-04-01', '2027-09-30'],
  ])('%s → %s to %s: the later quarter shares the year', (text, start, due) => {
    const read = parseTargetDate(text)
    expect([read.kind, read.start, read.due]).toEqual(['range', start, due])
  })
})
