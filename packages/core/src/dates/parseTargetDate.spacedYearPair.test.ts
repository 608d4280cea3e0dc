import { describe, expect, it } from 'vitest'
import { parseTargetDate } from './parseTargetDate'

describe('parseTargetDate: a year pair whose slash was lost', () => {
  it.each([
    ['2026 2027', '2026-08-01', '2027-07-31'],
    ['review the behaviour policy for 2026 2027', '2026-08-01', '2027-07-31'],
  ])('%s is the academic year', (text, start, due) => {
    const read = parseTargetDate(text)
    expect([read.kind, read.start, read.due]).toEqual(['due', start, due])
  })

  it.each(['2025 2026 2027', '2026 2028'])('%s stays years as written', (text) => {
    expect(parseTargetDate(text).kind).not.toBe('due')
  })
})
