import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

/**
 * Small tables of our own wording, each read as a careful human reads it: which row is the header (1-based, or
 * null when the table has none) and which rows are the actions (title, owners joined by "; ", due date or '').
 */
interface Case {
  readonly name: string
  readonly rows: readonly (readonly string[])[]
  readonly header: number | null
  readonly actions: readonly (readonly [string, string, string])[]
}

function read(rows: readonly (readonly string[])[]) {
  const { plan, explanation } = tableToPlan(rows)
  return {
    header: explanation.headerRow,
    actions: plan.actions.map((a) => [a.title, a.owners.join('; '), a.target.due ?? ''] as const),
  }
}

const three = [
  ['Set up a mentoring scheme for new technicians', 'Jo Patel', 'March 2027'],
  ['Publish the technical careers framework', 'HR Business Partner', 'June 2027'],
  ['Hold an annual technician showcase', 'Faculty Operations Manager', 'December 2027'],
] as const
const expected = [
  ['Set up a mentoring scheme for new technicians', 'Jo Patel', '2027-03-31'],
  ['Publish the technical careers framework', 'HR Business Partner', '2027-06-30'],
  ['Hold an annual technician showcase', 'Faculty Operations Manager', '2027-12-31'],
] as const
const body = three.map((row) => [...row])

/** A header over the three actions: the header is row `above + 1`, the actions follow it. */
function under(header: readonly string[], above: readonly (readonly string[])[] = []): Case['rows'] {
  return [...above, header, ...body]
}

const noisyHeaders: Case[] = [
  ['question marks', ['Action', 'Owner', 'By when?']],
  ['doubled question marks', ['Action??', 'Lead??', 'Deadline??']],
  ['asterisks', ['Action*', 'Owner*', 'Target date*']],
  ['footnote marks', ['Action¹', 'Owner(s)¹', 'Target date²']],
  ['a note in brackets', ['Action', 'Lead', 'Target date (see note 2)']],
  ['a slash between two roles', ['Action', 'Lead / Support', 'Timescale']],
  ['a line break inside a header', ['Action\nrequired', 'Responsible\nperson', 'Target\ndate']],
  ['all capitals', ['ACTION', 'LEAD', 'DEADLINE']],
  ['trailing colons', ['Action:', 'Owner:', 'Due date:']],
  ['leading numbers', ['1. Action', '2. Lead', '3. Timescale']],
  ['bracketed letters', ['(a) Action', '(b) Lead', '(c) Target date']],
  ['emoji', ['📌 Action', '👤 Owner', '📅 Due date']],
  ['ticks and arrows', ['✔ Action', '➜ Lead', '➜ When']],
  ['a question for each column', ['What will we do?', 'Who will lead it?', 'When will it be done?']],
  ['bold marks kept from a pasted page', ['**Action**', '**Lead**', '**By when**']],
  ['non-breaking spaces', ['Action\u00a0required', 'Action\u00a0owner', 'Target\u00a0date']],
].map(([name, header]) => ({
  name: name as string,
  rows: under(header as string[], [['Technician Commitment action plan']]),
  header: 2,
  actions: expected,
}))

