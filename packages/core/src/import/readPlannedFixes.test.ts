import { describe, expect, it } from 'vitest'
import { readPlannedFixes } from './readPlannedFixes'
import { tableToPlan } from './tableToPlan'

describe("an accessibility statement's problems and planned fixes", () => {
  const rows = [
    ['Non-accessible content'],
    ['The content below is not accessible for these reasons.'],
    ['Problems with the booking pages'],
    ['1. Date pickers cannot be used with a keyboard. We plan to replace them by March 2025.'],
    ['2. Some buttons have no accessible name. We plan to fix this in April 2025.'],
    ['Videos'],
    ['Older lecture videos have no captions.'],
    ['We will caption every video still in use by September 2025.'],
    ['Maps'],
    ['Our campus map cannot be read by screen readers, which fails WCAG 2.2 success criterion 1.1.1.'],
    ['We intend to publish a text description of each route in 2025.'],
  ]

  it('reads each dated numbered problem and each dated planned fix as an action', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 30), a.target.due, a.section])).toEqual([
      ['1', 'Date pickers cannot be used wi', '2025-03-31', null],
      ['2', 'Some buttons have no accessibl', '2025-04-30', null],
      [null, 'We will caption every video st', '2025-09-30', 'Videos'],
      [null, 'We intend to publish a text de', '2025-12-31', 'Maps'],
    ])
    expect(plan.actions[2]?.description).toBe('Older lecture videos have no captions.')
  })

  it('is read only on a page with the words of an accessibility statement and a planned fix', () => {
    expect(
      readPlannedFixes(rows.map((row) => [row[0]!.replace(/accessib|WCAG|success criterion/gi, 'X')])),
    ).toBeNull()
    expect(readPlannedFixes(rows.slice(0, 5))).toBeNull()
  })
})
