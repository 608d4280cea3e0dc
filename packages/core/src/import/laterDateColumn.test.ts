import { describe, expect, it } from 'vitest'
import { laterDateColumn } from './laterDateColumn'
import { tableToPlan } from './tableToPlan'

describe('laterDateColumn', () => {
  it('finds the column whose dates fall after the target column on each row', () => {
    const rows = [
      ['2 March 2031', 'Reseal the pavilion roof', '30 April 2031'],
      ['9 March 2031', 'Order the new goal nets', '31 May 2031'],
      ['9 March 2031', 'Renew the groundskeeper contract', '30 June 2031'],
    ]
    expect(laterDateColumn(rows, 0, [2])).toBe(2)
    expect(laterDateColumn(rows, 2, [0])).toBeNull()
  })

  it('needs two rows with both dates', () => {
    expect(laterDateColumn([['2 March 2031', 'Reseal the roof', '30 April 2031']], 0, [2])).toBeNull()
  })
})

describe('a table without a header: two date columns', () => {
  it('reads the later date of each row as the target, not the date the action was raised', () => {
    const { plan } = tableToPlan([
      ['1', 'Reseal the pavilion roof before the season starts', 'Groundskeeper', '02/03/31', '30/04/31'],
      ['2', 'Order new goal nets for the junior pitches', 'Club Secretary', '09/03/31', '31/05/31'],
      ['3', 'Renew the contract for mowing the outfield', 'Club Treasurer', '09/03/31', '30/06/31'],
    ])
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Reseal the pavilion roof before the season starts', '2031-04-30'],
      ['Order new goal nets for the junior pitches', '2031-05-31'],
      ['Renew the contract for mowing the outfield', '2031-06-30'],
    ])
  })
})
