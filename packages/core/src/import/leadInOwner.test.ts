import { describe, expect, it } from 'vitest'
import { leadInOwner } from './leadInOwner'
import { tableToPlan } from './tableToPlan'

describe('a lead-in saying what its subject needs to do', () => {
  it.each([
    ['Looking ahead, the Web team need to:', 'Web team'],
    ['The Registry must:', 'Registry'],
    ['In short the site managers should:', 'site managers'],
    ['The plan needs to:', null],
    ['We need to:', null],
    ['Looking ahead, the team and every one of our many partners need to:', null],
  ])('%s → %s', (lead, owner) => {
    expect(leadInOwner([[lead], ['1. Run two more interviews'], ['2. Test the form']])?.owner ?? null).toBe(
      owner,
    )
  })

  it('gives every numbered item its owner when the lead-in stands above a page read as a table', () => {
    const { plan } = tableToPlan([
      ['Findings of the review'],
      ['Looking ahead, the Web team need to:'],
      ['1. Run more interviews with:'],
      ['clerks'],
      ['2. Test the new form'],
      ['3. Check which browsers people use'],
    ])
    expect(plan.actions.map((action) => action.owners)).toEqual([['Web team'], ['Web team'], ['Web team']])
  })
})
