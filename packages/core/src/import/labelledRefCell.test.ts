import { describe, expect, it } from 'vitest'
import { labelledRefCell } from './labelledRefCell'
import { tableToPlan } from './tableToPlan'

describe('a ref cell that names what it numbers ("Action 3")', () => {
  it('reads the number as the ref in a committee log', () => {
    const { plan } = tableToPlan([
      ['Meeting', 'Action #', 'Action', 'Person'],
      ['12 March', 'Action 3', 'Circulate the draft workload model', 'Convenor'],
      ['12 March', 'Action 4', 'Book a room for the open forum', 'Secretary'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['3', '4'])
  })

  it.each([
    [['Key actions', 'Description', 'Progress'], 'Activity 3.4a', 'Activity 3.4b'],
    [['Key actions', 'Description', 'Progress snapshot'], 'Action 12', 'Action 13'],
  ])(
    'under %j, a column of labelled numbers beside the description is the ref, the description the action',
    (header, first, second) => {
      const { plan } = tableToPlan([
        header,
        [first, 'Survey the moorland plots before the grazing season', '4 = finished'],
        [second, 'Publish the survey findings for the landowners', '1 = under way'],
      ])
      expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
        [labelledRefCell(first), 'Survey the moorland plots before the grazing season'],
        [labelledRefCell(second), 'Publish the survey findings for the landowners'],
      ])
    },
  )

  it.each([
    ['Activity 4.2c', '4.2c'],
    ['Action 11', '11'],
    ['Item 2.3', '2.3'],
    ['REC 4', null],
    ['Task #7', '7'],
    ['Actions', null],
    ['Action plan 2024', null],
    ['Action 3 and 4', null],
  ])('%j reads %s', (cell, want) => {
    expect(labelledRefCell(cell)).toBe(want)
  })
})
