import { describe, expect, it } from 'vitest'
import { readKeyResultsUnderObjectives } from './readKeyResultsUnderObjectives'
import { tableToPlan } from './tableToPlan'

// A museum's estates plan as a web page: objectives over key results numbered afresh under each, one sponsor.
const page = [
  ['Estates plan 2031-2034'],
  ['Greener buildings'],
  ['Sponsor – Director of Estates and Facilities'],
  ['O4 – Cut the carbon our galleries emit.'],
  ['KR1: Fit LED lighting in every gallery by March 2032.'],
  ['KR2: Meter the heating of each building by 2033.'],
  ['Supported by: the green team'],
  ['O5 – Reuse what we can.'],
  ['Lead: Head of Collections Care'],
  ['KR1: Lend retired display cases to local schools by July 2031.'],
  ['KR 2 – Set up a materials exchange with two other museums by 2034'],
  ['with a shared catalogue.'],
]

describe('readKeyResultsUnderObjectives', () => {
  it('reads each key result as an action, its ref as written, its deadline from its text', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 22), a.target.due])).toEqual([
      ['KR1', 'Fit LED lighting in ev', '2032-03-31'],
      ['KR2', 'Meter the heating of e', '2033-12-31'],
      ['KR1', 'Lend retired display c', '2031-07-31'],
      ['KR 2', 'Set up a materials exc', '2034-12-31'],
    ])
  })

  it('reads "Objective #2: …" as an objective line, its statement a section line, not a key result\'s text', () => {
    const okrs = [
      ['Working group goals 2030'],
      ['Objective #1: Reach'],
      ['"The group has shared its guide with three partner networks."'],
      ['KR 1 - Publish the guide on the project site.'],
      ['KR 2 - Present the guide at two community calls.'],
      ['Objective #2: Upkeep'],
      ['"The group keeps its guide current."'],
      ['KR 1 - Review the guide every quarter.'],
    ]
    const { plan } = tableToPlan(okrs)
    expect(plan.actions.map((a) => [a.ref, a.section, a.description])).toEqual([
      ['KR 1', 'Objective #1: Reach', null],
      ['KR 2', 'Objective #1: Reach', null],
      ['KR 1', 'Objective #2: Upkeep', null],
    ])
  })

  it('gives every key result the sponsor above the objectives, unless its objective names its own lead', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Director of Estates and Facilities'],
      ['Director of Estates and Facilities'],
      ['Head of Collections Care'],
      ['Head of Collections Care'],
    ])
  })

  it('keeps objectives as sections and the lines above them as the title rows', () => {
    const read = readKeyResultsUnderObjectives(page)
    expect(read?.rows.slice(0, read.headerRow - 1)).toEqual(page.slice(0, 3))
    const { plan, explanation } = tableToPlan(page)
    expect(plan.title).toBe('Estates plan 2031-2034')
    expect(plan.actions[2]?.section).toBe('O5 – Reuse what we can.')
    expect(explanation.rows.filter((row) => row.kind === 'section').map((row) => row.row)).toEqual([
      4, 7, 8, 9,
    ])
    // A line below a key result that is no label continues it.
    expect(plan.actions[3]?.description).toContain('with a shared catalogue')
  })

  it('is not this layout without two key results, or on a table', () => {
    expect(readKeyResultsUnderObjectives(page.slice(0, 5))).toBeNull()
    expect(
      readKeyResultsUnderObjectives([['O1 – Grow'], ['Open a lab.'], ['Hire two technicians.']]),
    ).toBeNull()
    expect(
      readKeyResultsUnderObjectives([
        ['KR1: Fit lights', 'Estates'],
        ['KR2: Meter heat', 'Estates'],
      ]),
    ).toBeNull()
  })
})

describe('targets under topic-headed objectives ("Staffing objective 1 [Careers]" over "Target 1: …")', () => {
  const rows = [
    ['Technical services objectives 2025/26'],
    ['These objectives were agreed by the technical steering group.'],
    ['Staffing objective 1 [Careers]'],
    ['To make the career routes of technical staff clear and open to everyone who joins a team.'],
    ['Target 1: Publish a map of technical roles and grades on the staff pages.'],
    ['Target 2: Run two sessions a year on promotion for technicians.'],
    ['Staffing objective 2 [Recognition]'],
    ['To credit technical work in every output it supports.'],
    ['Target 1: Name technicians in the acknowledgements of each funded project.'],
  ]

  it('reads each target as an action, numbered as written, and leaves the objective statements out', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Publish a map of technical roles and grades on the staff pages.'],
      ['2', 'Run two sessions a year on promotion for technicians.'],
      ['1', 'Name technicians in the acknowledgements of each funded project.'],
    ])
  })
})

describe('strategies under goals ("Goal #1: …" over "Strategy: …")', () => {
  it('reads the "Strategy:" lines under each goal of a strategic plan as its actions, the goals as sections', () => {
    const goals = [
      ['Goal #1: The archive will reach new audiences across the region.'],
      ['Strategy: Run a touring exhibition with the county libraries.'],
      [
        'Strategy: Publish a monthly story from the collection. Invite readers to send in their own photographs.',
      ],
      ['Goal #2:'],
      ['The archive will keep its records safe for the next generation.'],
      ['Strategy: Move the parish registers into the new strong room.'],
      ['Tactic: Digitise the fragile maps first.'],
    ]
    const { plan } = tableToPlan(goals)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 30), a.section])).toEqual([
      [
        null,
        'Run a touring exhibition with ',
        'Goal #1: The archive will reach new audiences across the region.',
      ],
      [
        null,
        'Publish a monthly story from t',
        'Goal #1: The archive will reach new audiences across the region.',
      ],
      [
        null,
        'Move the parish registers into',
        'Goal #2: The archive will keep its records safe for the next generation.',
      ],
      [
        null,
        'Digitise the fragile maps firs',
        'Goal #2: The archive will keep its records safe for the next generation.',
      ],
    ])
  })

  it('leaves a "Strategy:" line above the first goal to the intro', () => {
    const read = readKeyResultsUnderObjectives([
      ['Strategy: this page sets out our goals.'],
      ['Goal 1: Reach new readers.'],
      ['Strategy: Open on Saturdays.'],
      ['Strategy: Lend e-books.'],
    ])
    expect(read?.rows.slice(-2).map((row) => row[1])).toEqual(['Open on Saturdays.', 'Lend e-books.'])
    expect(read?.rows.some((row) => row[1] === 'this page sets out our goals.')).toBe(false)
  })
})
