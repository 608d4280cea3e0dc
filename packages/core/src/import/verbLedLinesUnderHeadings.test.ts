import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'
import { verbLedLinesUnderHeadings } from './verbLedLinesUnderHeadings'

describe('short instructions grouped under noun-phrase headings on a one-column page', () => {
  it('reads the instruction lines as actions and the theme lines as their headings', () => {
    const { plan } = tableToPlan([
      ['CORPORATE PRIORITIES TRACKER'],
      [
        'Deliver homes, jobs and greener streets for every neighbourhood by working with residents and partners.',
      ],
      ['Housing and Growth'],
      ['Refresh local plan evidence base'],
      ['Adopt town centre design code'],
      ['Publish brownfield land register'],
      ['Parking Strategy: Consult on evening charges'],
      ['Environmental Services & Green Spaces'],
      ['Plant community orchards'],
      ['Designate quiet green spaces'],
      ['Extend food waste collections to flats'],
      ['Work with parish councils, schools, and the rivers trust to restore three local streams and ponds'],
    ])
    expect(plan.actions.slice(1).map((a) => [a.title, a.section])).toEqual([
      ['Refresh local plan evidence base', 'Housing and Growth'],
      ['Adopt town centre design code', 'Housing and Growth'],
      ['Publish brownfield land register', 'Housing and Growth'],
      ['Parking Strategy: Consult on evening charges', 'Housing and Growth'],
      ['Plant community orchards', 'Environmental Services & Green Spaces'],
      ['Designate quiet green spaces', 'Environmental Services & Green Spaces'],
      ['Extend food waste collections to flats', 'Environmental Services & Green Spaces'],
      [
        'Work with parish councils, schools, and the rivers trust to restore three local streams and ponds',
        'Environmental Services & Green Spaces',
      ],
    ])
  })

  it('leaves theme lines, lead-ins and an objective over its "Actions:" alone', () => {
    const rows = [
      ['Digital Services'],
      ['Improve online forms'],
      ['Actions:'],
      ['Replace the paper booking forms'],
      ['Social Value'],
      ['Financial Resilience'],
    ]
    expect(verbLedLinesUnderHeadings(rows, 0, 0, new Set([3]))).toEqual([])
    expect(
      verbLedLinesUnderHeadings(
        [['Transport'], ['Upgrade bus shelters'], ['Repair the footbridge'], ['Widen cycle lanes']],
        0,
        0,
        new Set(),
      ),
    ).toEqual([1, 2, 3])
  })
})
