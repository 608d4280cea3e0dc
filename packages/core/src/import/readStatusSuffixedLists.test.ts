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

  it.each([
    [
      'owners before a colon or before "to", a status between dashes',
      [
        ['Choir notes'],
        ['Actions from last time'],
        ['• Mo, Priya to collect the robes from the cleaners - ongoing - after the half term'],
        ['• Dev: Book the church for the carol service - complete'],
        ['• Lena: Order new folders - ongoing - cancelled - the supplier moved away'],
        ['• Dev: Ask the organist about Easter - complete'],
      ],
      [
        ['Mo, Priya to collect the robes from the cleaners', ['Mo', 'Priya'], 'ongoing'],
        ['Dev: Book the church for the carol service', ['Dev'], 'complete'],
        ['Lena: Order new folders - ongoing', ['Lena'], 'cancelled'],
        ['Dev: Ask the organist about Easter', ['Dev'], 'complete'],
      ],
    ],
    [
      'no owners where few items open with one',
      [
        ['Access plan'],
        ['Plan 2031'],
        ['- Add a skip link - done'],
        ['- Caption the videos - in progress'],
        ['- Web team: audit the forms - to do'],
      ],
      [
        ['Add a skip link', [], 'complete'],
        ['Caption the videos', [], 'in-progress'],
        ['Web team: audit the forms', [], 'not-started'],
      ],
    ],
  ])('reads %s', (_, rows, want) => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual(want)
  })
})
