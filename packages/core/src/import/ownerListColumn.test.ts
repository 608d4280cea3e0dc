import { describe, expect, it } from 'vitest'
import { ownerListColumn } from './ownerListColumn'
import { tableToPlan } from './tableToPlan'

describe('ownerListColumn', () => {
  it('takes a column of roles and people for owner lists', () => {
    expect(ownerListColumn(['Head of Parks', 'Ravi Shah / Clerk', '', 'Estates team'])).toMatch(/100%/)
  })

  it('does not take short themes or places for owner lists', () => {
    expect(ownerListColumn(['Green spaces', 'Safer streets', 'Green spaces'])).toBeNull()
    expect(ownerListColumn(['Head of Parks'])).toBeNull()
  })
})

describe('a table without a header: the owners read from owner lists', () => {
  it('reads the column of roles as the owners, not a column of short themes left of it', () => {
    const { plan } = tableToPlan([
      ['Green spaces', 'Plant forty trees along the ring road verges', 'Parks Manager', 'March 2031'],
      ['Safer streets', 'Fit brighter lighting along the canal towpath', 'Head of Highways', 'May 2031'],
      ['Green spaces', 'Open the walled garden to visitors at weekends', 'Ravi Shah', 'July 2031'],
      ['Safer streets', 'Paint a crossing outside the primary school', 'Head of Highways', 'June 2031'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Plant forty trees along the ring road verges', ['Parks Manager'], '2031-03-31'],
      ['Fit brighter lighting along the canal towpath', ['Head of Highways'], '2031-05-31'],
      ['Open the walled garden to visitors at weekends', ['Ravi Shah'], '2031-07-31'],
      ['Paint a crossing outside the primary school', ['Head of Highways'], '2031-06-30'],
    ])
  })
})
