import { describe, expect, it } from 'vitest'
import { parseOwners } from '../owners/parseOwners'
import { actionsUnderGroupLabel } from './actionsUnderGroupLabel'
import { tableToPlan } from './tableToPlan'

// Layouts met in the round-18 development set of examples/data/unseen, each in a small table of our own.

describe('a numbered action written once over its deliverables, each with its own date and lead', () => {
  const table = [
    ['Technical careers', '', '', ''],
    ['Technician Commitment plan: 2024 to 2026', '', '', ''],
    ['Action', 'Deliverable', 'Timeline', 'Responsibility'],
    ['4 Make technical roles visible.', 'Publish a page for every technical team.', 'May 2024', 'Web Team'],
    ['', 'Name technicians on the papers they helped write.', 'June 2024', 'Deputy Director, Research'],
    ['', 'Film two teams at work for the open day.', 'July 2024', 'Web Team'],
    ['5 Grow the skills of the technical staff.', 'Map the training each team needs.', 'March 2025', 'HR'],
    ['', 'Fund a course for each apprentice.', 'July 2025', 'HR'],
    ['', 'Hold a skills fair on the main campus.', 'October 2025', 'Technical Forum'],
    ['6 Plan the next commitment.', 'Draft the plan for 2027 onwards.', 'December 2026', 'Technical Forum'],
  ]

  it('reads each deliverable as an action, cited by the action number and its place in the group', () => {
    const { plan, explanation } = tableToPlan(table)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due])).toEqual([
      ['4.1', 'Publish a page for every technical team.', ['Web Team'], '2024-05-31'],
      [
        '4.2',
        'Name technicians on the papers they helped write.',
        ['Deputy Director, Research'],
        '2024-06-30',
      ],
      ['4.3', 'Film two teams at work for the open day.', ['Web Team'], '2024-07-31'],
      ['5.1', 'Map the training each team needs.', ['HR'], '2025-03-31'],
      ['5.2', 'Fund a course for each apprentice.', ['HR'], '2025-07-31'],
      ['5.3', 'Hold a skills fair on the main campus.', ['Technical Forum'], '2025-10-31'],
      ['6.1', 'Draft the plan for 2027 onwards.', ['Technical Forum'], '2026-12-31'],
    ])
    expect(plan.actions[5]?.section).toBe('Grow the skills of the technical staff.')
    expect(explanation.columns[0]?.field).toBe('section')
  })

  it('needs more rows under an empty action cell than rows that fill it', () => {
    const fields = new Map([
      ['title', 0],
      ['successMeasures', 1],
      ['target', 2],
      ['owners', 3],
    ] as const)
    // Three groups, four rows under them: the deliverables are the actions.
    expect(actionsUnderGroupLabel(fields, table.slice(3))?.underGroup).toBe(4)
    // Three groups, three rows under them: as many filled as not, the action column is the action.
    expect(actionsUnderGroupLabel(fields, table.slice(3).toSpliced(2, 1))).toBeNull()
  })

  it('leaves an objective written once over its actions cited by the objective', () => {
    const { plan } = tableToPlan([
      ['Objective', 'Actions', 'Timeframe', 'Lead'],
      ['2.1 Grow the skills of the technical staff', 'Map the training each team needs', 'March 2025', 'HR'],
      ['', 'Fund a course for each apprentice', 'July 2025', 'HR'],
      ['2.2 Plan the next commitment', 'Draft the plan for 2027 onwards', 'December 2026', 'Forum'],
      ['', 'Consult every technical team on it', 'December 2026', 'Forum'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['2.1', '2.1', '2.2', '2.2'])
  })
})

describe('a job title with its grade before a comma and its unit', () => {
  it('is one owner', () => {
    expect(parseOwners('Assistant Director, People and Culture (Learning)').owners).toEqual([
      'Assistant Director, People and Culture (Learning)',
    ])
    expect(parseOwners('Deputy Head, Estates / HR').owners).toEqual(['Deputy Head, Estates', 'HR'])
    // Before another role, the comma still separates two owners.
    expect(parseOwners('Deputy Director, Faculty Managers').owners).toEqual([
      'Deputy Director',
      'Faculty Managers',
    ])
  })
})
