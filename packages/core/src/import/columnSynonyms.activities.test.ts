import { describe, expect, it } from 'vitest'
import { matchColumnHeader } from './columnSynonyms'
import { tableToPlan } from './tableToPlan'

// A workshop's plan slide: "Activities | Time line | Responsible" under a one-line title naming the plan.
describe('"Activities" and "Time line" headers', () => {
  it('reads the header below a one-cell plan title, not the title itself', () => {
    const { plan, explanation } = tableToPlan([
      ['Action plan'],
      ['Theme: shared lab equipment'],
      ['Activities', 'Time line / budget', 'Responsible'],
      ['Catalogue the shared microscopes', 'May 2031', 'Imaging team'],
      ['Publish a booking calendar', 'July 2031', 'Facilities'],
    ])
    expect(explanation.headerRow).toBe(3)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Catalogue the shared microscopes', ['Imaging team'], '2031-05-31'],
      ['Publish a booking calendar', ['Facilities'], '2031-07-31'],
    ])
  })

  it.each([
    ['Activities', 'title'],
    ['Activity', 'title'],
    ['Time line', 'target'],
    ['Time-line', 'target'],
    ['Time line / resources', 'target'],
    ['Time lines of the project were reviewed', null],
  ])('header %j names %s', (header, field) => {
    expect(matchColumnHeader(header)?.field ?? null).toBe(field)
  })
})
