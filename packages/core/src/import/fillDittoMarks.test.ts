import { describe, expect, it } from 'vitest'
import { fillDittoMarks } from './fillDittoMarks'
import { tableToPlan } from './tableToPlan'

describe('fillDittoMarks: a ditto mark repeats the cell above it', () => {
  it('fills each mark with the nearest text above it in its column', () => {
    expect(
      fillDittoMarks([
        ['Job', 'By'],
        ['Sand the floor', 'May 2031'],
        ['Oil the floor', '"'],
        ['Hang the doors', '〃'],
        ['Fit the lights', 'July 2031'],
        ['Test the alarm', "''"],
      ]).map((row) => row[1]),
    ).toEqual(['By', 'May 2031', 'May 2031', 'May 2031', 'July 2031', 'July 2031'])
  })

  it('leaves a mark under the header alone, and a quote inside text', () => {
    const table = [
      ['Job', 'By'],
      ['Sand the floor', '"'],
      ['Say "thanks" to the crew', ''],
    ]
    expect(fillDittoMarks(table)).toEqual(table)
  })

  it('gives each row of a numbered schedule the batch date written once above its marks', () => {
    const { plan } = tableToPlan([
      ['Order', 'Area', 'Draft agreed', 'Legal text', 'Due date'],
      ['1', 'Bus routes and timetables', 'Yes - agreed by the panel', '', 'March 2032'],
      ['2', 'Cycle lanes', 'Yes - agreed', 'Yes', '"'],
      ['3', 'Walking routes to schools', '', 'Yes', 'September 2032'],
      ['4', 'Car parks', 'Yes - agreed', '', '"'],
      ['5', 'Street lighting', '', '', '"'],
    ])
    expect(plan.actions.map((action) => [action.ref, action.title, action.target.due])).toEqual([
      ['1', 'Bus routes and timetables', '2032-03-31'],
      ['2', 'Cycle lanes', '2032-03-31'],
      ['3', 'Walking routes to schools', '2032-09-30'],
      ['4', 'Car parks', '2032-09-30'],
      ['5', 'Street lighting', '2032-09-30'],
    ])
  })
})
