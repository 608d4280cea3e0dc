import { describe, expect, it } from 'vitest'
import { parseOwners } from './parseOwners'

describe('a comma inside a portfolio name', () => {
  it.each([
    [
      'The Portfolio Holder for Adult Social Care, Public Health and Wellbeing',
      ['The Portfolio Holder for Adult Social Care, Public Health and Wellbeing'],
    ],
    [
      'Cabinet Member for Transport, Highways and Parking',
      ['Cabinet Member for Transport, Highways and Parking'],
    ],
    [
      'Cabinet Member for Transport, Director of Place',
      ['Cabinet Member for Transport', 'Director of Place'],
    ],
    ['Lead Member for Children, CEX', ['Lead Member for Children', 'CEX']],
    ['Finance, Estates', ['Finance', 'Estates']],
  ])('%s', (cell, owners) => {
    expect(parseOwners(cell).owners).toEqual(owners)
  })
})