const aboveTheHeader: Case[] = [
  {
    name: 'a plan name and a last-updated line',
    rows: under(
      ['Action', 'Lead', 'Target date'],
      [['Technical staff action plan'], ['Last updated 3 May 2024']],
    ),
    header: 3,
    actions: expected,
  },
  {
    name: 'blank rows between the title and the header',
    rows: under(
      ['Action', 'Lead', 'Target date'],
      [
        ['Technical staff action plan', '', ''],
        ['', '', ''],
        ['', '', ''],
      ],
    ),
    header: 4,
    actions: expected,
  },
  {
    name: 'a key of RAG colours',
    rows: under(
      ['Action', 'Lead', 'Target date'],
      [
        ['Action plan 2026-2028', '', ''],
        ['Key:', '', ''],
        ['Red', 'Not started', ''],
        ['Amber', 'In progress', ''],
        ['Green', 'Complete', ''],
      ],
    ),
    header: 6,
    actions: expected,
  },
  {
    name: 'a key of RAG colours on one row',
    rows: under(
      ['Action', 'Lead', 'Target date'],
      [['Status key:', 'Red = not started', 'Amber = under way', 'Green = done']],
    ),
    header: 2,
    actions: expected,
  },
  {
    name: 'a paragraph of context in one cell',
    rows: under(
      ['Action', 'Lead', 'Target date'],
      [
        [
          'This plan sets out what the university will do over the next three years to support its technical staff, following the consultation held last spring.',
        ],
      ],
    ),
    header: 2,
    actions: expected,
  },
  {
    name: 'a lead-in naming the plan owner',
    rows: under(
      ['Action', 'Lead', 'Target date'],
      [['Action plan owner: Director of Operations'], ['Version 2']],
    ),
    header: 3,
    actions: expected,
  },
  {
    name: 'a lone "Action plan" heading above the header',
    rows: under(['Ref', 'Action', 'Lead', 'Target date'].slice(1), [['Action plan'], ['Actions']]),
    header: 3,
    actions: expected,
  },
  {
    name: 'a title that names its columns in a sentence',
    rows: under(
      ['Action', 'Lead', 'Target date'],
      [['Actions, leads and target dates agreed by the steering group in May 2026']],
    ),
    header: 2,
    actions: expected,
  },
  {
    name: 'a date and author line written as label and value',
    rows: under(
      ['Action', 'Lead', 'Target date'],
      [
        ['Owner:', 'Technical Services'],
        ['Date:', '3 May 2026'],
      ],
    ),
    header: 3,
    actions: expected,
  },
]

const belowTheTable: Case[] = [
  {
    name: 'a key label and a funding note its header points to',
    rows: [
      ...under(['Action', 'Lead', 'Target date*']),
      ['', '', ''],
      ['Key:', '', ''],
      ['* Subject to funding', '', ''],
    ],
    header: 1,
    actions: expected,
  },
  {
    name: 'a footnote led by a dagger',
    rows: [...under(['Action', 'Lead', 'Target date']), ['† Dates are for the academic year', '', '']],
    header: 1,
    actions: expected,
  },
  {
    name: 'a key of RAG colours below the table',
    rows: [
      ...under(['Action', 'Lead', 'Target date']),
      ['', '', ''],
      ['RAG key:', '', ''],
      ['Red', 'Not started', ''],
      ['Amber', 'Under way', ''],
      ['Green', 'Complete', ''],
    ],
    header: 1,
    actions: expected,
  },
  {
    name: 'a key of symbols in one column',
    rows: [...under(['Action', 'Lead', 'Target date']), ['Legend'], ['✓ done'], ['○ to do']],
    header: 1,
    actions: expected,
  },
  {
    name: 'a source line and a sign-off',
    rows: [
      ...under(['Action', 'Lead', 'Target date']),
      ['Source: technician survey 2025'],
      ['Approved by the People Committee, 12 June 2026'],
    ],
    header: 1,
    actions: expected,
  },
  {
    name: 'a totals row counting the actions',
    rows: [...under(['Action', 'Lead', 'Target date']), ['Total', '3 actions', '']],
    header: 1,
    actions: expected,
  },
  {
    name: 'a totals row of figures',
    rows: [
      ['Action', 'Lead', 'Target date', 'Budget'],
      ...three.map(([t, o, d]) => [t, o, d, '£1,000']),
      ['Grand total:', '', '', '£3,000'],
    ],
    header: 1,
    actions: expected,
  },
  {
    name: 'an abbreviations key',
    rows: [
      ...under(['Action', 'Lead', 'Target date']),
      ['Abbreviations: HR = Human Resources; FOM = Faculty Operations Manager'],
    ],
    header: 1,
    actions: expected,
  },
]

