import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

const work = [
  'Agree the terms of reference for the working group',
  'Hold two drop-in sessions for part-time staff',
  'Add a wellbeing question to the exit interview',
]

/** "Action | Lead | <header>" over three rows, the third column holding `cells`. */
function read(header: string, cells: readonly string[]) {
  const rows = [['Action', 'Lead', header], ...work.map((action, i) => [action, 'Priya Patel', cells[i]!])]
  const result = tableToPlan(rows)
  return {
    field: result.explanation.columns.find((column) => column.column === 3)?.field,
    due: result.plan.actions.map((action) => action.target.due),
  }
}

describe('a milestone column of dates is the target', () => {
  it.each(['Milestone', 'Milestones', 'Key milestone'])('%s over dates', (header) => {
    expect(read(header, ['March 2027', 'Q2 2026', '31/10/2026'])).toEqual({
      field: 'target',
      due: ['2027-03-31', '2026-06-30', '2026-10-31'],
    })
  })

  it('but a milestone column of deliverables stays the success measures', () => {
    const { field } = read('Milestone', [
      'Terms of reference agreed by the board',
      'Two sessions held, with notes shared',
      'Question live in the exit survey',
    ])
    expect(field).toBe('successMeasures')
  })

  it('and a success-measures column whose measures carry their dates stays the success measures', () => {
    expect(
      read('Success measures', [
        'All leads trained, end 2025',
        'Two sessions by April 2026',
        'Live in Q3 2026',
      ]).field,
    ).toBe('successMeasures')
  })
})
