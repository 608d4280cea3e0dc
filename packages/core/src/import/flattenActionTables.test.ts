import { describe, expect, it } from 'vitest'
import { flattenActionTables } from './flattenActionTables'
import { tableToPlan } from './tableToPlan'

describe('numbered actions, each over its own small table', () => {
  const page = [
    ['Technician Commitment plan 2025', '', '', '', ''],
    ['Aim 2: Make technical careers visible', '', '', '', ''],
    ['2.1 Publish a profile of every technical team on the faculty pages.', '', '', '', ''],
    ['Lead team', 'Category', 'Indicator of progress', 'Overall result', 'Achieved by'],
    ['Faculty Office', 'Visibility', 'Profiles live', 'Teams known by name', 'Ongoing - reviewed in 2026.'],
    ['2.2 Add technicians to the list of authors on every paper they work on', '', '', '', ''],
  ]

  it('reads the last numbered heading as an action even when its table is missing', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due, a.section])).toEqual([
      [
        '2.1',
        'Publish a profile of every technical team on the faculty pages.',
        ['Faculty Office'],
        '2026-12-31',
        'Visibility',
      ],
      ['2.2', 'Add technicians to the list of authors on every paper they work on', [], null, null],
    ])
  })

  it('but not a lone line that breaks the numbering, or one with rows below it', () => {
    const unnumbered = page.map((row, i) => (i === 5 ? ['Appendix: how we count', '', '', '', ''] : row))
    expect(flattenActionTables(unnumbered)).toBeNull()
    const skipped = page.map((row, i) => (i === 5 ? [row[0]!.replace('2.2', '2.4'), '', '', '', ''] : row))
    expect(flattenActionTables(skipped)).toBeNull()
    const withRows = [...page, ['Library', 'Recognition', 'Authors listed', '', 'June 2026']]
    expect(flattenActionTables(withRows)).toBeNull()
  })
})

describe('several numbered actions in a row with no tables', () => {
  it('are each an action', () => {
    const page = [
      ['1.1 Publish the profiles', ''],
      ['Lead', 'Date'],
      ['Faculty Office', 'June 2026'],
      ['1.2 Hold a showcase', ''],
      ['1.3 Open the labs to schools', ''],
    ]
    expect(tableToPlan(page).plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['1.1', 'Publish the profiles', ['Faculty Office']],
      ['1.2', 'Hold a showcase', []],
      ['1.3', 'Open the labs to schools', []],
    ])
  })
})

describe('flattenActionTables: a numbered commitment over its own small table of deliverables', () => {
  const rows = [
    ['Our commitments', '', ''],
    ['4: Make technical careers visible across the faculty', '', ''],
    ['Deliverable', 'Timeline', 'Responsibility'],
    ['Publish a profile of each technical team on the faculty site.', 'March 2025', 'Faculty web officer'],
    ['Add technicians to the author lists of the papers they work on.', 'June 2025', 'Heads of school'],
    ['Name the technical staff in every open day talk about the labs.', 'September 2025', 'Open day team'],
    ['5: Widen routes into technical roles', '', ''],
    ['Deliverable', 'Timeline', 'Responsibility'],
    ['Offer four paid apprenticeships in the workshops every year.', 'October 2025', 'Workshop manager'],
    ['Run a taster week for local college students each summer.', 'August 2026', 'Outreach lead'],
    ['6: Review how technicians are recognised', '', ''],
  ]

  it('reads each deliverable as an action numbered under its commitment', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due])).toEqual([
      [
        '4.1',
        'Publish a profile of each technical team on the faculty site.',
        ['Faculty web officer'],
        '2025-03-31',
      ],
      [
        '4.2',
        'Add technicians to the author lists of the papers they work on.',
        ['Heads of school'],
        '2025-06-30',
      ],
      [
        '4.3',
        'Name the technical staff in every open day talk about the labs.',
        ['Open day team'],
        '2025-09-30',
      ],
      [
        '5.1',
        'Offer four paid apprenticeships in the workshops every year.',
        ['Workshop manager'],
        '2025-10-31',
      ],
      ['5.2', 'Run a taster week for local college students each summer.', ['Outreach lead'], '2026-08-31'],
    ])
  })

  it('leaves out a last commitment whose table is missing, and says which rows were what', () => {
    const flattened = flattenActionTables(rows)
    expect(flattened?.skippedRows).toEqual([11])
    expect(flattened?.subHeaderRows).toEqual([3, 8])
    expect(flattened?.rows.map((row) => row[0])).toEqual([
      'Our commitments',
      'Action',
      '4: Make technical careers visible across the faculty',
      '',
      '',
      '5: Widen routes into technical roles',
      '',
    ])
  })

  it('still merges a small table of measures into the action heading it', () => {
    const { plan } = tableToPlan([
      ['1. Launch a technician web page', ''],
      ['Measure of success', 'Date'],
      ['Page live', 'June 2024'],
      ['2. Hold a technician showcase', ''],
      ['Measure of success', 'Date'],
      ['Showcase held', 'May 2025'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due])).toEqual([
      ['1', 'Launch a technician web page', '2024-06-30'],
      ['2', 'Hold a technician showcase', '2025-05-31'],
    ])
  })

  it('reads the rows of projects under unnumbered theme headings as the actions, the theme their section', () => {
    const { plan } = tableToPlan([
      ['Progress against the library plan, final quarter.'],
      ['Better spaces'],
      ['Project', 'Update', 'Timeline'],
      ['Refurbish the group study rooms on the second floor.', 'Completed', 'June 2023'],
      ['Extend opening hours during the exam weeks.', 'Under way: the pilot runs in May.', 'May 2024'],
      ['Better collections'],
      ['Project', 'Update', 'Timeline'],
      ['Move the print journals to the off-site store.', 'Not started', 'March 2025'],
    ])
    expect(plan.actions.map((a) => [a.title, a.section, a.status.state, a.target.due])).toEqual([
      ['Refurbish the group study rooms on the second floor.', 'Better spaces', 'complete', '2023-06-30'],
      ['Extend opening hours during the exam weeks.', 'Better spaces', 'in-progress', '2024-05-31'],
      ['Move the print journals to the off-site store.', 'Better collections', 'not-started', '2025-03-31'],
    ])
  })
})

