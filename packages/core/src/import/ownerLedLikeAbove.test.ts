import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a committee’s outstanding tasks, a status code in the margin and the owner first', () => {
  const table = [
    ['PARISH COUNCIL', ''],
    ['Agenda for the meeting of 4 May', ''],
    ['OUTSTANDING TASKS', ''],
    ['IP', 'Nadia to ask the county about the bus shelter and report back.'],
    ['IP', 'Olu and Priya to price the new noticeboard'],
    ['DONE', 'Tom Reed will send the draft budget to the clerk.'],
    ['', 'Tom to check the grant terms once the clerk replies.'],
    ['IP', 'Priya to draft the footpath letter'],
  ]

  it('reads the margin as the status, the names before "to" or "will" as owners, and keeps follow-on tasks', () => {
    const { plan } = tableToPlan(table)
    expect(
      plan.actions.map((action) => [action.title.slice(0, 24), action.owners, action.status.state]),
    ).toEqual([
      ['Nadia to ask the county ', ['Nadia'], 'in-progress'],
      ['Olu and Priya to price t', ['Olu', 'Priya'], 'in-progress'],
      ['Tom Reed will send the d', ['Tom Reed'], 'complete'],
      ['Tom to check the grant t', ['Tom'], 'unknown'],
      ['Priya to draft the footp', ['Priya'], 'in-progress'],
    ])
  })
})
