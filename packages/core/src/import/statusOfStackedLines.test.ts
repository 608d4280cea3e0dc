import { describe, expect, it } from 'vitest'
import { parseStatus } from '../status/parseStatus'
import { statusOfStackedLines } from './statusOfStackedLines'

describe('statusOfStackedLines', () => {
  it.each([
    ['Completed\nOn target\nOn target', 'in-progress'],
    ['Done\nNot started', 'in-progress'],
    ['Completed\nCompleted', 'complete'],
    ['Completed\nThe board signed the plan off at its June meeting', 'complete'],
    ['Completed', 'complete'],
  ])('reads %j as %s', (text, state) => {
    expect(statusOfStackedLines(text, parseStatus(text)).state).toBe(state)
  })
})
