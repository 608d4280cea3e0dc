import { describe, expect, it } from 'vitest'
import { findTable } from './findTable'
import { tableToPlan } from './tableToPlan'
import { tasksReadAsNames } from './tasksReadAsNames'

describe('a product roadmap of items each tagged with its status, no header row', () => {
  const rows = [
    ['Our roadmap'],
    ['What we are working on and what comes next.'],
    ['Updated 3 March 2025'],
    ['Search'],
    ['Rebuild the search index', 'In progress'],
    ['Add filters to the results page', 'Done'],
    ['Forms'],
    ['Review the task list pages', 'In progress'],
    ['Publish the form components', 'Upcoming'],
    ['Test the date input with users', 'On deck'],
  ]

  it('is not read from a header: a row repeating a tag written above it is one more item', () => {
    expect(findTable(rows).headerIndex).toBeNull()
  })

  it('reads the items as the actions, each with its tag as its status', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state, a.section])).toEqual([
      ['Rebuild the search index', [], 'in-progress', 'Search'],
      ['Add filters to the results page', [], 'complete', 'Search'],
      ['Review the task list pages', [], 'in-progress', 'Forms'],
      ['Publish the form components', [], 'not-started', 'Forms'],
      ['Test the date input with users', [], 'not-started', 'Forms'],
    ])
  })

  it('says in the explanation that the items were read as tasks beside their status', () => {
    const { explanation } = tableToPlan(rows)
    expect(explanation.columns.find((c) => c.field === 'title')?.evidence).toContain(
      'short task names beside a status column',
    )
  })

  it('does not take a list of people beside their status for tasks', () => {
    const fields = new Map([
      ['owners', 0],
      ['status', 1],
    ] as const)
    expect(tasksReadAsNames(fields, ['Priya Shah', 'Tom Evans', 'Ana Silva'])).toBeNull()
    expect(tasksReadAsNames(fields, ['Publish the guide', 'Update the values', 'Ana Silva'])).toBe(0)
  })
})

describe('a numbered list pasted without its header: a number and a short task a row', () => {
  const rows = [
    ['1', 'Agree the allotment rules'],
    ['2', 'Repair the shed roof'],
    ['3', 'Order compost for spring'],
    ['4', 'Invite the new tenants'],
  ]

  it('reads the tasks as the actions and the numbers as their refs, not the tasks as names', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['1', 'Agree the allotment rules', []],
      ['2', 'Repair the shed roof', []],
      ['3', 'Order compost for spring', []],
      ['4', 'Invite the new tenants', []],
    ])
  })

  it('still leaves a numbered list of people beside nothing else unread as tasks', () => {
    const fields = new Map([
      ['ref', 0],
      ['owners', 1],
    ] as const)
    expect(tasksReadAsNames(fields, ['Priya Shah', 'Tom Evans', 'Ana Silva'])).toBeNull()
  })
})

describe('a timetable of milestones beside their dates, its header in words no synonym names', () => {
  const english = [
    ['Community garden: the year ahead'],
    ['Stage', 'Planned'],
    ['Soil survey', '4 March 2031'],
    ['Beds dug over', '18 March 2031'],
    ['First sowing', '1 April 2031'],
    ['Open day for neighbours', '20 June 2031'],
  ]

  it('reads each milestone as an action with its date, the pair of labels above them as the header', () => {
    const { plan } = tableToPlan(english)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Soil survey', [], '2031-03-04'],
      ['Beds dug over', [], '2031-03-18'],
      ['First sowing', [], '2031-04-01'],
      ['Open day for neighbours', [], '2031-06-20'],
    ])
  })

  it('reads the same timetable written in Chinese', () => {
    const chinese = [
      ['社区花园年度安排'],
      ['阶段', '计划日期'],
      ['土壤调查', '4 March 2031'],
      ['翻整苗床', '18 March 2031'],
      ['第一次播种', '1 April 2031'],
      ['邻里开放日', '20 June 2031'],
    ]
    const { plan } = tableToPlan(chinese)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['土壤调查', '2031-03-04'],
      ['翻整苗床', '2031-03-18'],
      ['第一次播种', '2031-04-01'],
      ['邻里开放日', '2031-06-20'],
    ])
  })

  it('leaves a rota of people beside dates, and a list whose labels repeat, unread as tasks', () => {
    const fields = new Map([
      ['owners', 0],
      ['target', 1],
    ] as const)
    expect(tasksReadAsNames(fields, ['Priya Shah', 'Tom Evans', 'Ana Silva'])).toBeNull()
    expect(tasksReadAsNames(fields, ['Soil survey', 'Soil survey', 'First sowing'])).toBeNull()
    expect(tasksReadAsNames(fields, ['Soil survey', 'Beds dug over', 'First sowing'])).toBe(0)
  })

  it('needs the dates right of the labels, and no other column', () => {
    const dateFirst = new Map([
      ['target', 0],
      ['owners', 1],
    ] as const)
    expect(tasksReadAsNames(dateFirst, ['Soil survey', 'Beds dug over', 'First sowing'])).toBeNull()
  })
})

describe('the explanation of a timetable read from its cells', () => {
  it('says the milestone names were read as the steps of a schedule', () => {
    const { explanation } = tableToPlan([
      ['Stage', 'Planned'],
      ['Site visit with the trustees', '3 May 2031'],
      ['Draft layout agreed', '17 May 2031'],
      ['Final layout signed off', '31 May 2031'],
    ])
    expect(explanation.columns.find((c) => c.field === 'title')?.evidence).toContain(
      'short milestone names beside their dates',
    )
  })
})
