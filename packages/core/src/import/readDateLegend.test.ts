import { describe, expect, it } from 'vitest'
import { applyDateLegend, readDateLegend } from './readDateLegend'

describe('readDateLegend', () => {
  it('reads year labels and a calendar quarter basis from a plan note', () => {
    expect(
      readDateLegend(
        'Note: (i) Target dates are for completion (not initiation) of activities (ii) Year 1 = 2019, Year 2 = 2020 (iii) Q1 = January-March, Q2 = April-June etc.',
      ),
    ).toEqual({
      yearLabels: { 'Year 1': 2019, 'Year 2': 2020 },
      quarterBasis: 'calendar',
      academicYearStartMonth: null,
    })
  })
  it('reads a financial and an academic quarter basis', () => {
    expect(readDateLegend('Q1 = April to June')?.quarterBasis).toBe('financial')
    expect(readDateLegend('Q1 = Aug-Oct')).toMatchObject({
      quarterBasis: 'academic',
      academicYearStartMonth: 8,
    })
  })
  it('returns null for text that states no convention', () => {
    expect(readDateLegend('Note: all actions are reviewed by the steering group')).toBeNull()
  })
})

describe('applyDateLegend', () => {
  it('fills only the fields the context leaves open', () => {
    const legend = readDateLegend('Yr 1 = 2021; Q1 = January')!
    expect(applyDateLegend({ quarterBasis: 'financial' }, legend)).toEqual({
      quarterBasis: 'financial',
      yearLabels: { 'Year 1': 2021 },
    })
  })
})
