import { describe, expect, it } from 'vitest'
import { referenceYearOfPage } from './referenceYearOfPage'
import { tableToPlan } from './tableToPlan'

describe("referenceYearOfPage: the year a list's year-less items take from the page's other lines", () => {
  it.each([
    [
      ['Schedule of the 2031 work plan:'],
      ['By March 14: agree the scope', 'By June 2: report'],
      '2031-01-01',
    ],
    [['Schedule of the 2031 work plan:'], ['By March 14: agree the scope', 'By June 2032: report'], null],
    [['Schedule of the 2031–33 work plan:'], ['By March 14: agree the scope', 'By June 2: report'], null],
    [['Adopted 2031, reviewed 2032'], ['By March 14: agree the scope', 'By June 2: report'], null],
    [['Schedule of the 2031 work plan:'], ['By March 14: agree the scope', 'Report to the board'], null],
    [['Releases in August 2031:'], ['June 29th, 2031', 'Aug 1st', 'Aug 8th'], '2031-01-01'],
    [['Releases in August 2031:'], ['June 29th, 2030', 'Aug 1st', 'Aug 8th'], null],
  ])('%j over %j → %s', (above, items, want) => {
    expect(referenceYearOfPage(above, items)).toBe(want)
  })

  it("dates a committee's year-less milestones in the year its lead-in names", () => {
    const { plan, issues } = tableToPlan([
      ['Records committee: milestones'],
      ['Faculty Offices are asked to meet these milestones of the 2031 records plan:'],
      ['- By March 14 (before the spring meeting): Name a records lead for each school.'],
      ['- By June 2: Send the first register to the committee.'],
      ['- By October 9: Report progress to the committee.'],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2031-03-14', '2031-06-02', '2031-10-09'])
    expect(issues.some((issue) => issue.code === 'reference-date-read')).toBe(true)
  })

  it('gives a list led by "… are asked to" its owner, and its year-less items the page\'s year', () => {
    const { plan } = tableToPlan([
      ['Records committee: milestones'],
      ['Faculty Offices are asked to meet these milestones of the 2031 records plan:'],
      ['- By March 14 (before the spring meeting): Name a records lead for each school.'],
      ['- By June 2: Send the first register to the committee.'],
      ['- Answer questions from the schools as they come in.'],
      ['See the records plan on the intranet.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.owners, a.target.due])).toEqual([
      [null, ['Faculty Offices'], '2031-03-14'],
      [null, ['Faculty Offices'], '2031-06-02'],
      [null, ['Faculty Offices'], null],
    ])
  })
})
