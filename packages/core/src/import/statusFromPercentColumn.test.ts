import { describe, expect, it } from 'vitest'
import { parseStatus } from '../status/parseStatus'
import { statusFromPercentColumn } from './statusFromPercentColumn'
import { tableToPlan } from './tableToPlan'

describe('statusFromPercentColumn', () => {
  // [header, cell, status cell, state, percent]
  const rows: ReadonlyArray<readonly [string, string, string, string, number | null]> = [
    // The figure decides where the status names no state.
    ['% Complete', '100%', 'Lighting was replaced in all reading rooms.', 'complete', 100],
    ['% Complete', '50%', 'The scheme was relaunched in spring with new posters.', 'in-progress', 50],
    ['% Complete', '0%', 'Chargers are planned for the west car park.', 'not-started', 0],
    ['% COMP', '25', '', 'in-progress', 25],
    ['Percent complete', '100', 'Support is provided through the staff carers network.', 'complete', 100],
    ['Progress (%)', '0 %', '', 'not-started', 0],
    ['Completion %', '75%', 'See the estates report to Council.', 'in-progress', 75],
    ['% done', '100.0%', '', 'complete', 100],
    // …and corrects a paragraph of progress.
    [
      '% Complete',
      '0%',
      'The wildlife programme is on hold after the delay to the first phase. Expected to start in 2027.',
      'not-started',
      0,
    ],
    [
      '% Complete',
      '60%',
      'Delivery of the programme was delayed until the spring, with two guides now visiting homes.',
      'in-progress',
      60,
    ],
    [
      '% Complete',
      '40%',
      'The review is complete for the first two faculties and under way in the other three.',
      'in-progress',
      40,
    ],
    // A short status word, a cancelled or ongoing report keeps its state; the figure is still kept.
    ['% Complete', '0%', 'On hold', 'on-hold', 0],
    ['% Complete', '100%', 'Ongoing', 'ongoing', 100],
    [
      '% Complete',
      '100%',
      'Continuing as business as usual across all three campuses from next year.',
      'ongoing',
      100,
    ],
    [
      '% Complete',
      '20%',
      'The pilot was cancelled after the funding was withdrawn by the council.',
      'cancelled',
      20,
    ],
    // Not a percentage of the work done, or not a figure.
    ['% of budget spent', '100%', '', 'unknown', null],
    ['Weight %', '50%', '', 'unknown', null],
    ['% Complete', 'n/a', '', 'unknown', null],
    ['% Complete', '100% of staff trained', '', 'unknown', null],
    ['% Complete', '150%', '', 'unknown', null],
  ]
  it.each(rows)('%j %j beside %j → %s', (name, value, text, state, percent) => {
    const read = statusFromPercentColumn([{ name, value, column: 5 }], parseStatus(text)).status
    expect([read.state, read.percent]).toEqual([state, percent])
  })

  it('keeps a percentage the status cell already gives', () => {
    const read = statusFromPercentColumn(
      [{ name: '% Complete', value: '100%', column: 5 }],
      parseStatus('50%'),
    )
    expect([read.status.state, read.status.percent, read.decided]).toEqual(['in-progress', 50, false])
  })

  it('reads the figure beside a status column of prose in a council implementation report', () => {
    const { plan, issues } = tableToPlan([
      ['Theme', 'Action', 'Status', 'Due Date', '% Complete', 'Colour Code'],
      [
        'Travel',
        'Promote the cycle to work scheme',
        'The scheme was relaunched in spring with posters.',
        '2025',
        '50%',
        '',
      ],
      [
        'Travel',
        'Install EV chargers',
        'Chargers were held back after the delay to the car park works.',
        '2026',
        '0%',
        '',
      ],
      [
        'Energy',
        'Fit LED lighting in the library',
        'Lighting was replaced in all the reading rooms.',
        '2025',
        '100%',
        '',
      ],
      ['Energy', 'Audit heating controls', 'On hold', '2026', '0%', ''],
    ])
    expect(plan.actions.map((a) => [a.status.state, a.status.percent])).toEqual([
      ['in-progress', 50],
      ['not-started', 0],
      ['complete', 100],
      ['on-hold', 0],
    ])
    expect(issues.filter((issue) => issue.code === 'status-from-percent')).toHaveLength(3)
  })
})

describe('a status column headed as a percentage', () => {
  it('reads bare figures under "Progress %" as how far the work has got', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Action', 'Lead', 'Progress %'],
      ['1', 'Clear the ditch by the lane', 'Warden', '100'],
      ['2', 'Plant the new hedge', 'Warden', '40'],
      ['3', 'Fence the pond', 'Warden', '0'],
    ])
    expect(plan.actions.map((a) => [a.status.state, a.status.percent])).toEqual([
      ['complete', 100],
      ['in-progress', 40],
      ['not-started', 0],
    ])
  })
})
