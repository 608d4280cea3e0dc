import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('an item marking its own status off under a heading that reports one', () => {
  it('keeps the item’s own status; the other items take the heading’s', () => {
    const { plan } = tableToPlan([
      ['Phase one'],
      ['The Village Hall Plan – Phase one'],
      ['Commenced March 2031'],
      ['Trustees agree to seek quotes for a new roof (VHR) – Completed'],
      ['The building survey will be carried out in May 2031 by the surveyor.'],
      ['Ask three roofing firms for written quotes before the summer.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Trustees agree to seek quotes for a new roof (VHR)', 'complete'],
      ['The building survey will be carried out in May 2031 by the surveyor.', 'in-progress'],
      ['Ask three roofing firms for written quotes before the summer.', 'in-progress'],
    ])
  })
})
