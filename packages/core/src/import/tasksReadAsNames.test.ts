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
