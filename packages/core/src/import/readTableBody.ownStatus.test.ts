import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('an unnumbered row under a numbered step, with a status of its own', () => {
  it('is a step of its own, not the rest of the step above', () => {
    const { plan } = tableToPlan([
      ['No.', 'Action', 'Progress'],
      ['1', 'Agree the scope of the review with the steering group', 'Done'],
      ['', 'Appoint an external facilitator', 'In progress'],
      ['2', 'Run workshops in every department', 'Not started'],
      ['', 'Write up the findings for the board', 'Not started'],
    ])
    expect(plan.actions.map((action) => [action.title, action.status.state])).toEqual([
      ['Agree the scope of the review with the steering group', 'complete'],
      ['Appoint an external facilitator', 'in-progress'],
      ['Run workshops in every department', 'not-started'],
      ['Write up the findings for the board', 'not-started'],
    ])
  })

  it('still joins a row that only carries on the sentence above', () => {
    const { plan } = tableToPlan([
      ['No.', 'Action', 'Progress'],
      ['1', 'Agree the scope of the review with the', 'Done'],
      ['', 'steering group and the union', ''],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Agree the scope of the review with the steering group and the union',
    ])
  })
})
