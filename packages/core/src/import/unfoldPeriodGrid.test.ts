import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'
import { unfoldPeriodGrid } from './unfoldPeriodGrid'

describe('a timeline grid: periods as columns, actions in the cells', () => {
  const grid = [
    [
      'What each strand delivers, quarter by quarter',
      'Q3',
      'Q4\nJan - Mar 2026',
      'Q1-2\nApr - Sep 2026',
      'Winter 2026',
    ],
    [
      'Career paths',
      'Map the grades of every technical role',
      'Publish a progression framework for technicians',
      '',
      'Review promotions against the framework',
    ],
    [
      'Visibility',
      'Name technicians on every research output',
      'Hold a showcase of technical work',
      'Launch a technician profile page',
      '',
    ],
  ]

  it('reads one action per filled cell, dated by the end of its column, the row label as its section', () => {
    const { plan } = tableToPlan(grid)
    expect(plan.actions.map((a) => [a.title, a.section, a.target.due])).toEqual([
      ['Map the grades of every technical role', 'Career paths', '2025-12-31'],
      ['Publish a progression framework for technicians', 'Career paths', '2026-03-31'],
      ['Review promotions against the framework', 'Career paths', '2027-02-28'],
      ['Name technicians on every research output', 'Visibility', '2025-12-31'],
      ['Hold a showcase of technical work', 'Visibility', '2026-03-31'],
      ['Launch a technician profile page', 'Visibility', '2026-09-30'],
    ])
  })

  it('reads a bare quarter as the quarter before the dated column after it, and says so', () => {
    const { plan, issues } = tableToPlan(grid)
    expect(plan.actions[0]!.target.text).toBe('Q3 Oct - Dec 2025')
    const inferred = issues.find((issue) => issue.code === 'period-inferred')
    expect(inferred).toMatchObject({ row: 1, column: 2, columnName: 'Q3' })
  })

  it('explains each period column as the action column, and keeps issues in source rows', () => {
    const { explanation } = tableToPlan(grid)
    expect(explanation.headerRow).toBe(1)
    expect(explanation.columns.map((c) => [c.column, c.field])).toEqual([
      [1, 'section'],
      [2, 'title'],
      [3, 'title'],
      [4, 'title'],
      [5, 'title'],
    ])
  })

  it('reads a grid without row labels, one action per bullet, and stops at the lines below it', () => {
    const { plan, explanation } = tableToPlan([
      ['Estates green plan'],
      ['Year 1', 'Year 2 - Growing', 'Year 3 - Sustaining'],
      [
        '- Fit timers to fume cupboards\n- Start a freezer amnesty',
        '- Share equipment across two buildings',
        '- Report energy use per lab every term',
      ],
      ['What success looks like', '', ''],
      ['✓ Fewer freezers running empty', '', ''],
    ])
    expect(plan.title).toBe('Estates green plan')
    expect(plan.actions.map((a) => [a.title, a.target.text])).toEqual([
      ['Fit timers to fume cupboards', 'Year 1'],
      ['Start a freezer amnesty', 'Year 1'],
      ['Share equipment across two buildings', 'Year 2 - Growing'],
      ['Report energy use per lab every term', 'Year 3 - Sustaining'],
    ])
    expect(explanation.rows).toContainEqual({ row: 4, kind: 'skipped' })
    expect(explanation.rows).toContainEqual({ row: 5, kind: 'skipped' })
  })

  it('leaves a grid of ticks under periods, and an ordinary table with dated headers, to the other readers', () => {
    expect(
      unfoldPeriodGrid([
        ['Task', '2025', '2026'],
        ['Write the induction guide', 'x', ''],
        ['Run the induction sessions', '', 'x'],
      ]),
    ).toBeNull()
    expect(
      unfoldPeriodGrid([
        ['Area', '2023 Actions', '2025 Progress'],
        ['Training', 'Offer a course on safe lab practice', 'Course offered twice a year'],
        ['Careers', 'Set up a mentoring scheme for technicians', 'Scheme running'],
      ]),
    ).toBeNull()
  })
})

