import { describe, expect, it } from 'vitest'
import { isActionListLeadIn, rowsOutsideNamedActionLists } from './rowsOutsideNamedActionLists'
import { tableToPlan } from './tableToPlan'

const titles = (rows: string[][]) => tableToPlan(rows).plan.actions.map((action) => action.title)

describe('rowsOutsideNamedActionLists: a page that names its actions by a lead-in', () => {
  it.each([
    ['We will:', true],
    ['Over the next year the Faculty will also:', true],
    ['Together, we will:', true],
    ['Actions:', true],
    ['Activities including timescale:', true],
    ['What we will do:', true],
    ['Next steps:', true],
    ['How we will get there:', true],
    ['Target actions for FY31', true],
    ['Actions for 2031-32', true],
    ['Our actions for this year', true],
    ['Actions for staff', false],
    ['How we will achieve this:', true],
    ['How we will measure success:', false],
    ['This framework will:', false],
    ['The new strategy will:', false],
    ['We want every technician to have the chance to:', false],
    ['We will', false],
    ['Our aims are:', false],
    ['Planned outputs:', true],
    ['Key milestones:', true],
    ['Measurable milestones for this pledge:', true],
    ['We will survey every tenant over the summer. Planned outputs:', true],
    ['Outputs we expect to see:', false],
    ['Why the milestones matter:', false],
  ])('"%s" names the actions: %s', (line, named) => {
    expect(isActionListLeadIn(line)).toBe(named)
  })

  it('keeps only the promised items: vision, context, aims and other lists frame them', () => {
    const rows = [
      ['Greener Labs Plan'],
      ['Our vision'],
      ['Every lab on the campus runs on clean power and wastes nothing it can reuse.'],
      ['Energy'],
      ['Cut the energy our freezers and fume cupboards use.'],
      ['We want our technicians to have the time to:'],
      ['- share tips between buildings'],
      ['- try out new kit'],
      ['We will:'],
      ['- Replace the oldest freezers with efficient models'],
      ['- Fit timers to every fume cupboard'],
      ['Waste'],
      ['We will also:'],
      ['- Start a swap shop for spare glassware'],
    ]
    expect(titles(rows)).toEqual([
      'Replace the oldest freezers with efficient models',
      'Fit timers to every fume cupboard',
      'Start a swap shop for spare glassware',
    ])
    const result = tableToPlan(rows)
    const notes = result.issues.filter((issue) => issue.code === 'list-not-actions')
    expect(notes.map((issue) => issue.message.slice(0, 40))).toEqual([
      'Rows 7, 8 were not read as actions: the ',
    ])
  })

  it('keeps a long numbered list whole: items 100 and on are still items of the list', () => {
    const items = Array.from({ length: 120 }, (_, i) => [
      `${i + 1}. Run careers clinic number ${i + 1} for technicians`,
    ])
    const rows = [['Careers Plan'], ['Our technicians shape their own careers.'], ['We will:'], ...items]
    expect([...(rowsOutsideNamedActionLists(rows, 0)?.rows ?? [])]).toEqual([0, 1])
  })

  it('takes the line below a bullet alone on its line as that item', () => {
    const rows = [
      ['Wellbeing Plan'],
      ['Help staff look after themselves and each other.'],
      ['We will:'],
      ['-'],
      ['train a wellbeing lead in every team'],
      ['-'],
      ['run a quiet room in each building'],
      ['Support'],
    ]
    expect([...(rowsOutsideNamedActionLists(rows, 0)?.rows ?? [])]).toEqual([0, 1, 7])
  })

  it('reads a list that lost its bullets up to the next line ending in a colon', () => {
    const rows = [
      ['Access Plan'],
      ['Site and buildings:'],
      ['Lifts in the main hall were replaced last year.'],
      ['Staff have had a briefing on the new evacuation chairs.'],
      ['Activities including timescale:'],
      ['Widen the door to the science block – by March 2026'],
      ['Add a ramp at the side entrance – by June 2026'],
      ['How we will know:'],
    ]
    expect(titles(rows)).toHaveLength(2)
    expect(titles(rows)[0]).toMatch(/^Widen the door/)
  })

  it.each([
    [
      'no lead-in names the actions',
      [['Plan'], ['Run a forum every term.'], ['Our aims are:'], ['- Fairer pay']],
    ],
    [
      'the page is a table',
      [
        ['Action', 'Lead', 'Date'],
        ['We will:', '', ''],
        ['Run a forum', 'HR', '2026'],
        ['Train the panel', 'HR', '2026'],
      ],
    ],
  ])('changes nothing when %s', (_case, rows) => {
    expect(rowsOutsideNamedActionLists(rows, 0)).toBeNull()
  })

  it('leaves the numbered actions when only what a document will do sits under a lead-in', () => {
    const rows = [
      ['Theme 2: skills'],
      ['2.1) We will publish a skills framework for the region.'],
      ['This framework will:'],
      ['- set out the skills employers need'],
      ['2.2) We will fund two hundred new places by 2027.'],
    ]
    expect(titles(rows).some((title) => title.startsWith('We will fund two hundred'))).toBe(true)
  })

  it('reads each phase: its heading, its lead-in, then its outputs, however short, which lost their bullets', () => {
    const rows = [
      ['Library Booking Revamp'],
      ['What success looks like:'],
      ['Fewer missed bookings across the branches'],
      ['Happier staff at the front desk'],
      ['Pilot (six weeks)'],
      ['We will shadow staff at three branches. Planned outputs:'],
      ['Map of the booking journey'],
      ['Shortlist of booking tools'],
      ['Build (two months)'],
      ['Build the new form with a small group of readers. Planned outputs:'],
      ['Beta of the booking form'],
      ['Guide for branch staff'],
    ]
    const plan = tableToPlan(rows).plan
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Map of the booking journey',
      'Shortlist of booking tools',
      'Beta of the booking form',
      'Guide for branch staff',
    ])
    expect(plan.actions.map((action) => action.section)).toEqual([
      'Pilot (six weeks)',
      'Pilot (six weeks)',
      'Build (two months)',
      'Build (two months)',
    ])
  })

  it('gives every action the owners a label line above the lead-in names', () => {
    const rows = [
      ['We will open up the records of the harbour board.'],
      ['Aim: More people can read the board’s decisions.'],
      ['Lead offices: Harbour Records Unit, Port Archives'],
      ['Milestones for this pledge:'],
      ['Scan the minute books from the last ten years, by March 2031'],
      ['Publish an index of every decision made since 2020, by June 2031'],
      ['Pledge 4: Open tenders'],
    ]
    const plan = tableToPlan(rows).plan
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Scan the minute books from the last ten years, by March 2031',
      'Publish an index of every decision made since 2020, by June 2031',
    ])
    expect(plan.actions.map((action) => action.owners)).toEqual([
      ['Harbour Records Unit', 'Port Archives'],
      ['Harbour Records Unit', 'Port Archives'],
    ])
  })

  it('reads every phase of a long page', () => {
    const rows: string[][] = [['Big plan']]
    for (let i = 0; i < 500; i++)
      rows.push(
        [`Phase ${i} (one week)`],
        [`We will do part ${i} of the work. Planned outputs:`],
        [`Report number ${i}`],
      )
    expect(tableToPlan(rows).plan.actions).toHaveLength(500)
  })

  it('reads lower-case lines under "How we will get there:" as the actions, the aims above them left out', () => {
    const rows = [
      ['Campus Inclusion Plan'],
      [
        'The plan rests on three goals agreed with the student union and the staff networks across the university',
      ],
      ['1. Welcoming spaces'],
      ['makes every building easy to find and enter'],
      ['gives staff and students quiet places to rest, pray or recover during a busy working day on campus'],
      ['How we will get there:'],
      ['survey the entrances of every building with the estates team and publish the results'],
      ['fit automatic doors where survey finds them needed'],
      ['open two quiet rooms in the library and the students union building by the autumn'],
    ]
    expect(titles(rows)).toEqual([
      'survey the entrances of every building with the estates team and publish the results',
      'fit automatic doors where survey finds them needed',
      'open two quiet rooms in the library and the students union building by the autumn',
    ])
  })

  it("reads the year's actions under their label, and a line saying one again as the head of its report", () => {
    const rows = [
      [
        'This goal is about making the campus greener and cheaper to run, in every building and every garden we manage.',
      ],
      ['Read the full list of goals'],
      ['Progress this year'],
      ['Target actions for FY31'],
      ['Plant more trees on the main campus'],
      ['Cut the energy used by the library'],
      ['Plant more trees on the main campus'],
      [
        'The grounds team planted three hundred trees this year, most of them along the new cycle path by the river.',
      ],
      [
        'A second planting day with student volunteers is booked for the spring, when the ground is soft enough.',
      ],
    ]
    expect(titles(rows)).toEqual([
      'Plant more trees on the main campus',
      'Cut the energy used by the library',
    ])
  })
})

describe('a roadmap repeating "Goal", "KPIs" and a bare label of the work under each dated phase', () => {
  const rows = [
    ['Product roadmap'],
    ['End of June 2031'],
    ['Goal'],
    ['Editors can run a consultation without our help.'],
    ['KPIs'],
    ['two councils run one on their own'],
    ['Deliverables'],
    ['consultation wizard'],
    ['map widget for comments'],
    ['Middle of September 2031'],
    ['Goal'],
    ['Residents find consultations near them.'],
    ['KPIs'],
    ['a thousand sign-ups'],
    ['Deliverables'],
    ['search by postcode'],
    ['weekly digest email'],
  ]

  it('takes the lists under the label of the work as the actions, each dated by its phase', () => {
    const plan = tableToPlan(rows).plan
    expect(plan.actions.map((action) => [action.title, action.target.due])).toEqual([
      ['consultation wizard', '2031-06-30'],
      ['map widget for comments', '2031-06-30'],
      ['search by postcode', '2031-09-20'],
      ['weekly digest email', '2031-09-20'],
    ])
  })

  it('does not read a label written once without a colon as a lead-in', () => {
    expect(rowsOutsideNamedActionLists(rows.slice(0, 10), 1)).toBeNull()
  })
})
