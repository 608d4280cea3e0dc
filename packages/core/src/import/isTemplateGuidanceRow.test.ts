import { describe, expect, it } from 'vitest'
import { isTemplateGuidanceRow } from './isTemplateGuidanceRow'
import { tableToPlan } from './tableToPlan'

describe('isTemplateGuidanceRow', () => {
  it.each([
    [['(name the intervention)', '(indicate responsible entity)', '[insert date]']],
    [['<Action>', '<Lead>']],
  ])('%j is guidance', (row) => {
    expect(isTemplateGuidanceRow(row)).toBe(true)
  })

  it.each([
    [['Fit LED lighting', '(Estates)', '']],
    [['(a) Fit LED lighting (phase 1)', '(Estates)']],
    [['(Estates)', '']],
  ])('%j is not', (row) => {
    expect(isTemplateGuidanceRow(row)).toBe(false)
  })

  it('does not import the guidance row under a template header as an action', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead', 'Deadline'],
      ['(describe the action)', '(name the lead officer)', '(give the month and year)'],
      ['Publish the travel plan', 'Travel Officer', 'March 2026'],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual(['Publish the travel plan'])
  })
})
