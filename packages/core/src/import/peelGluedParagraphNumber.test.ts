import { describe, expect, it } from 'vitest'
import { peelGluedParagraphNumber } from './peelGluedParagraphNumber'
import { peelRef } from './peelRef'
import { tableToPlan } from './tableToPlan'

describe('paragraph numbers run into their first word', () => {
  it('peels a dotted number glued to a capitalised word, and leaves units and names whole', () => {
    expect(peelGluedParagraphNumber('4.17The Trust should publish its waiting times each quarter')).toEqual({
      ref: '4.17',
      rest: 'The Trust should publish its waiting times each quarter',
    })
    expect(peelRef('3.2Ensure every ward has a named lead')?.ref).toBe('3.2')
    expect(peelRef('2.5Mbps lines')).toBeNull()
    expect(peelRef('3Ways Project to open a hub')).toBeNull()
  })

  it('reads a report recommendations list numbered by its paragraphs, with gaps', () => {
    const { plan } = tableToPlan([
      ['Summary of recommendations'],
      ['5.12The Panel recommends that the Housing Directorate publishes its repair backlog every month.'],
      ['5.19The Panel recommends that the Estates Office reviews the lease terms within a year.'],
      [
        '5.40The Panel requests a report from the Finance Directorate, the Audit Committee, and the Office of Planning on the overspend.',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 22), a.owners])).toEqual([
      ['5.12', 'The Panel recommends t', ['Housing Directorate']],
      ['5.19', 'The Panel recommends t', ['Estates Office']],
      ['5.40', 'The Panel requests a r', ['Finance Directorate', 'Audit Committee', 'Office of Planning']],
    ])
  })

  it('takes the bodies listed one a line under an item as its owners', () => {
    const { plan } = tableToPlan([
      ['Recommendations'],
      ['7.3The Board recommends that the following agencies report their vacancy rates each year'],
      ['Harbour Authority'],
      ['Regional Transport Agency'],
      ['Water Services Board'],
      ['7.8The Board recommends that the Treasury sets a single deadline for annual returns.'],
      ['7.11The Board recommends that the Audit Office checks the returns of small bodies.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.owners])).toEqual([
      ['7.3', ['Harbour Authority', 'Regional Transport Agency', 'Water Services Board']],
      ['7.8', ['Treasury']],
      ['7.11', ['Audit Office']],
    ])
  })
})