const twoRowHeaders: Case[] = [
  {
    name: 'a "Timescale" group over Start and End',
    rows: [
      ['Action', 'Lead', 'Timescale', ''],
      ['', '', 'Start', 'End'],
      ...three.map(([t, o, d]) => [t, o, 'January 2027', d]),
    ],
    header: 1,
    actions: expected,
  },
  {
    name: 'a "Responsibility" group over Lead and Support',
    rows: [
      ['Action', 'Responsibility', '', 'Target date'],
      ['', 'Lead', 'Support', ''],
      ...three.map(([t, o, d]) => [t, o, 'Technical Forum', d]),
    ],
    header: 1,
    actions: expected,
  },
  {
    name: 'a header repeated on every page',
    rows: [
      ['Action', 'Lead', 'Target date'],
      body[0]!,
      body[1]!,
      ['Action', 'Lead', 'Target date'],
      body[2]!,
    ],
    header: 1,
    actions: expected,
  },
  {
    name: 'a header repeated on every page under a page title',
    rows: [
      ['Technical staff action plan'],
      ['Action', 'Lead', 'Target date'],
      body[0]!,
      body[1]!,
      ['Technical staff action plan'],
      ['Action', 'Lead', 'Target date'],
      body[2]!,
    ],
    header: 2,
    actions: expected,
  },
  {
    name: 'a header split across two rows by a page break',
    rows: [['Action to be', 'Person', 'Target'], ['taken', 'responsible', 'date'], ...body],
    header: 1,
    actions: expected,
  },
]

const itemNamed = (word: string): Case => ({
  name: `"${word}" with no Action column`,
  rows: under([word, 'Lead', 'Target date'], [['Our plan']]),
  header: 2,
  actions: expected,
})
const itemNames: Case[] = [
  'Issue',
  'Objective',
  'Recommendation',
  'Finding',
  'Commitment',
  'Priority',
  'Deliverable',
  'Task',
  'Initiative',
  'Measure',
  'Objectives',
  'Key findings',
  'Our commitments',
  'Priorities',
  'Deliverables',
].map(itemNamed)

const besideAction = (word: string): Case => ({
  name: `"${word}" beside an Action column`,
  rows: [
    [word, 'Action', 'Lead', 'Target date'],
    ...three.map(([t, o, d]) => [`Grow technical careers`, t, o, d]),
  ],
  header: 1,
  actions: expected,
})
const besideActions: Case[] = [
  'Objective',
  'Recommendation',
  'Finding',
  'Priority',
  'Issue',
  'Commitment',
  'Initiative',
].map(besideAction)

const noHeader: Case[] = [
  {
    name: 'action, owner and date from the first row',
    rows: body,
    header: null,
    actions: expected,
  },
  {
    name: 'numbered rows from the first row',
    rows: three.map(([t, o, d], i) => [`${i + 1}`, t, o, d]),
    header: null,
    actions: expected,
  },
  {
    name: 'a first row whose cells are short',
    rows: [
      ['Review', 'HR', 'March 2027'],
      ['Publish the technical careers framework', 'HR Business Partner', 'June 2027'],
      ['Hold an annual technician showcase', 'Faculty Operations Manager', 'December 2027'],
    ],
    header: null,
    actions: [
      ['Review', 'HR', '2027-03-31'],
      ['Publish the technical careers framework', 'HR Business Partner', '2027-06-30'],
      ['Hold an annual technician showcase', 'Faculty Operations Manager', '2027-12-31'],
    ],
  },
]

const notHeaders: Case[] = [
  {
    name: 'a first action whose cells are short, under the header',
    rows: [
      ['Action', 'Lead', 'Target date'],
      ['Review', 'HR', 'March 2027'],
      ['Publish the technical careers framework', 'HR Business Partner', 'June 2027'],
    ],
    header: 1,
    actions: [
      ['Review', 'HR', '2027-03-31'],
      ['Publish the technical careers framework', 'HR Business Partner', '2027-06-30'],
    ],
  },
  {
    name: 'a section row under the header',
    rows: [['Action', 'Lead', 'Target date'], ['Pillar 1: Visibility', '', ''], ...body],
    header: 1,
    actions: expected,
  },
  ...(
    [
      ['Action plan launch', 'Lead technician', 'June 2027', '2027-06-30'],
      ['Action plan launch', 'Lead technician', 'Date to be confirmed', ''],
      ['Objectives review', 'Team leaders', 'Ongoing', ''],
      ['Task force set up', 'Owner of each lab', 'TBC', ''],
    ] as const
  ).map(
    ([title, lead, when, due]): Case => ({
      name: `an action whose words are header words: "${title} | ${lead} | ${when}"`,
      rows: [['Task', 'Lead', 'Date'], [title, lead, when], ...body],
      header: 1,
      actions: [[title, lead, due], ...expected],
    }),
  ),
  {
    name: 'the same action as the last row',
    rows: [['Task', 'Lead', 'Date'], ...body, ['Objectives review', 'Team leaders', 'Ongoing']],
    header: 1,
    actions: [...expected, ['Objectives review', 'Team leaders', '']],
  },
]

