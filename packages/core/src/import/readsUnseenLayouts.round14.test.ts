import { describe, expect, it } from 'vitest'
import { actionsUnderGroupLabel } from './actionsUnderGroupLabel'
import { dropNamedYears } from './dropNamedYears'
import { foldSideTable } from './foldSideTable'
import { leadInOwner } from './leadInOwner'
import { periodDeadline } from './periodDeadline'
import { splitInlineLabels } from './splitInlineLabels'
import { tableToPlan } from './tableToPlan'

// Layouts met in the round-14 development set of examples/data/unseen, each in a small table of our own.

describe('labelled values written inside a cell after its text ("… Deadline: June 2025 Owner: …")', () => {
  const rows = [
    ['Technical skills plan 2025'],
    ['Ref', 'Planned activity'],
    ['1', 'Survey technicians on their training needs. Deadline: June 2025 Owner: Technical Manager'],
    ['2', 'Publish a directory of technical skills Deadline: March 2026 Owner: HR Partner'],
    ['3', 'Hold a yearly technician showcase. Deadline: November 2026 Owner: Faculty Lead'],
  ]

  it('reads each label as a column of its own: the date as the target, the role as the owner', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target?.due])).toEqual([
      ['1', 'Survey technicians on their training needs.', ['Technical Manager'], '2025-06-30'],
      ['2', 'Publish a directory of technical skills', ['HR Partner'], '2026-03-31'],
      ['3', 'Hold a yearly technician showcase.', ['Faculty Lead'], '2026-11-30'],
    ])
  })

  it('names the new columns by their labels on the header row and keeps the old columns where they were', () => {
    const split = splitInlineLabels(rows)
    expect(split[1]).toEqual(['Ref', 'Planned activity', 'Deadline', 'Owner'])
    expect(split[3]).toEqual(['2', 'Publish a directory of technical skills', 'March 2026', 'HR Partner'])
    expect(split[0]).toEqual(['Technical skills plan 2025', '', '', ''])
  })

  it('takes a two-word label whole, and a name before a label as part of the value above', () => {
    const split = splitInlineLabels([
      ['Run a mentoring pilot. Lead Officer: Dana Reyes Timeline: May 2025'],
      ['Review the induction pack. Lead Officer: Sam Okafor Timeline: July 2025'],
      ['Audit lab signage. Lead Officer: Priya Shah Timeline: Autumn 2025'],
    ])
    expect(split[1]).toEqual(['Review the induction pack.', 'Sam Okafor', 'July 2025'])
  })

  it('leaves prose with a colon, a label used once, and cells that are only a label and value alone', () => {
    const prose = [
      ['Action', 'Notes'],
      [
        'Train all line managers',
        'Why: the survey showed gaps in 2024 across every faculty and every site we run',
      ],
      ['Refresh the website', 'Note: agreed at the forum'],
      ['Map career paths', 'Draft agreed. Reviewed: March 2025'],
    ]
    expect(splitInlineLabels(prose)).toBe(prose)
    const bare = [['Deadline: June 2025'], ['Deadline: May 2026'], ['Deadline: July 2027']]
    expect(splitInlineLabels(bare)).toBe(bare)
  })
})

