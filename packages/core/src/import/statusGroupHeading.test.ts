import { describe, expect, it } from 'vitest'
import { statusGroupHeading } from './statusGroupHeading'

describe('a short heading naming the state of the action items below it', () => {
  it.each([
    ['Ongoing', 'Ongoing'],
    ['Completed actions:', 'Completed'],
    ['Action items closed', 'closed'],
    ['New (raised at tonight’s meeting)', 'Not started'],
    ['New items', 'Not started'],
    ['Carried forward', 'Carried forward'],
    ['Done', 'Done'],
    ['Budget for the summer fair', null],
    ['Treasurer’s report', null],
    ['The kiln was fixed and everyone is pleased with it', null],
    ['', null],
  ])('%s', (line, state) => {
    expect(statusGroupHeading(line)).toBe(state)
  })

  it('reads a long hostile line', () => {
    const line = `Done ${'( ('.repeat(200_000)}`
    expect(statusGroupHeading(line)).toBeNull()
  })
})
