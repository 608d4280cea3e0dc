import { describe, expect, it } from 'vitest'
import { applyDateLegend, readDateLegend } from './readDateLegend'

describe('readDateLegend', () => {
  it("reads a deadline every action shares, but not one task's", () => {
    expect(
      readDateLegend('Units own them, and they are to be implemented by the end of 2027; a review follows.'),
    ).toMatchObject({ deadline: 'by the end of 2027' })
    expect(readDateLegend('All measures will be completed by March 2026.')?.deadline).toBe('by March 2026')
    expect(readDateLegend('The survey is to be completed by March 2026.')).toBeNull()
  })
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
  it("reads the plan's own period and the financial year from a sentence", () => {
    expect(
      readDateLegend('This action plan will run for three years from 1 January 2021 until 31 December 2023'),
    ).toMatchObject({ planStart: '2021-01-01', planEnd: '2023-12-31' })
    expect(readDateLegend('The strategy covers the years from March 2022 to February 2025.')).toMatchObject({
      planStart: '2022-03-01',
      planEnd: '2025-02-28',
    })
    expect(readDateLegend('Our financial year runs August to July')?.financialYearStartMonth).toBe(8)
    // A date range that is not about the plan itself is no legend.
    expect(readDateLegend('Run the survey from 1 March 2024 to 30 April 2024')).toBeNull()
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