describe('a statement written once over the rows of its actions, each action with its own date or lead', () => {
  const rows = [
    ['Aim', 'Deliverable', 'When', 'Who'],
    [
      'Make technical careers visible across the faculty',
      'Film three technician career stories',
      'May 2025',
      'Comms Officer',
    ],
    ['', 'Add a technician page to the faculty website', 'June 2025', 'Web Team'],
    ['', 'Name technicians as authors on the papers they helped write', 'December 2025', 'Research Office'],
  ]

  it('reads each row as an action and the statement as its group label', () => {
    const { plan, explanation } = tableToPlan([['Action', ...rows[0]!.slice(1)], ...rows.slice(1)])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target?.due, a.section])).toEqual([
      [
        'Film three technician career stories',
        ['Comms Officer'],
        '2025-05-31',
        'Make technical careers visible across the faculty',
      ],
      [
        'Add a technician page to the faculty website',
        ['Web Team'],
        '2025-06-30',
        'Make technical careers visible across the faculty',
      ],
      [
        'Name technicians as authors on the papers they helped write',
        ['Research Office'],
        '2025-12-31',
        'Make technical careers visible across the faculty',
      ],
    ])
    expect(explanation.columns[0]?.field).toBe('section')
  })

  it('is not a group label when the statement column is filled on as many rows as not', () => {
    const body = [
      ['Action', 'Deliverable', 'When', 'Who'],
      ['Film career stories', 'Three short films of technicians at work', 'May 2025', 'Comms Officer'],
      ['Add a web page', 'A page listing every technical team', 'June 2025', 'Web Team'],
      ['', 'A second page for apprentices and trainees', 'July 2025', 'Web Team'],
    ]
    expect(
      actionsUnderGroupLabel(
        new Map([
          ['title', 0],
          ['successMeasures', 1],
          ['target', 2],
          ['owners', 3],
        ]),
        body.slice(1),
      ),
    ).toBeNull()
    expect(tableToPlan(body).plan.actions[0]?.title).toBe('Film career stories')
  })
})

describe('a note above or below a list that gives the whole work its period ("between 2022-25, we will deliver …")', () => {
  const list = [
    ['Technical staff objectives'],
    ['1. Publish a career map for technicians'],
    ['2. Run two open days for local schools'],
  ]

  it('dates every item by a closing paragraph that commits to the objectives over a span of years', () => {
    const { plan, issues } = tableToPlan([
      ...list,
      ['Delivering these objectives'],
      [
        'The board reviews progress each term. Over 2024-26 we will meet the objectives through faculty plans.',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.target?.due])).toEqual([
      ['1', '2026-12-31'],
      ['2', '2026-12-31'],
    ])
    expect(issues.some((issue) => issue.code === 'target-from-plan-deadline')).toBe(true)
  })

  it('dates every item by a lead paragraph naming a school or academic year', () => {
    const { plan } = tableToPlan([
      ['Our commitments: the technical team will reach the goals below for the 2025/26 academic year.'],
      ['- Publish a career map for technicians'],
      ['- Run two open days for local schools'],
    ])
    expect(plan.actions.map((a) => a.target?.due)).toEqual(['2026-07-31', '2026-07-31'])
  })

  it('takes no period from a note that commits to nothing, or names no span of years', () => {
    expect(periodDeadline('The objectives were written in 2021-22 by the forum')).toBeNull()
    expect(periodDeadline('In 2025 we will deliver our objectives')).toBeNull()
    expect(periodDeadline('Between 2022-25 we will hold a party')).toBeNull()
    const { plan } = tableToPlan([...list, ['The objectives were agreed by the board during 2023-24.']])
    expect(plan.actions.map((a) => a.target?.due ?? null)).toEqual([null, null])
  })
})

describe('a recurring task with a first deadline written in its text ("report annually by 2026")', () => {
  it('takes the deadline as the due of an action in a table with no target column', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Action'],
      ['T1', 'Technical teams publish their energy use on an annual basis by 2026'],
      ['T2', 'Every workshop has a named safety lead by 2025'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.target?.due])).toEqual([
      ['T1', '2026-12-31'],
      ['T2', '2025-12-31'],
    ])
  })

  it('gives no due to a recurring task with no deadline', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Action'],
      ['T1', 'Technical teams publish their energy use annually'],
      ['T2', 'Every workshop has a named safety lead by 2025'],
    ])
    expect(plan.actions[0]?.target?.due ?? null).toBeNull()
  })
})

