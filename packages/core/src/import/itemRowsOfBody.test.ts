import { describe, expect, it } from 'vitest'
import { itemRowsOfBody } from './itemRowsOfBody'
import { tableToPlan } from './tableToPlan'

// A parks service plan: one small table per objective, each under its own label lines and a repeated header.
const plan = [
  ['Parks service plan 2031'],
  ['Area: Green spaces', ''],
  ['Objective: 1 - Keep the parks open longer', ''],
  ['Task', 'Evidence'],
  ['Agree later closing times with the wardens.', 'Times posted at every gate'],
  ['Area: Green spaces', ''],
  ['Objective: 2 - Plant more trees', ''],
  ['Task', 'Evidence'],
  ['2.1 Plant two hundred street trees.', 'Trees counted in the autumn survey'],
  ['2.2 Recruit volunteer tree wardens', ''],
]

describe('itemRowsOfBody', () => {
  it('leaves out the repeated header and the label lines that head each small table', () => {
    expect(itemRowsOfBody(plan.slice(4), ['Task', 'Evidence'])).toEqual([plan[4], plan[8], plan[9]])
  })

  it('lets the refs typed at the start of the action cells be read, though few rows carry one', () => {
    const { plan: read } = tableToPlan(plan)
    expect(read.actions.map((action) => [action.ref, action.title.slice(0, 18)])).toEqual([
      [null, 'Agree later closin'],
      ['2.1', 'Plant two hundred '],
      ['2.2', 'Recruit volunteer '],
    ])
  })
})