describe('a timeline grid on its side: themes as columns, periods or horizons as rows', () => {
  const roadmap = [
    ['Library systems roadmap'],
    ['Themes', 'Discovery', 'Staff tools'],
    ['Now', 'Merge the two catalogue search pages', 'Replace the loans spreadsheet'],
    ['Next', 'Add reading lists to the search results', ''],
    ['Later', 'Search inside digitised theses', 'Single sign-on for the desk systems'],
  ]

  it('reads one action per filled cell, its theme as its section and its horizon as its target text', () => {
    const { plan } = tableToPlan(roadmap)
    expect(plan.actions.map((a) => [a.title, a.section, a.target.text])).toEqual([
      ['Merge the two catalogue search pages', 'Discovery', 'Now'],
      ['Replace the loans spreadsheet', 'Staff tools', 'Now'],
      ['Add reading lists to the search results', 'Discovery', 'Next'],
      ['Search inside digitised theses', 'Discovery', 'Later'],
      ['Single sign-on for the desk systems', 'Staff tools', 'Later'],
    ])
  })

  it('leaves a table whose header names fields ("Term | Action") to the usual reading', () => {
    expect(
      unfoldPeriodGrid([
        ['Term', 'Action'],
        ['Spring 2019', 'Receive the final report'],
        ['Winter 2019', 'Hold the student focus groups'],
      ]),
    ).toBeNull()
  })
})

describe('a grid on its side whose period is written once over its block of rows', () => {
  const roadmap = [
    ['Service roadmap'],
    ['Quarter', 'New Features', 'Upkeep'],
    ['Q1 2031', 'Saved searches for signed-in readers', 'Move the nightly backups to new storage'],
    ['', 'Export a reading list as a spreadsheet', 'Retire the old upload page'],
    ['Q2 2031', 'Two-step sign-in for staff accounts', ''],
    ['', 'A dark theme for the reading room screens', ''],
  ]

  it('gives each row under a period that period, its column as its section', () => {
    const { plan } = tableToPlan(roadmap)
    expect(plan.actions.map((a) => [a.title, a.section, a.target.text])).toEqual([
      ['Saved searches for signed-in readers', 'New Features', 'Q1 2031'],
      ['Move the nightly backups to new storage', 'Upkeep', 'Q1 2031'],
      ['Export a reading list as a spreadsheet', 'New Features', 'Q1 2031'],
      ['Retire the old upload page', 'Upkeep', 'Q1 2031'],
      ['Two-step sign-in for staff accounts', 'New Features', 'Q2 2031'],
      ['A dark theme for the reading room screens', 'New Features', 'Q2 2031'],
    ])
  })

  it('needs two periods of their own: one period over rows with empty first cells is no grid', () => {
    expect(
      unfoldPeriodGrid([
        ['Quarter', 'New Features', 'Upkeep'],
        ['Q1 2031', 'Saved searches for signed-in readers', 'Move the nightly backups'],
        ['', 'Export a reading list as a spreadsheet', 'Retire the old upload page'],
      ]),
    ).toBeNull()
  })
})

describe('a Now / Next / Later roadmap whose horizons carry their quarter in brackets', () => {
  it('reads the actions down each column, dated by the quarter in its heading', () => {
    const { plan } = tableToPlan([
      ['Library systems roadmap'],
      ['Subject to change as priorities move.'],
      ['Now (Q1 2031)', 'Next (Q2 2031)', 'Later (Beyond)'],
      ['Merge the catalogue search pages', 'Replace the loans spreadsheet', ''],
      ['Move the archive to new storage', 'Open the booking app to students', ''],
    ])
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Merge the catalogue search pages', '2031-03-31'],
      ['Replace the loans spreadsheet', '2031-06-30'],
      ['Move the archive to new storage', '2031-03-31'],
      ['Open the booking app to students', '2031-06-30'],
    ])
  })
})

describe('a Gantt chart: work down the side, marks under the periods', () => {
  const chart = [
    ['Schedule for the archive move'],
    ['Werkzaamheid', 'Q1 2031', 'Q2 2031', 'Q3 2031', 'Q4 2031'],
    ['Pack the parish registers', 'X', 'X', '', ''],
    ['Move the map collection to the new store', '', 'X', 'X', ''],
    ['Review the fire plan', 'X', '', '', 'X'],
    ['Open the new reading room', '', '', '', 'X'],
    ['(*) The dates depend on the builders.', '', '', '', ''],
  ]

  it('reads each marked row as an action due at the end of its last marked period', () => {
    const { plan } = tableToPlan(chart)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Pack the parish registers', '2031-06-30'],
      ['Move the map collection to the new store', '2031-09-30'],
      ['Review the fire plan', '2031-12-31'],
      ['Open the new reading room', '2031-12-31'],
    ])
  })

  it('leaves a chart with a word among its marks, or row labels that are no work', () => {
    expect(unfoldPeriodGrid(chart.map((row, i) => (i === 3 ? row.with(2, 'Done') : row)))).toBeNull()
    expect(
      unfoldPeriodGrid([
        ['Who', 'Q1 2031', 'Q2 2031'],
        ['Ana', 'X', ''],
        ['Raj', '', 'X'],
        ['Lee', 'X', 'X'],
      ]),
    ).toBeNull()
  })
})