describe('group headings over small tables whose item column holds the work', () => {
  const page = [
    ['Village hall refurbishment: progress', ''],
    ['Completed jobs show the day they were finished.', ''],
    ['Before the builders arrive', ''],
    ['Date', 'Item'],
    ['2031-02-03', 'Empty the store room and sell the old chairs'],
    ['TBC', 'Ask the insurer whether the hall stays covered during the works'],
    ['Kitchen', ''],
    ['Date', 'Item'],
    ['2031-03-10', 'Choose the new cooker'],
    ['', 'Fit a hatch between the kitchen and the hall'],
  ]

  it('reads each row as an action and the heading above its table as its section', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['Empty the store room and sell the old chairs', 'Before the builders arrive'],
      ['Ask the insurer whether the hall stays covered during the works', 'Before the builders arrive'],
      ['Choose the new cooker', 'Kitchen'],
      ['Fit a hatch between the kitchen and the hall', 'Kitchen'],
    ])
  })

  it('marks the flattened table as an ordinary one, the rows kept as actions', () => {
    expect(flattenActionTables(page)?.ordinaryTable).toBe(true)
  })
})

describe('the first commitment whose small table lost its header', () => {
  const page = [
    ['Our commitments', '', ''],
    ['4: Make technical careers visible across the faculty', '', ''],
    ['Deliverable', 'Timeline', 'Responsibility'],
    ['Publish a profile of each technical team on the faculty site.', 'March 2025', 'Faculty web officer'],
    ['Add technicians to the author lists of the papers they work on.', 'June 2025', 'Heads of school'],
    ['Name the technical staff in every open day talk about the labs.', 'September 2025', 'Open day team'],
    ['5: Widen routes into technical roles', '', ''],
    ['Deliverable', 'Timeline', 'Responsibility'],
    ['Offer four paid apprenticeships in the workshops every year.', 'October 2025', 'Workshop manager'],
    ['Run a taster week for local college students each summer.', 'August 2026', 'Outreach lead'],
    ['6: Review how technicians are recognised', '', ''],
  ]
  // The page above with one more commitment on top, whose "Deliverable | Timeline | Responsibility" row is missing.
  const lost = [
    page[0]!,
    ['3: Give technicians a voice on the faculty board', '', ''],
    ['Elect two technician members to the board each autumn.', 'November 2025', 'Faculty secretary'],
    ['Share the board minutes on the technicians channel.', 'December 2025', 'Board clerk'],
    ...page.slice(1),
  ]

  it('reads its rows under the header the later commitments repeat', () => {
    const { plan } = tableToPlan(lost)
    expect(plan.actions.slice(0, 3).map((a) => [a.ref, a.title, a.owners, a.target.due])).toEqual([
      ['3.1', 'Elect two technician members to the board each autumn.', ['Faculty secretary'], '2025-11-30'],
      ['3.2', 'Share the board minutes on the technicians channel.', ['Board clerk'], '2025-12-31'],
      [
        '4.1',
        'Publish a profile of each technical team on the faculty site.',
        ['Faculty web officer'],
        '2025-03-31',
      ],
    ])
    expect(plan.actions).toHaveLength(7)
  })

  it('but not rows under a line whose number does not lead into the next heading', () => {
    const unnumbered = lost.map((row, i) => (i === 1 ? ['9: Notes from the last review', '', ''] : row))
    expect(
      flattenActionTables(unnumbered)
        ?.rows.slice(0, 4)
        .map((row) => row[0]),
    ).toEqual([
      'Our commitments',
      '9: Notes from the last review',
      'Elect two technician members to the board each autumn.',
      'Share the board minutes on the technicians channel.',
    ])
  })
})
