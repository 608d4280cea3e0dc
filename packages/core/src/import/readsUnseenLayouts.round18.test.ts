import { describe, expect, it } from 'vitest'
import { parseOwners } from '../owners/parseOwners'
import { actionsUnderGroupLabel } from './actionsUnderGroupLabel'
import { lastLineOfList } from './lastLineOfList'
import { letteredItemsUnderRef } from './letteredItemsUnderRef'
import { namedRefLabels } from './namedRefLabels'
import { readNumberSignLabels } from './readNumberSignLabels'
import { readObjectiveBlocks } from './readObjectiveBlocks'
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

describe('an objective worded as a task beside an "Actions" cell of its one or two steps', () => {
  const table = [
    ['Technician objectives 2025', '', '', ''],
    ['Objective', 'Actions', 'Who?', 'When'],
    ['Hold a technician open day each spring', 'Book the atrium\nInvite two schools', 'KM', 'Each spring'],
    ['Add technicians to the staff web pages', 'Ask every team for a photo.', 'RP', 'Termly'],
  ]

  it('names each action by its objective and keeps the steps beside it', () => {
    const { plan, explanation } = tableToPlan(table)
    expect(plan.actions.map((a) => [a.title, a.owners, a.description])).toEqual([
      ['Hold a technician open day each spring', ['KM'], 'Book the atrium\nInvite two schools'],
      ['Add technicians to the staff web pages', ['RP'], 'Ask every team for a photo.'],
    ])
    expect(explanation.columns[0]?.field).toBe('title')
  })

  it('reads the Actions column as the action beside aims, or beside cells of three or more lines', () => {
    const aims = table.map((row, i) => (i < 2 ? row : [`To ${row[0]!.toLowerCase()}`, ...row.slice(1)]))
    expect(tableToPlan(aims).plan.actions[0]?.title).toBe('Book the atrium Invite two schools')
    const lists = table.map((row, i) =>
      i === 2 ? [row[0]!, `${row[1]}\nHire a stand`, 'KM', 'Spring'] : row,
    )
    expect(tableToPlan(lists).plan.actions[0]?.title).not.toBe('Hold a technician open day each spring')
  })
})

describe('a one-column page of objective blocks: a label, a statement, its own lines and a date line', () => {
  const page = [
    ['Technical staff plan 2025 - 2027'],
    ['Objective 1'],
    ['Make the work of technical teams visible across the faculty.'],
    ['Who it is for:'],
    ['Technicians and their managers'],
    ['Photograph each team at work'],
    ['Add a technician page to the faculty site'],
    ['June 2025'],
    ['How we will know:'],
    ['Page views'],
    ['Objective 2'],
    ['Grow the apprentice scheme so that every large team has one.'],
    ['Agree funding with the faculty board'],
    ['Autumn term 2026 and ongoing'],
  ]

  it('reads each block as one action: the statement its title, the number its ref, the date line its target', () => {
    const { plan } = tableToPlan(page)
    expect(plan.title).toBe('Technical staff plan 2025 - 2027')
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.text])).toEqual([
      ['1', 'Make the work of technical teams visible across the faculty.', 'June 2025'],
      ['2', 'Grow the apprentice scheme so that every large team has one.', 'Autumn term 2026 and ongoing'],
    ])
    expect(plan.actions[0]?.description).toContain('Add a technician page to the faculty site')
    expect(plan.actions[0]?.target.due).toBe('2025-06-30')
  })

  it('is not this layout with a single block, or a block with no lines of its own', () => {
    expect(readObjectiveBlocks(page.slice(0, 10))).toBeNull()
    expect(readObjectiveBlocks([...page.slice(0, 10), ['Objective 2'], [page[11]![0]!]])).toBeNull()
  })

  it('keeps a step that mentions a date as a step, not as the date line of its block', () => {
    const read = readObjectiveBlocks([...page.slice(0, 12), ['Ask the dean to launch it in June 2026']])
    expect(read?.rows.at(-1)).toEqual([
      '2. Grow the apprentice scheme so that every large team has one.',
      '',
      'Ask the dean to launch it in June 2026',
    ])
  })
})

