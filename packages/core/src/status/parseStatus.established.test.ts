import { describe, expect, it } from 'vitest'
import { parseStatus } from './parseStatus'

describe('parseStatus: "Established" as a verdict', () => {
  it.each([
    ['Established', 'complete'],
    ['The working group has been established', 'complete'],
    ['Established - meets each term', 'complete'],
    // The word describing something else, not the state of the work.
    ['Established practice shows the need for a review', 'unknown'],
    ['Newly established panel meets monthly', 'unknown'],
  ])('%j → %s', (text, state) => {
    expect(parseStatus(text).state).toBe(state)
  })
})
