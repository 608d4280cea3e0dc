import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a work programme of task areas, measures and tasks', () => {
  it.each([
    {
      layout: '"Task Areas | Measures | Tasks | Responsibilities", area and people merged over every task',
      rows: [
        ['Task Areas', 'Measures', 'Tasks', 'Responsibilities'],
        [
          'TA 2 Archives',
          'M2.1 – Catalogue review',
          'T2.1.1: Audit the finding aids',
          'Lena Vogt,\nPaul Brandt',
        ],
        ['', '', 'T2.1.2: Publish the audit', ''],
        ['', 'M2.2 – Outreach: open days for local groups', 'T2.2.1: Survey reading-room users', ''],
        ['', '', 'T2.2.2: Report to the board', ''],
        ['', 'M2.3 – Digitisation', 'T2.3.1: Scan the parish maps', ''],
      ],
      want: [
        ['T2.1.1', 'Audit the finding aids', ['Lena Vogt', 'Paul Brandt']],
        ['T2.1.2', 'Publish the audit', ['Lena Vogt', 'Paul Brandt']],
        ['T2.2.1', 'Survey reading-room users', ['Lena Vogt', 'Paul Brandt']],
        ['T2.2.2', 'Report to the board', ['Lena Vogt', 'Paul Brandt']],
        ['T2.3.1', 'Scan the parish maps', ['Lena Vogt', 'Paul Brandt']],
      ],
    },
    {
      layout: '"Task area | Tasks | Lead", one lead per area',
      rows: [
        ['Task area', 'Tasks', 'Lead'],
        ['Training', 'Run two induction days', 'Omar Haddad'],
        ['', 'Write a short handbook', ''],
        ['', 'Collect feedback after each day', ''],
        ['Tools', 'Choose a shared drive', 'Rita Sousa'],
        ['', 'Move old files across', ''],
        ['', 'Close the old server', ''],
      ],
      want: [
        [null, 'Run two induction days', ['Omar Haddad']],
        [null, 'Write a short handbook', ['Omar Haddad']],
        [null, 'Collect feedback after each day', ['Omar Haddad']],
        [null, 'Choose a shared drive', ['Rita Sousa']],
        [null, 'Move old files across', ['Rita Sousa']],
        [null, 'Close the old server', ['Rita Sousa']],
      ],
    },
  ])('reads each task as an action under its area: $layout', ({ rows, want }) => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual(want)
  })
})
