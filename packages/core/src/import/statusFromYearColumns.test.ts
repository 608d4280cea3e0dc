import { describe, expect, it } from 'vitest'
import { statusFromYearColumns } from './statusFromYearColumns'
import { tableToPlan } from './tableToPlan'

describe('statusFromYearColumns', () => {
  it('takes the latest year holding a status', () => {
    expect(
      statusFromYearColumns([
        { header: '2024/25', text: 'On track', column: 5 },
        { header: '2023/24', text: 'Not started', column: 4 },
        { header: '2026', text: '', column: 6 },
      ])?.state,
    ).toBe('in-progress')
  })

  it.each([
    ['a tick', { header: '2024', text: '✓', column: 3 }],
    ['a date', { header: '2024-25', text: 'March 2025', column: 3 }],
    [
      'a note',
      { header: '2024-25', text: 'Survey completed and the report is going to the board in May', column: 3 },
    ],
    ['a header that is not a year alone', { header: 'Progress notes', text: 'Completed', column: 3 }],
  ])('reads no status from %s', (_, cell) => {
    expect(statusFromYearColumns([cell])).toBeNull()
  })

  it('gives each action of an annually updated sheet the state of its latest year', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Action', 'Lead', '2023-24', '2024-25', '2030'],
      ['1', 'Publish a travel plan for staff and students', 'Travel Officer', 'Not started', 'Completed', ''],
      ['2', 'Install solar panels on the teaching block', 'Estates Manager', 'On track', '', ''],
    ])
    expect(plan.actions.map((action) => action.status.state)).toEqual(['complete', 'in-progress'])
  })
})
