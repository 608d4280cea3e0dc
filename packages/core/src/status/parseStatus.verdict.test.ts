import { describe, expect, it } from 'vitest'
import { parseStatus } from './parseStatus'

describe('parseStatus: a verdict someone reached about the work ("confirmed as addressed")', () => {
  it.each([
    ['Addressed', 'complete'],
    ['Addressed in the updated handbook', 'complete'],
    ['These points were confirmed as addressed during the 2021 internal review.', 'complete'],
    ['Both findings have been verified as resolved by the audit panel', 'complete'],
    ['The target was assessed as met at year end', 'complete'],
    ['The issue has now been addressed.', 'complete'],
    ['Not addressed', 'in-progress'],
    ['Not yet addressed - awaiting budget', 'in-progress'],
    // "addressed" and "as" with no verdict are ordinary words.
    ['Letters addressed to every tenant explain the change', 'unknown'],
    ['Staff confirmed as members of the panel', 'unknown'],
    ['We confirmed the venue as agreed with the chair', 'unknown'],
  ])('%j reads as %s', (text, state) => {
    expect(parseStatus(text).state).toBe(state)
  })
})
