import { describe, expect, it } from 'vitest'
import { codedRefBesideRowCount } from './codedRefBesideRowCount'
import { tableToPlan } from './tableToPlan'

describe('codedRefBesideRowCount', () => {
  const fields = new Map([
    ['ref', 0],
    ['title', 2],
  ] as const)

  it('takes the printed codes beside a running count', () => {
    expect(
      codedRefBesideRowCount(
        fields,
        [1, 3],
        [
          ['1', 'M1.1', 'Kick-off workshop held', 'Event'],
          ['2', 'M1.2', 'Data sharing agreement signed', 'Document'],
          ['3', 'M2.1', 'Pilot survey run', 'Survey'],
        ],
      ),
    ).toBe(1)
  })

  it.each([
    [
      'a count with a gap',
      [
        ['1', 'M1.1', 'Kick-off workshop held'],
        ['3', 'M1.2', 'Data sharing agreement signed'],
      ],
    ],
    [
      'repeated codes',
      [
        ['1', 'M1', 'Kick-off workshop held'],
        ['2', 'M1', 'Data sharing agreement signed'],
      ],
    ],
    [
      'a code missing on one row',
      [
        ['1', 'M1.1', 'Kick-off workshop held'],
        ['2', '', 'Data sharing agreement signed'],
      ],
    ],
    [
      'words, not codes',
      [
        ['1', 'Report', 'Kick-off workshop held'],
        ['2', 'Event', 'Data sharing agreement signed'],
      ],
    ],
  ])('keeps the count with %s', (_, body) => {
    expect(codedRefBesideRowCount(fields, [1], body)).toBeNull()
  })

  it('reads a deliverables list numbered twice', () => {
    const { plan } = tableToPlan([
      ['No.', '', 'Deliverable', 'Month due'],
      ['1', 'M1.1', 'Kick-off workshop held', 'Month 2'],
      ['2', 'M1.2', 'Data sharing agreement signed', 'Month 6'],
      ['Work package 2', '', '', ''],
      ['3', 'M2.1', 'Pilot survey run', 'Month 9'],
    ])
    expect(plan.actions.map((action) => [action.ref, action.title])).toEqual([
      ['M1.1', 'Kick-off workshop held'],
      ['M1.2', 'Data sharing agreement signed'],
      ['M2.1', 'Pilot survey run'],
    ])
  })

  it('reads them under a header whose words name the columns', () => {
    const { plan } = tableToPlan([
      ['#', '', 'Task', 'Due date', 'Lead'],
      ['1', 'T1.1', 'Draft the survey', 'June 2026', 'Ana'],
      ['2', 'T1.2', 'Pilot the survey', 'July 2026', 'Ben'],
      ['3', 'T2.1', 'Report the findings', 'October 2026', 'Ana'],
    ])
    expect(plan.actions.map((action) => action.ref)).toEqual(['T1.1', 'T1.2', 'T2.1'])
  })
})
