import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a column of year-less months beside the steps is the target, not the owners', () => {
  const rows = [
    ['Work on the new museum plan began in February 2031, when the trustees asked the staff for ideas.'],
    ['We will post an update after each step:'],
    ['February', 'Gather ideas from staff in every team'],
    ['March-April', 'Agree the scope with the trustees'],
    ['May', 'Run the visitor survey, Talk to Local Groups'],
    ['June-Mid July', 'Draft the aims and measures of success'],
    ['September', 'Trustees approve the plan and publish it'],
  ]

  it('reads each month as the step’s target, in the year the page names', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(explanation.columns.find((column) => column.column === 1)?.field).toBe('target')
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Gather ideas from staff in every team', [], '2031-02-28'],
      ['Agree the scope with the trustees', [], '2031-04-30'],
      ['Run the visitor survey, Talk to Local Groups', [], '2031-05-31'],
      ['Draft the aims and measures of success', [], '2031-07-20'],
      ['Trustees approve the plan and publish it', [], '2031-09-30'],
    ])
  })

  it('still reads people whose first name is a month as owners', () => {
    const { plan } = tableToPlan([
      ['Task', 'Lead'],
      ['Gather ideas from staff', 'May Chen'],
      ['Agree the scope', 'June Osei'],
      ['Run the visitor survey', 'April Kaur'],
    ])
    expect(plan.actions.map((a) => [a.owners, a.target.due])).toEqual([
      [['May Chen'], null],
      [['June Osei'], null],
      [['April Kaur'], null],
    ])
  })
})
