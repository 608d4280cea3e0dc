import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a column of dates with gaps marked "N/A" or "TBD" under a header that names no field', () => {
  const table = [
    ['Goal', 'Owner team', 'Go-live aim'],
    ['Replace the invoice template', 'Billing', 'April 2031'],
    ['Move the help pages to the new site', 'Content', 'N/A'],
    ['Add a payment reminder email', 'Billing', 'July 2031'],
    ['Retire the old letters service', 'Platform', 'TBD'],
  ]

  it('is the target column, its gaps undated', () => {
    const { plan } = tableToPlan(table)
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2031-04-30', null, '2031-07-31', null])
  })

  it('is not when most of its cells are gaps', () => {
    const gaps = table.map((row, index) => (index === 1 ? [row[0]!, row[1]!, 'TBC'] : row))
    const { plan } = tableToPlan(gaps)
    expect(plan.actions.map((a) => a.target.due)).toEqual([null, null, null, null])
  })
})