describe('findHeader: the row a careful reader takes as the header', () => {
  const families: [string, Case[]][] = [
    ['header cells with punctuation and noise', noisyHeaders],
    ['title blocks above the header', aboveTheHeader],
    ['notes below the table', belowTheTable],
    ['two-row and repeated headers', twoRowHeaders],
    ['the action column named by what the plan calls its items', itemNames],
    ['an item column beside the Action column', besideActions],
    ['tables with no header', noHeader],
    ['rows that are not the header', notHeaders],
  ]
  for (const [family, cases] of families) {
    describe(family, () => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(read(c.rows)).toEqual({ header: c.header, actions: c.actions })
      })
    })
  }
})

describe('findHeader: noisy status headers, footnoted headers and page furniture', () => {
  const states = ['Complete', 'In progress', 'Not started']
  const withStatus = three.map((row, i) => [...row, states[i]!])
  const read4 = (rows: readonly (readonly string[])[]) => {
    const { plan, explanation } = tableToPlan(rows)
    return {
      header: explanation.headerRow,
      actions: plan.actions.map((a) => [a.title, a.owners.join('; '), a.target.due ?? '', a.status.state]),
    }
  }
  const wanted = expected.map((row, i) => [...row, ['complete', 'in-progress', 'not-started'][i]!])

  it.each(['RAG\nstatus', 'Progress??', 'STATUS:', 'Status ✔', 'Current position'])(
    'status headed "%s"',
    (status) => {
      expect(read4([['Action', 'Lead', 'Target date', status], ...withStatus])).toEqual({
        header: 1,
        actions: wanted,
      })
    },
  )

  it('footnote marks on every header and the footnotes below', () => {
    const rows = [
      ['Actions', 'Owner(s)¹', 'Deadline²', 'RAG³'],
      ...withStatus,
      ['¹ Named lead first'],
      ['² Academic year'],
      ['³ Red, amber, green'],
    ]
    expect(read4(rows)).toEqual({ header: 1, actions: wanted })
  })

  it('a page number and the header again on the next page', () => {
    const header = ['Action', 'Lead', 'Target date', 'Status']
    const rows = [
      ['Technical staff plan'],
      ['Page 1 of 2'],
      header,
      withStatus[0]!,
      ['Page 2 of 2'],
      header,
      ...withStatus.slice(1),
    ]
    expect(read4(rows)).toEqual({ header: 3, actions: wanted })
  })

  it('a group row above the header', () => {
    const rows = [
      ['', '', 'Timescale', '', ''],
      ['Action', 'Lead', 'Start', 'End', 'Status'],
      ...withStatus.map(([title, lead, end, state]) => [title!, lead!, 'January 2027', end!, state!]),
    ]
    expect(read4(rows)).toEqual({ header: 2, actions: wanted })
  })

  it('a title row over rows with no header', () => {
    expect(read4([['Technical staff plan 2027'], ...withStatus])).toEqual({ header: null, actions: wanted })
  })
})

describe('findHeader: a title merged across the columns', () => {
  const header = ['Action', 'Lead', 'Target date']
  it('filled into every cell, is the title, not the header', () => {
    const { plan, explanation } = tableToPlan([
      [
        'Technical staff action plan 2027',
        'Technical staff action plan 2027',
        'Technical staff action plan 2027',
      ],
      header,
      ...body,
    ])
    expect([explanation.headerRow, plan.title, plan.actions.length]).toEqual([
      2,
      'Technical staff action plan 2027',
      3,
    ])
  })

  it('given as a merged region, is the title, not the header', () => {
    const { plan, explanation } = tableToPlan([['Action plan 2027', '', ''], header, ...body], {
      mergedRegions: [{ firstRow: 1, lastRow: 1, firstColumn: 1, lastColumn: 3 }],
    })
    expect([explanation.headerRow, plan.title, plan.actions.length]).toEqual([2, 'Action plan 2027', 3])
  })
})
