import { describe, expect, it } from 'vitest'
import { parseStatus } from './parseStatus'

describe('parseStatus: work in its final stages', () => {
  it.each([
    ['In final stages', 'in-progress'],
    ['In the final stages of drafting', 'in-progress'],
    ['At the final stage: sign-off by the board', 'in-progress'],
    // "Final stage" as what was done, not how far the work has got.
    ['Final stage completed', 'complete'],
    ['Plan the final stages of the move', 'unknown'],
  ])('%j → %s', (text, state) => {
    expect(parseStatus(text).state).toBe(state)
  })
})
