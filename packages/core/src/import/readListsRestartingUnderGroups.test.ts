import { describe, expect, it } from 'vitest'
import { readListsRestartingUnderGroups } from './readListsRestartingUnderGroups'
import { tableToPlan } from './tableToPlan'

// A college's sustainability strategy as a web page: goals, each over actions numbered afresh from 1.
const goals = [
  ['Sustainability Strategy 2031-2036'],
  ['Goal One:      Cut the carbon of our buildings'],
  ['1. Fit heat pumps in the two oldest halls of residence.'],
  ['2. Switch every laboratory freezer to a timed schedule.'],
  ['Goal Two:      Teach sustainability in every course'],
  ['1. Add a climate module to each first-year programme.'],
  ['2. Fund ten student projects on local biodiversity.'],
  ['3. Run a staff workshop on low-waste field trips.'],
  ['Approved by Council, May 2031'],
]

describe('readListsRestartingUnderGroups', () => {
  it.each([
    ['a number word after a colon', 'Goal One: Grow', 'Goal Two: Share', ['1.1', '1.2', '2.1', '2.2']],
    ['a digit and a dash', 'Objective 3 – Grow', 'Objective 4 – Share', ['3.1', '3.2', '4.1', '4.2']],
    ['a letter, the name on the line below', 'Theme A', 'Theme B', ['A.1', 'A.2', 'B.1', 'B.2']],
    [
      'a roman numeral and a full stop',
      'SECTION IV. Grow',
      'SECTION V. Share',
      ['IV.1', 'IV.2', 'V.1', 'V.2'],
    ],
  ])('cites each item by its group and its own number: %s', (_, one, two, refs) => {
    const named = (label: string) =>
      label.includes(' ', label.indexOf(' ') + 1) ? [[label]] : [[label], ['Names']]
    const page = [
      ['Our plan'],
      ...named(one),
      ['1. Survey the staff on their workload.'],
      ['2. Publish the survey results yearly.'],
      ...named(two),
      ['1. Mentor every new technician.'],
      ['2. Review the promotion panels.'],
    ]
    expect(tableToPlan(page).plan.actions.map((a) => a.ref)).toEqual(refs)
  })

  it('keeps each group label as the section, the lines above as the title, and leaves the footer out', () => {
    const { plan } = tableToPlan(goals)
    expect(plan.title).toBe('Sustainability Strategy 2031-2036')
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 22), a.section])).toEqual([
      ['1.1', 'Fit heat pumps in the ', 'Goal One: Cut the carbon of our buildings'],
      ['1.2', 'Switch every laborator', 'Goal One: Cut the carbon of our buildings'],
      ['2.1', 'Add a climate module t', 'Goal Two: Teach sustainability in every course'],
      ['2.2', 'Fund ten student proje', 'Goal Two: Teach sustainability in every course'],
      ['2.3', 'Run a staff workshop o', 'Goal Two: Teach sustainability in every course'],
    ])
  })

  it('reads the lines between a group and its list as its aim, not as actions', () => {
    const page = [
      ['Access strategy'],
      ['Objective 1: Widen participation'],
      ['We want more students from every background to apply.'],
      ['Our actions:'],
      ['1. Visit twenty partner schools a year.'],
      ['2. Fund a summer school for care leavers.'],
      ['Objective 2: Support students to succeed'],
      ['1. Offer every first-year a study mentor.'],
      ['2. Publish continuation rates by group.'],
    ]
    expect(tableToPlan(page).plan.actions.map((a) => [a.ref, a.title.slice(0, 18)])).toEqual([
      ['1.1', 'Visit twenty partn'],
      ['1.2', 'Fund a summer scho'],
      ['2.1', 'Offer every first-'],
      ['2.2', 'Publish continuati'],
    ])
  })

  it.each([
    ['one group only', goals.slice(0, 4)],
    [
      'groups that do not follow (One, Three)',
      goals.map((row) => [row[0]!.replace('Goal Two', 'Goal Three')]),
    ],
    ['a note between two items', [...goals.slice(0, 3), ['See the estates plan.'], ...goals.slice(3)]],
    ['items that do not restart', goals.map((row) => [row[0]!.replace(/^1\. Add/, '3. Add')])],
    ['labels that name actions', goals.map((row) => [row[0]!.replace('Goal', 'Action')])],
    ['a table', goals.map((row) => [row[0]!, 'Estates'])],
  ])('is not this layout with %s', (_, table) => {
    expect(readListsRestartingUnderGroups(table)).toBeNull()
  })
})
