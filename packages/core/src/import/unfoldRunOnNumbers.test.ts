import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'
import { unfoldRunOnNumbers } from './unfoldRunOnNumbers'

describe('unfoldRunOnNumbers', () => {
  it('unfolds items numbered inside one paragraph into a lead-in and one row an item', () => {
    expect(
      unfoldRunOnNumbers([
        ['Terms of reference'],
        [
          'Purpose: to guide the village hall refurbishment. Tasks: 1 To agree a budget with the trustees. 2 To invite three builders to quote for the work. 3 To keep the hall users informed. To close the project with a short report.',
        ],
      ]),
    ).toEqual([
      ['Terms of reference'],
      ['Purpose: to guide the village hall refurbishment. Tasks:'],
      ['1. To agree a budget with the trustees.'],
      ['2. To invite three builders to quote for the work.'],
      ['3. To keep the hall users informed.'],
      ['To close the project with a short report.'],
    ])
  })

  it('reads numbers written "1)" or "1." and keeps a later sentence that opens otherwise with its item', () => {
    expect(
      unfoldRunOnNumbers([
        [
          '1) Survey the pupils in spring. 2) Publish the results in the newsletter. 3) Repeat the survey next year. It takes ten minutes.',
        ],
      ]),
    ).toEqual([
      ['1. Survey the pupils in spring.'],
      ['2. Publish the results in the newsletter.'],
      ['3. Repeat the survey next year. It takes ten minutes.'],
    ])
  })

  it('reads a number written "2." right after the bracket closing the item before it', () => {
    expect(
      unfoldRunOnNumbers([
        [
          'To do: 1. Redo the member list (Ines) 2. Update the welcome page (all) 3. Print new flyers (two kinds)',
        ],
      ]),
    ).toEqual([
      ['To do:'],
      ['1. Redo the member list (Ines)'],
      ['2. Update the welcome page (all)'],
      ['3. Print new flyers (two kinds)'],
    ])
    // Without the stop after the number, a bracket followed by a count is prose, not the next item.
    const counts = [
      ['Notes: 1. We met the mayor (twice) 2 Times in May (both good) 3 Times in June, all fine'],
    ]
    expect(unfoldRunOnNumbers(counts)).toBe(counts)
  })

  it('leaves numbers that do not count 1, 2, 3 at sentence ends, short counts, and table rows alone', () => {
    const rows = [
      ['We hired 2 new staff and 3 volunteers. 4 More are planned for the autumn term.'],
      ['1 Hall. 2 Kitchen. 3 Garden.'],
      ['Tasks: 1 To agree a budget. 2 To invite quotes from builders. 3 To inform the users.', 'Clerk'],
    ]
    expect(unfoldRunOnNumbers(rows)).toBe(rows)
  })

  it('makes each run-on item an action with its number as its ref', () => {
    const { plan } = tableToPlan([
      ['Working group brief'],
      [
        'Aim: to prepare a travel plan for the school. Objectives: 1 To count how pupils travel to school each day. 2 To ask parents which routes feel unsafe. 3 To propose a walking bus for the younger years. 4 To report to the governors in the summer term.',
      ],
    ])
    expect(plan.actions.map((action) => [action.ref, action.title])).toEqual([
      ['1', 'To count how pupils travel to school each day.'],
      ['2', 'To ask parents which routes feel unsafe.'],
      ['3', 'To propose a walking bus for the younger years.'],
      ['4', 'To report to the governors in the summer term.'],
    ])
  })

  it('unfolds points marked (i), (ii), (iii) inside one paragraph of minutes, each keeping its mark', () => {
    const rows = [
      [
        '4.2 Footpaths – (i) the stile at Mill Lane was reported to the ranger – reply awaited; (ii) Church Walk hedge (see item 3(ii) last month) also reported; (iii) the county will resurface the bridleway in May. The contractor has been booked.',
      ],
    ]
    expect(unfoldRunOnNumbers(rows)).toEqual([
      ['4.2 Footpaths –'],
      ['(i) the stile at Mill Lane was reported to the ranger – reply awaited;'],
      ['(ii) Church Walk hedge (see item 3(ii) last month) also reported;'],
      ['(iii) the county will resurface the bridleway in May. The contractor has been booked.'],
    ])
  })

  it('reads each roman point as an action with its mark as its ref, an awaited answer as work under way', () => {
    const { plan } = tableToPlan([
      ['Parish council minutes'],
      ['4. Matters arising'],
      [
        '4.2 Footpaths – (i) The stile at Mill Lane was reported to the ranger – reply awaited; (ii) Church Walk hedge (see item 3(ii) last month) also reported to the county; (iii) all other paths were walked by the clerk in March. Further confirmation awaited.',
      ],
    ])
    const points = plan.actions.filter((action) => action.ref?.startsWith('(') === true)
    expect(points.map((action) => [action.ref, action.title.slice(0, 24), action.status.state])).toEqual([
      ['(i)', 'The stile at Mill Lane w', 'in-progress'],
      ['(ii)', 'Church Walk hedge (see i', 'unknown'],
      ['(iii)', 'all other paths were wal', 'in-progress'],
    ])
  })

  it('leaves a paragraph whose roman numerals are out of order or too few alone', () => {
    const rows = [['Notes – (i) the hall was booked for the fair; (iii) the raffle was drawn by the chair.']]
    expect(unfoldRunOnNumbers(rows)).toBe(rows)
  })
})
