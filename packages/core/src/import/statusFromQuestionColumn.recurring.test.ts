import { describe, expect, it } from 'vitest'
import { parseStatus } from '../status/parseStatus'
import { statusFromQuestionColumn } from './statusFromQuestionColumn'

describe('when was it done, every period: a "Completed" column that answers with a recurrence', () => {
  it.each([
    ['Achieved?', 'Yearly', 'ongoing'],
    ['Date completed', 'Each September', 'ongoing'],
    ['Completed', 'Every term', 'ongoing'],
    ['Achieved?', 'Quarterly', 'ongoing'],
    // A date the work was done on, or a header asking something else, is not a recurrence.
    ['Achieved?', 'March 2019', 'complete'],
    ['Frequency', 'Yearly', 'unknown'],
    ['Achieved?', 'Every year since the board first asked for it in the spring', 'unknown'],
  ])('%j over %j reads %s', (header, text, state) => {
    expect(statusFromQuestionColumn(header, text, parseStatus(text)).state).toBe(state)
  })
})
