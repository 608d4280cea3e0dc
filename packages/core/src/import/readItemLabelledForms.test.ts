import { describe, expect, it } from 'vitest'
import { readItemLabelledForms } from './readItemLabelledForms'
import { tableToPlan } from './tableToPlan'

describe('forms headed by an item label, each label over a value or a checklist', () => {
  const rows = [
    ['Library outreach roadmap'],
    ['Milestones for the next two years'],
    ['Near term'],
    ['Milestone 1: Publish the reading-list guides'],
    ['Summary'],
    ['Guides for each school, written with the subject librarians.'],
    ['Status'],
    ['Complete'],
    ['Tasks'],
    ['- [x] Draft the guides'],
    ['- [x] Review with two schools'],
    ['Due date'],
    ['End of March 2031'],
    ['Milestone 2: Run the first open day'],
    ['Status'],
    ['In progress'],
    ['Tasks'],
    ['- [x] Book the hall'],
    ['- [ ] Invite the speakers'],
    ['Due date'],
    ['14th May'],
    ['Later'],
    ['Milestone 3: Review the programme with students'],
    ['Status'],
    ['Not started'],
    ['Due date'],
    ['TBC'],
    ['Milestone 4: Report to the library committee'],
    ['Status'],
    ['Not started'],
    ['Due date'],
    ['October 2031'],
  ]

  it('reads each headed line as one action, its checklist kept as detail and the page year given to a bare day', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due, a.status.state])).toEqual([
      ['Milestone 1', 'Publish the reading-list guides', '2031-03-31', 'complete'],
      ['Milestone 2', 'Run the first open day', '2031-05-14', 'in-progress'],
      ['Milestone 3', 'Review the programme with students', null, 'not-started'],
      ['Milestone 4', 'Report to the library committee', '2031-10-31', 'not-started'],
    ])
  })

  it('keeps the lines between the forms as their sections', () => {
    const read = readItemLabelledForms(rows)
    expect(read?.rows.slice(3).map((row) => row.at(-1))).toEqual(['Near term', 'Near term', 'Later', 'Later'])
    expect(read?.sectionRows).toEqual([3, 22])
  })

  it('reads no page whose headed lines carry no labels, or with a line no form explains', () => {
    expect(readItemLabelledForms([['Milestone 1: Publish'], ['Milestone 2: Review']])).toBeNull()
    expect(
      readItemLabelledForms([
        ['Milestone 1: Publish'],
        ['Status'],
        ['Complete'],
        ['Later'],
        ['A sentence the form does not hold.'],
        ['Milestone 2: Review'],
        ['Status'],
        ['Complete'],
      ]),
    ).toBeNull()
  })
})
