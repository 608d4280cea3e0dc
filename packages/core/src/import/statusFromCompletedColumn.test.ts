import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('statusFromCompletedColumn: a "Completed" column records when the work was done', () => {
  const { plan, explanation } = tableToPlan([
    ['Action', 'By when', 'Lead', 'Date completed'],
    ['Refresh the lab induction pack', 'By end of May 2025', 'LM', '02/05/2025'],
    ['Hold a technician open day', 'By end of June 2025', 'KT', 'June 2025'],
    [
      'Send the survey to every technician',
      'By end of July 2025',
      'KT',
      'Agreed and published by the board 3/7/25',
    ],
    ['Write the mentoring guide', 'By end of 2025', 'LM', 'Ongoing'],
    ['Review the pay bands', 'By end of 2026', 'HR', ''],
    ['Move stores to the new block', 'By 2026', 'Estates', 'Delayed by the builders'],
  ])

  it('reads the column as the status', () => {
    expect(explanation.columns.find((c) => c.column === 4)?.field).toBe('status')
  })

  it.each([
    [0, 'complete'],
    [1, 'complete'],
    [2, 'complete'],
    [3, 'ongoing'],
    [4, 'unknown'],
  ])('row %i reads as %s', (index, state) => {
    expect(plan.actions[index]?.status.state).toBe(state)
  })

  it('leaves a record that says the work is not done to the status parser', () => {
    expect(plan.actions[5]?.status.state).not.toBe('complete')
  })
})
