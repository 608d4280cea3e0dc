import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('readTableBody: the header printed again on a new page leaves the action above open', () => {
  const header = ['Action', 'Step', 'Due']
  it('joins a row with no action of its own below the repeated header to the action above', () => {
    const { plan, issues } = tableToPlan([
      header,
      ['Tidy the seed library', 'Sort the packets by year', 'May 2027'],
      header,
      ['', 'Throw out packets older than five years', 'June 2027'],
      ['Open a tool share', 'Buy a padlock for the shed', 'July 2027'],
    ])
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([])
    expect(plan.actions.map((a) => a.title)).toEqual(['Tidy the seed library', 'Open a tool share'])
  })
})