describe('lettered actions under a number written once in the ref column', () => {
  const table = [
    ['Ref', 'Objective', 'Action', 'Timeframe', 'Lead'],
    ['2.1', 'Open up technical careers', 'a) Publish the grade profile of technical posts', 'May 2026', 'HR'],
    ['', '', 'b) - Review the job families with the unions', 'July 2026', 'HR'],
    ['', '', '(c) Report the results to the forum', '', ''],
    ['2.2', 'Share the equipment', 'List every shared instrument online', 'June 2026', 'Research Office'],
  ]

  it('reads each lettered cell as an action cited by the number and its letter', () => {
    const { plan } = tableToPlan(table)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['2.1a', 'Publish the grade profile of technical posts', ['HR']],
      ['2.1b', 'Review the job families with the unions', ['HR']],
      ['2.1(c)', 'Report the results to the forum', []],
      ['2.2', 'List every shared instrument online', ['Research Office']],
    ])
  })

  it('needs the letters to run from a on the numbered row', () => {
    expect(letteredItemsUnderRef(table, 1, 0, 2).size).toBe(3)
    const fromB = table.map((row, i) =>
      i === 1 ? [row[0]!, row[1]!, 'b) Publish the profile', '', ''] : row,
    )
    expect(letteredItemsUnderRef(fromB, 1, 0, 2).size).toBe(0)
  })
})

describe('a one-column page of labels written with a number sign ("Action n°1") over an action or its sub-actions', () => {
  const page = [
    ['Technician action plan'],
    ['We drew up twelve actions with the technical forum.'],
    ['• Action n°1'],
    ['1. Map every technical role in the faculties,'],
    ['2. Publish the map on the staff pages.'],
    ['• Action n°2'],
    ['Hold a yearly technician forum open to every campus.'],
    ['• Action No. 3'],
    ['Fund two places on the national leadership course.'],
    ['• Action'],
  ]

  it('reads a paragraph as the action and a numbered list as sub-actions cited by both numbers', () => {
    const { plan } = tableToPlan(page)
    expect(plan.title).toBe('Technician action plan')
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1.1', 'Map every technical role in the faculties,'],
      ['1.2', 'Publish the map on the staff pages.'],
      ['2', 'Hold a yearly technician forum open to every campus.'],
      ['3', 'Fund two places on the national leadership course.'],
    ])
  })

  it('is not this layout with one label, or with lines after a label whose number is cut', () => {
    expect(readNumberSignLabels(page.slice(0, 7))).not.toBeNull()
    expect(readNumberSignLabels(page.slice(0, 5))).toBeNull()
    expect(readNumberSignLabels([...page, ['Fund a new post.']])).toBeNull()
  })
})

describe('the last line of a one-column page, below a list of actions that open with verbs', () => {
  const page = [
    ['Technical skills objective 2'],
    ['Share the equipment across the faculties'],
    ['Actions:'],
    ['Publish the list of shared instruments'],
    ['Train the technicians who look after them'],
    ['Carry out two audits of instrument use each year'],
  ]

  it('is an action too: a heading heads the lines below it, and the last line has none', () => {
    const titles = tableToPlan(page).plan.actions.map((a) => a.title)
    expect(titles).toContain('Carry out two audits of instrument use each year')
    expect(titles).toContain('Publish the list of shared instruments')
  })

  it('is not an item when it is a short name, a lead-in or not a verb', () => {
    const rows = page.slice(0, 5)
    const items = new Set([3, 4])
    expect(lastLineOfList(page, 0, 0, items)).toBe(5)
    expect(lastLineOfList([...rows, ['Chair of Governors']], 0, 0, items)).toBeNull()
    expect(lastLineOfList([...rows, ['Carry out these audits:']], 0, 0, items)).toBeNull()
    expect(lastLineOfList([...rows, ['Updated in March by the forum']], 0, 0, items)).toBeNull()
  })
})

describe('a label of several words that calls the line below an action, written once', () => {
  it('gives that line its ref, as "Action 1.5" alone would', () => {
    const { plan } = tableToPlan([
      ['Technician Commitment priorities'],
      ['Our forum chose one action to highlight this year.'],
      ['PRIORITY: 1 Make technicians visible'],
      ['Technician Commitment action 1.5'],
      ['Name technicians as authors on the papers their work made possible'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1.5', 'Name technicians as authors on the papers their work made possible'],
    ])
  })

  it('still needs a repeat for a label of any other kind ("Guiding Objective #1" heads its sub-items)', () => {
    const refOf = namedRefLabels([
      ['Guiding Objective #1'],
      ['Grow skills'],
      ['Gold action 2.1'],
      ['Publish'],
    ])
    expect(refOf('Guiding Objective #1')).toBeNull()
    expect(refOf('Gold action 2.1')).toBe('2.1')
  })
})