describe('a year that is part of a name in an action\'s text ("the Horizon 2030 strategy")', () => {
  const rows = [
    ['Ref', 'Action'],
    ['1', 'Align workshop training with the Faculty’s Horizon 2030 strategy'],
    ['2', 'Run a first-aid course in Spring 2025, as the Horizon 2030 plan asks'],
    ['3', 'Publish the technician census by 2026'],
  ]

  it('is not read as the due; the other dates of the text still are', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.target?.due ?? null])).toEqual([
      ['1', null],
      [
        '2',
        tableToPlan([rows[0]!, ['2', 'Run a first-aid course in Spring 2025']]).plan.actions[0]?.target?.due,
      ],
      ['3', '2026-12-31'],
    ])
    expect(plan.actions[1]?.target?.due).not.toBeNull()
  })

  it('keeps a year after a month, a season, an acronym, a lower-case word or at the start of a sentence', () => {
    for (const text of [
      'Report by December 2024',
      'Hold the Autumn 2025 showcase',
      'Prepare the REF 2029 return',
      'Finish in 2026',
      'Roll out. Launch 2027 pilot',
    ]) {
      expect(dropNamedYears(text)).toBe(text)
    }
    expect(dropNamedYears('Match the Vision 2035 goals')).toBe('Match the Vision goals')
  })
})

describe('a one-column page with a small table of roles in it, the actions in its bulleted lists', () => {
  const page = [
    ['Green labs plan'],
    ['Purpose'],
    ['This plan sets out how our labs will cut their waste and energy use.'],
    ['Scope'],
    ['Every teaching and research lab on the main site.'],
    ['1. Who does what'],
    ['Role', 'Duty'],
    ['Technical Director', 'Signs off the plan each year'],
    ['Green Champion', 'Runs the monthly walk-round'],
    ['Stores Manager', 'Keeps the waste log'],
    ['2. Actions'],
    ['- Fit timers to every drying oven'],
    ['- Share surplus chemicals between labs'],
    ['- Switch fume cupboards to night set-back'],
    ['- Replace plastic tips with a reusable set'],
    ['- Label every freezer with its owner'],
  ]

  it('reads the bulleted items as the actions, not the rows of the roles table', () => {
    const titles = tableToPlan(page).plan.actions.map((a) => a.title)
    expect(titles).toContain('Fit timers to every drying oven')
    expect(titles).toContain('Label every freezer with its owner')
    expect(titles.filter((title) => /Director|Champion|Manager|^Role/.test(title))).toEqual([])
    expect(foldSideTable(page)[7]).toEqual(['Technical Director: Signs off the plan each year'])
  })

  it('keeps a small table with dates as the plan’s table', () => {
    const dated = page.map((row) =>
      row[1] === 'Keeps the waste log' ? [row[0]!, 'Keeps the waste log from May 2025'] : row,
    )
    expect(foldSideTable(dated)).toBe(dated)
    const wide = page.map((row, i) => (i === 7 ? [...row, 'Yearly'] : row))
    expect(foldSideTable(wide)).toBe(wide)
  })
})

describe('a lead-in above a list that names who will do it ("The Workshop Manager will …:")', () => {
  const list = [['- Fit timers to every drying oven'], ['- Share surplus stock between the teaching labs']]

  it('gives every item with no owner of its own that owner, with an info issue', () => {
    const { plan, issues } = tableToPlan([
      ['Workshop goals 2025'],
      ['Goal: The Workshop Manager will lead the changes below over the year. Planned steps:'],
      ...list,
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Fit timers to every drying oven', ['Workshop Manager']],
      ['Share surplus stock between the teaching labs', ['Workshop Manager']],
    ])
    expect(issues.filter((issue) => issue.code === 'owners-from-lead-in')).toHaveLength(2)
  })

  it('names nobody when the lead-in is about the plan, passive, or does not introduce the list', () => {
    for (const lead of [
      'The plan will cover the following steps:',
      'The steps below will be taken by March:',
      'The Workshop Manager will lead the changes below.',
    ]) {
      expect(leadInOwner([[lead], ...list])).toBeNull()
    }
  })
})
