import { describe, expect, it } from 'vitest'
import { matchColumnHeader } from './columnSynonyms'
import { tableToPlan } from './tableToPlan'

// A department's yearly goals with their progress, one goal a row: "Goals | Progress".
describe('"Goals" over the goals a department set itself', () => {
  it('reads each goal as an action and the progress column as its status', () => {
    const { plan } = tableToPlan([
      ['Parks Department: goals for 2026-27'],
      ['Goals', 'Progress'],
      ['1) The Parks Team will replant the riverside beds.', 'In Progress'],
      ['2) To keep paths safe, the Grounds Crew will survey every path each spring.', 'Complete'],
      ['3) Open a second community orchard.', 'Not started'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 20), a.owners, a.status.state])).toEqual([
      ['1', 'The Parks Team will ', ['Parks Team'], 'in-progress'],
      ['2', 'To keep paths safe, ', ['Grounds Crew'], 'complete'],
      ['3', 'Open a second commun', [], 'not-started'],
    ])
  })

  it.each([
    ['Goals', 'title'],
    ['Goal', 'title'],
    ['Goals, objectives and actions', null],
  ])('header %j names %s', (header, field) => {
    expect(matchColumnHeader(header)?.field ?? null).toBe(field)
  })
})
