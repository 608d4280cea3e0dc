import { describe, expect, it } from 'vitest'
import { parseStatus } from '../status/parseStatus'
import { statusFromReport } from './statusFromReport'

const read = (text: string) => statusFromReport(text, parseStatus(text)).state

describe('statusFromReport: reports of what happened', () => {
  it.each([
    ['The open evening was held on 3 May', 'complete'],
    ['Guidance was published in the spring', 'complete'],
    ['The event was not held this year', 'unknown'],
    ['Neither showcase was held', 'unknown'],
    ['The fair moved online, nor was the guide published', 'unknown'],
    // A clause break ends the reach of "neither" / "nor".
    ['Neither rain nor strikes; the fair was held in June', 'complete'],
    ['Project not going ahead', 'cancelled'],
  ])('%s → %s', (text, state) => {
    expect(read(text)).toBe(state)
  })
})
