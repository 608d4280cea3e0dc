import { describe, expect, it } from 'vitest'
import { parseTargetDate } from './parseTargetDate'

describe('quarters numbered in Roman numerals ("2025 II Q", "IV quarter 2026")', () => {
  it.each([
    ['2025 II Q', '2025-04-01', '2025-06-30'],
    ['2026 IV Q.', '2026-10-01', '2026-12-31'],
    ['IV quarter 2026', '2026-10-01', '2026-12-31'],
    ['I Qtr 2027', '2027-01-01', '2027-03-31'],
  ])('%s → %s to %s', (text, start, due) => {
    const read = parseTargetDate(text)
    expect([read.kind, read.start, read.due]).toEqual(['due', start, due])
  })

  it.each([
    // The quarter is Q1; "II" numbers the stage.
    ['Stage II Q1 2025', '2025-03-31'],
    // A question-and-answer session, not a quarter.
    ['Phase I Q&A 2025', '2025-12-31'],
  ])('%s is not a Roman quarter (due %s)', (text, due) => {
    expect(parseTargetDate(text).due).toBe(due)
  })
})
