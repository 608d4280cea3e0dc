import { describe, expect, it } from 'vitest'
import { statusAtStart } from './statusAtStart'

describe('the status a status line opens with', () => {
  it.each([
    ['Done', 'Done'],
    ['COMPLETED in part. The rest goes to June.', 'COMPLETED in part'],
    ['NOT DONE the room was taken', 'NOT DONE'],
    ['In progress; quote awaited', 'In progress'],
    ['Ask the bursar about the budget', null],
    ['We met the supplier, who will call back', null],
  ])('%s → %s', (line, status) => {
    expect(statusAtStart(line)).toBe(status)
  })
})
