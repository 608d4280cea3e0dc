import { describe, expect, it } from 'vitest'
import { isDescriptiveList } from './isDescriptiveList'
import { listsUnderLeadIns } from './listsUnderLeadIns'
import { tableToPlan } from './tableToPlan'

const listUnder = (lead: string, items: readonly string[]) => {
  const rows = [[lead], ...items.map((item) => [`• ${item}`])]
  return listsUnderLeadIns(rows, 0)[0]!
}

describe('isDescriptiveList', () => {
  it.each([
    // measures, outcomes, reasons, principles
    ['By 2028 our measures of success for this goal will be:', true],
    ['The key performance indicators for the library are:', true],
    ['Staff told us many reasons they choose to stay with the college, including:', true],
    ['The intended outcomes include:', true],
    ['Two principles guide the whole programme and are:', true],
    ['Metrics we could borrow from other colleges include:', true],
    // the remit of a body
    ['Among the main duties of the steering group:', true],
    ['The remit of this panel:', true],
    ['The group will carry out its duties by:', false],
    // something already named, spelled out
    ['These themes are:', true],
    ['Those include:', true],
    ['These actions are:', false],
    ['These next steps include:', false],
    // the qualities of a thing
    ['Each department will build a culture which:', true],
    ['We want to recruit governors who:', true],
    ['We will make sure that:', false],
    // the problems it addresses
    ['Our plan sets out to tackle the department’s three main challenges:', true],
    ['The staff survey showed these gaps:', true],
    ['Since the last audit we’ve fixed these issues:', false],
    ['The web team has resolved the following problems:', false],
    // how the plan was made
    ['The aims were shaped through workshops including:', true],
    ['This plan has been informed by:', true],
    ['The following actions have been agreed:', false],
    // promises of work
    ['We will:', false],
    ['We will widen access to the course by:', false],
    ['Our objectives are:', false],
    ['Measures', false],
  ])('under "%s" the list describes the plan: %s', (lead, describes) => {
    expect(isDescriptiveList(listUnder(lead, ['First item of the list', 'Second item']))).toBe(describes)
  })

  it('leaves the measures and the qualities out of an objectives page, and keeps the work', () => {
    const rows = [
      ['Our equality objectives'],
      ['Objective 1: Close the gap in degree outcomes'],
      ['We will close the gap by:'],
      ['- Running a mentoring scheme for first-year students'],
      ['- Reviewing assessment in every school'],
      ['Our success measures for this objective by 2027 are:'],
      ['- A gap under five points'],
      ['- Every school reporting on its gap each year'],
      ['Objective 2: Build an inclusive curriculum'],
      ['Each school will aim for teaching which:'],
      ['- reflects the students it serves'],
      ['- is open to every learner'],
    ]
    const result = tableToPlan(rows)
    const titles = result.plan.actions.map((action) => action.title)
    expect(titles).toContain('Running a mentoring scheme for first-year students')
    expect(titles).toContain('Reviewing assessment in every school')
    expect(titles).not.toContain('A gap under five points')
    expect(titles).not.toContain('Every school reporting on its gap each year')
    expect(titles).not.toContain('reflects the students it serves')
    expect(titles).not.toContain('is open to every learner')
    expect(
      result.issues.filter((issue) => issue.code === 'list-not-actions').map((issue) => issue.row),
    ).toEqual([7, 11])
  })

  it('ends a numbered list of metrics where the numbers go back, keeping the next item of the outer list', () => {
    const titles = tableToPlan([
      ['Library committee update'],
      ['1. Agree how the library measures its reach to new readers.'],
      ['Metrics we could borrow from other cities include:'],
      ['1. Loans per head of population in each ward.'],
      ['2. Visits by readers under sixteen.'],
      ['2. Survey the branches about their opening hours.'],
    ]).plan.actions.map((action) => action.title)
    expect(titles).toEqual([
      'Agree how the library measures its reach to new readers.',
      'Survey the branches about their opening hours.',
    ])
  })

  it('leaves a task force’s remit out, and keeps the plan under it', () => {
    const titles = tableToPlan([
      ['Inclusion task force'],
      ['Among the main duties of the task force:'],
      ['1. Advise the board on its priorities;'],
      ['2. Report to staff twice a year;'],
      ['The plan will include at least the following:'],
      ['1. Open a prayer room in the main building.'],
      ['2. Publish the pay gap every spring.'],
    ]).plan.actions.map((action) => action.title)
    expect(titles).toEqual(['Open a prayer room in the main building.', 'Publish the pay gap every spring.'])
  })
})
