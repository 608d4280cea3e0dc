import { describe, expect, it } from 'vitest'
import { timingHeaderNamesProgress } from './timingHeaderNamesProgress'

describe('timingHeaderNamesProgress', () => {
  it.each([
    ['Timeline/Progress', true],
    ['Timescale and status', true],
    ['Date / Status', true],
    ['Timescale', false],
    ['Target date', false],
    ['Statement deadline', false],
    [null, false],
  ])('%s', (header, expected) => {
    expect(timingHeaderNamesProgress(header)).toBe(expected)
  })
})
