import { describe, expect, it } from 'vitest'
import { financialYearUnderHeader } from './financialYearUnderHeader'
import { tableToPlan } from './tableToPlan'

describe('financialYearUnderHeader', () => {
  it.each([
    ['Relevant FY', '16/17', 'FY 16/17'],
    ['Financial year', '2029-30', 'FY 2029-30'],
    ['Fiscal Year', '2029/2030', 'FY 2029/2030'],
    ['FY', '30–31', 'FY 30–31'],
  ])('reads "%s" over "%s" as a financial year', (header, cell, want) => {
    expect(financialYearUnderHeader(header, cell)).toBe(want)
  })

  it.each([
    ['Year', '16/17'],
    ['Relevant FY', 'March 2030'],
    ['Relevant FY', '12/05/2030'],
    ['Budget (fiscal)', '16/17'],
  ])('leaves "%s" over "%s" as written', (header, cell) => {
    expect(financialYearUnderHeader(header, cell)).toBe(cell)
  })

  it('dates each item by the end of the financial year its column names, the text kept as written', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Item', 'Target FY', 'Lead'],
      ['1', 'Resurface the car park', '29/30', 'Estates'],
      ['2', 'Replace the boiler in the hall', '2030/31', 'Estates'],
    ])
    expect(plan.actions.map((a) => [a.target.due, a.target.text])).toEqual([
      ['2030-03-31', '29/30'],
      ['2031-03-31', '2030/31'],
    ])
  })
})
