import { describe, expect, it } from 'vitest'
import { addresseesAboveList } from './addresseesAboveList'
import { tableToPlan } from './tableToPlan'

describe('addresseesAboveList', () => {
  it('gives every recommendation the bodies the page is addressed to', () => {
    const { plan } = tableToPlan([
      ['To: the County Council, Northshire Police, NHFT and the Office of the Coroner'],
      ['1. Every body named should publish a yearly report on these recommendations.'],
      ['2. The Council should fund a youth night bus on weekends.'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['the County Council', 'Northshire Police', 'NHFT', 'the Office of the Coroner'],
      ['the County Council', 'Northshire Police', 'NHFT', 'the Office of the Coroner'],
    ])
  })

  it('gives them to a recommendation whose clauses are folded under it too', () => {
    const { plan } = tableToPlan([
      ['To: the Trust Board and the Clinical Commissioning Group'],
      ['1. Both bodies should write a discharge policy that:'],
      ['    1. names who checks each discharge'],
      ['    2. is shared with families'],
      ['2. The Trust should audit discharges each quarter.'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['the Trust Board', 'the Clinical Commissioning Group'],
      ['the Trust Board', 'the Clinical Commissioning Group'],
    ])
  })

  it.each([
    [[['To do: tidy the store'], ['Sort the shelves']]],
    [[['1. Publish the report.'], ['To: the Board']]],
    [[['To: the Board'], ['Background'], ['The review met four times.'], ['1. Publish the report.']]],
  ])('names no owner when no numbered list follows the line straight away', (table) => {
    expect(addresseesAboveList(table)).toBeNull()
  })

  it('keeps a name with "and" inside it whole unless "and the" joins another body', () => {
    expect(
      addresseesAboveList([['Sent to: Research and Innovation, Estates'], ['1. Fix the lift.']])?.owner,
    ).toBe('Research and Innovation, Estates')
  })
})
