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
})
