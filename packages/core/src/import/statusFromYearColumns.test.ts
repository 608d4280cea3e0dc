import { describe, expect, it } from 'vitest'
import { isPeriodHeader, statusFromYearColumns } from './statusFromYearColumns'
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

  it.each([
    ['30/9/2014', true],
    ['4/30/2031', true],
    ['31 March 2031', true],
    ['June 2031', true],
    ['2030-31', true],
    ['31/3', false],
    ['12', false],
    ['Target date', false],
    ['Review in 2031', false],
  ])('%s is a reporting period alone: %s', (header, expected) => {
    expect(isPeriodHeader(header)).toBe(expected)
  })

  it('gives each milestone of a tracker with a status column per review date the state of its latest review', () => {
    const { plan } = tableToPlan([
      ['Milestone tracker: position at the March review'],
      ['Theme', 'Milestone reference', 'Milestone', '30/9/2030', '31/12/2030', '31/3/2031'],
      [
        'Open records',
        '2.01',
        'Councils publish their spending over £500 by June 2030',
        'Delayed',
        'Completed',
        'Completed',
      ],
      [
        'Open records',
        '2.02',
        'Publish the list of land and buildings held by December 2030',
        'On track',
        'Delayed',
        '',
      ],
      [
        'Open records',
        '2.03',
        'Agree a common format for contracts by March 2031',
        'Not started',
        'Not started',
        'Delayed',
      ],
    ])
    expect(plan.actions.map((action) => [action.ref, action.status.state, action.target.due])).toEqual([
      ['2.01', 'complete', '2030-06-30'],
      ['2.02', 'in-progress', '2030-12-31'],
      ['2.03', 'in-progress', '2031-03-31'],
    ])
  })
})
