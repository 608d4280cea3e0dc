import { describe, expect, it } from 'vitest'
import { refFromActionId } from './refFromActionId'
import { tableToPlan } from './tableToPlan'

describe('an action log whose "Action ID" is its only number', () => {
  it('cites each action by its ID, and keeps the ID as the action id', () => {
    const { plan } = tableToPlan([
      ['Action ID', 'Action', 'Owner', 'Status'],
      ['TECH-2401', 'Survey the technicians about training needs', 'Grace', 'Open'],
      ['TECH-2402', 'Share the survey results at the forum', 'Idris', 'Open'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.id])).toEqual([
      ['TECH-2401', 'TECH-2401'],
      ['TECH-2402', 'TECH-2402'],
    ])
  })

  it('keeps a ref column of its own', () => {
    const { plan } = tableToPlan([
      ['Action ID', 'No.', 'Action', 'Owner'],
      ['TECH-2401', '1.1', 'Survey the technicians about training needs', 'Grace'],
    ])
    expect(plan.actions[0]?.ref).toBe('1.1')
  })

  it.each([
    [null, 'WP3-07', 'WP3-07'],
    ['2.1', 'WP3-07', '2.1'],
    [null, '', null],
    [null, 'see the minutes of May', null],
  ])('ref %s beside ID %j reads %s', (ref, id, want) => {
    expect(refFromActionId(ref, id)).toBe(want)
  })
})
