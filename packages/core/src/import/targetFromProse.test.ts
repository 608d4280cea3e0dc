import { describe, expect, it } from 'vitest'
import { targetFromProse } from './targetFromProse'

describe('targetFromProse: a deadline closing the text', () => {
  it('reads a closing "by <date>" alone, past an amount written with "by"', () => {
    const read = targetFromProse(
      { title: () => 'To increase applications from women for technical posts by 15 per cent by June 2026' },
      {},
    )
    expect(read?.target.due).toBe('2026-06-30')
    expect(read?.target.text).toBe('June 2026')
    expect(read?.field).toBe('title')
  })

  it('reads nothing from a text whose closing "by" names no date', () => {
    expect(
      targetFromProse({ title: () => 'To cut waste by 15 per cent by working with Estates' }, {}),
    ).toBeNull()
  })
})

describe('targetFromProse: a time label in square brackets closing the text', () => {
  it('reads "[2026 timeline]" alone, past a "before" in the sentence', () => {
    const read = targetFromProse(
      {
        title: () =>
          'Pilot the new booking form and test it with users before launching it widely. [2026 timeline]',
      },
      {},
    )
    expect(read?.target.due).toBe('2026-12-31')
    expect(read?.target.text).toBe('2026 timeline')
  })
})
