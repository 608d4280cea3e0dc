import { describe, expect, it } from 'vitest'
import { readStatusSuffixedLists } from './readStatusSuffixedLists'
import { tableToPlan } from './tableToPlan'

describe('bulleted lists whose items end in their status after a dash', () => {
  it('reads each top-level bullet as an action, its status after the dash, its year from the heading', () => {
    const { plan } = tableToPlan([
      ['Digital access plan'],
      ['Scope: the student portal'],
      ['Actions for 2026'],
      ['- Add captions to every lecture video - done'],
      ['  - starting with first-year modules'],
      ['- Replace the image-only timetable - in progress'],
      ['- Test the forms with a screen reader - to do'],
      ['Actions for 2027'],
      ['- Commission a second external audit'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state, a.target.due])).toEqual([
      ['Add captions to every lecture video', 'complete', '2026-12-31'],
      ['Replace the image-only timetable', 'in-progress', '2026-12-31'],
      ['Test the forms with a screen reader', 'not-started', '2026-12-31'],
      ['Commission a second external audit', 'unknown', '2027-12-31'],
    ])
  })

  it('needs three items, and half of them, to end in a status', () => {
    expect(
      readStatusSuffixedLists([['Plan'], ['Work'], ['- Fix the lift - done'], ['- Paint the hall - sooner']]),
    ).toBeNull()
    expect(
      readStatusSuffixedLists([
        ['Work'],
        ['- A - done'],
        ['- B - done'],
        ['- C - done'],
        ['- D'],
        ['- E'],
        ['- F'],
        ['- G'],
      ]),
    ).toBeNull()
  })
})
