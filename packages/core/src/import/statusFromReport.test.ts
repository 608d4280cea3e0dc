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

describe('statusFromReport: work reported done in part, in the first person', () => {
  it.each([
    ['We have added support for labels, but editing them from the menu still needs work.'],
    ["We've fitted the new shelving; the labels remain to be printed."],
    ['We have surveyed every lab and will now be working on the findings with each team.'],
    ['We have redrafted half the guide and have more to go on the rest.'],
  ])('reads "%s" as in progress', (text) => {
    expect(statusFromReport(text, parseStatus(text)).state).toBe('in-progress')
  })

  it.each([
    ['We have added support for labels in every view.'],
    ['We still need to add support for labels.'],
  ])('leaves "%s" to the other readings', (text) => {
    expect(statusFromReport(text, parseStatus(text)).state).toBe(parseStatus(text).state)
  })
})
