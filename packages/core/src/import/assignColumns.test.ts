import { describe, expect, it } from 'vitest'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { assignColumns, profileColumn, scoreHeader } from './assignColumns'
import { explainImport } from './explainImport'
import { formatImportExplanation } from './formatImportExplanation'
import { peelRef } from './peelRef'
import { tableToPlan } from './tableToPlan'

describe('peelRef', () => {
  it.each([
    ['1. Academic workload', '1', 'Academic workload'],
    ['2.3 Set up a forum', '2.3', 'Set up a forum'],
    ['1.1. Promote engagement', '1.1', 'Promote engagement'],
    ['Action 4b: Review the scheme', '4b', 'Review the scheme'],
    ['Objective 1: Build capacity', '1', 'Build capacity'],
    ['1 – Increase awareness', '1', 'Increase awareness'],
    ['V3 Launch a webpage', 'V3', 'Launch a webpage'],
  ])('peels %j', (text, ref, rest) => {
    expect(peelRef(text)).toEqual({ ref, rest })
  })

  it('leaves years, bare numbers and plain prose alone', () => {
    expect(peelRef('2019 review of roles')).toBeNull()
    expect(peelRef('12')).toBeNull()
    expect(peelRef('Launch a webpage')).toBeNull()
  })
})

describe('scoreHeader and profileColumn', () => {
  it('matches header words as tokens, not whole strings', () => {
    expect(scoreHeader('What we will do').get('title')).toBe(1)
    expect(scoreHeader('Lead(s)').get('owners')).toBe(1)
    expect(scoreHeader('Date for completion').get('target')).toBe(1)
    expect(scoreHeader('Progress to date').get('status')).toBe(1)
    expect(scoreHeader('Evidence of success').get('successMeasures')).toBe(1)
    expect(scoreHeader('Colour').size).toBe(0)
  })

  it('reads an "ID" column of a table of our users as the printed refs', () => {
    const rows = [
      ['Action ID', 'Action description', 'Owner'],
      ['T-7', 'Open a technician common room in every faculty', 'Estates'],
      ['T-8', 'Name a technical lead in each school', 'Deans'],
    ]
    const plan = tableToPlan(rows).plan
    expect(plan.actions.map((action) => [action.ref, action.title])).toEqual([
      ['T-7', 'Open a technician common room in every faculty'],
      ['T-8', 'Name a technical lead in each school'],
    ])
    expect(scoreHeader('Task ID').get('ref')).toBe(1)
    expect(scoreHeader('ID').get('ref')).toBe(1)
    // An "ID" inside a longer header names something else.
    expect(scoreHeader('Staff ID card scheme').has('ref')).toBe(false)
  })

  it('samples a long column without falling in step with its rhythm', () => {
    // A heading every 12 cells: a sample every 240th cell would see headings only.
    const cells = Array.from({ length: 9600 }, (_, i) =>
      i % 12 === 0 ? `Heading ${i}` : `To do the thing number ${i} for the technicians in every school.`,
    )
    expect(profileColumn(cells, technicianCommitment).averageWords).toBeGreaterThan(8)
  })

  it('reads what cells hold', () => {
    const dates = profileColumn(['June 2019', 'Dec. 18', 'End of January 2021', ''], technicianCommitment)
    expect(dates.filled).toBe(3)
    expect(dates.dates).toBe(1)
    expect(profileColumn(['Complete', 'In progress'], technicianCommitment).statuses).toBe(1)
    expect(profileColumn(['1.1', '1.2', '2'], technicianCommitment).refs).toBe(1)
    expect(profileColumn(['1. Do a', '• Do b'], technicianCommitment).listed).toBe(1)
  })
})

describe('a table without a header row, read from its cells', () => {
  const rows = [
    ['Launch a dedicated webpage for technicians', 'AB / CD', 'June 2019', 'Complete'],
    ['Hold an annual technician showcase event', 'Forum', 'Dec. 2019', 'In progress'],
    ['Review the technical career pathway with HR', 'HR', 'March 2020', 'Not started'],
  ]

  it('assigns each column by content, with evidence', () => {
    const { map, explanations } = assignColumns(rows, null, 0, { taxonomy: technicianCommitment })
    expect(map.fields.get('title')).toBe(0)
    expect(map.fields.get('owners')).toBe(1)
    expect(map.fields.get('target')).toBe(2)
    expect(map.fields.get('status')).toBe(3)
    expect(explanations.find((e) => e.field === 'target')?.evidence).toBe('100% of cells read as dates')
  })

  it('imports every action and names no header row', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2019-06-30', '2019-12-31', '2020-03-31'])
    expect(plan.actions[0]!.owners).toEqual(['AB', 'CD'])
    expect(plan.actions[1]!.status.state).toBe('in-progress')
    expect(explanation.headerRow).toBeNull()
  })

  it('is forced by options.columns when the guess is wrong', () => {
    const { plan } = tableToPlan(rows, { columns: { notes: 2 } })
    expect(plan.actions[0]!.notes).toBe('AB / CD')
  })
})

describe('structure rows', () => {
  it('reads a one-column list: title, intro, themes as sections, "Objective N:" items as actions', () => {
    const { plan, explanation } = tableToPlan([
      ['Race Equality Action Plan'],
      ['Eight objectives sit under two themes.'],
      ['Governance and accountability'],
      ['Objective 1: Build EDI leadership and capacity'],
      ['Objective 2: Establish a Race Equality Board'],
      ['A safe working environment'],
      ['Objective 3: Strengthen grievance procedures'],
    ])
    expect(plan.title).toBe('Race Equality Action Plan')
    expect(plan.actions.map((a) => [a.ref, a.title, a.section])).toEqual([
      ['1', 'Build EDI leadership and capacity', 'Governance and accountability'],
      ['2', 'Establish a Race Equality Board', 'Governance and accountability'],
      ['3', 'Strengthen grievance procedures', 'A safe working environment'],
    ])
    // The intro sentence above the first theme is preamble; each theme is a section.
    expect(explanation.rows.filter((r) => r.kind === 'preamble').map((r) => r.row)).toEqual([2])
    expect(explanation.rows.filter((r) => r.kind === 'section').map((r) => r.row)).toEqual([3, 6])
  })

  it('inherits a group label written once (a merged cell) and keeps each action of the group', () => {
    const { plan, explanation } = tableToPlan([
      ['Objective', 'Actions and outputs', 'Timeframe', 'Person(s) responsible'],
      ['5.3 Grow the network of schools', 'Expand the Teams space', 'April 2024', 'ASM, AO'],
      ['', 'Support other schools to lead events', 'December 2025', 'Pro-Dean, ASM'],
      [
        '5.4 Review impact assessments',
        'Complete EIAs for existing policies',
        'February 2024',
        'Director AS',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due, a.owners])).toEqual([
      ['5.3', 'Expand the Teams space', '2024-04-30', ['ASM', 'AO']],
      ['5.3', 'Support other schools to lead events', '2025-12-31', ['Pro-Dean', 'ASM']],
      ['5.4', 'Complete EIAs for existing policies', '2024-02-29', ['Director AS']],
    ])
    expect(explanation.columns.find((c) => c.column === 1)?.evidence).toContain('written once per group')
  })

  it('still merges a continuation row with no details of its own into the action above', () => {
    const { plan, explanation } = tableToPlan([
      ['Planned action', 'Deadline', 'Support actions', 'Responsibility'],
      ['Agree the plan', 'End of November 2020', 'Consult staff', 'Working Group'],
      ['', '', 'Post the plan on the intranet', ''],
    ])
    expect(plan.actions).toHaveLength(1)
    expect(explanation.rows).toContainEqual({ row: 3, kind: 'continuation' })
  })

  it('skips a title and a KEY preamble above the header, and peels refs typed into the action cell', () => {
    const { plan, explanation } = tableToPlan([
      ['Concordat action plan 2014', '', ''],
      ['Key: Black – current status; Blue – new action', '', ''],
      ['Concordat theme', 'Action', 'Lead'],
      ['1 RECRUITMENT', '', ''],
      ['', '1.3 Receive a report on starters and leavers', 'HR'],
      ['', '1.4 Update the recruitment training package', 'HR / OD'],
    ])
    expect(plan.title).toBe('Concordat action plan 2014')
    expect(plan.actions.map((a) => [a.ref, a.title, a.section])).toEqual([
      ['1.3', 'Receive a report on starters and leavers', '1 RECRUITMENT'],
      ['1.4', 'Update the recruitment training package', '1 RECRUITMENT'],
    ])
    expect(explanation.rows.slice(0, 3)).toEqual([
      { row: 1, kind: 'title' },
      { row: 2, kind: 'preamble' },
      { row: 3, kind: 'header' },
    ])
  })
})

describe('plan id', () => {
  it('comes from the file name, else the title, else a hash of the actions: never one constant', () => {
    const untitled = [
      ['Action', 'Lead'],
      ['Agree the plan', 'HR'],
    ]
    expect(tableToPlan(untitled, { fileName: 'uploads/Athena SWAN 2022.csv' }).plan.id).toBe(
      'athena-swan-2022',
    )
    const a = tableToPlan(untitled).plan.id
    const b = tableToPlan([
      ['Action', 'Lead'],
      ['Another plan entirely', 'HR'],
    ]).plan.id
    expect(a).toMatch(/^plan-[0-9a-f]{8}$/)
    expect(a).not.toBe(b)
    expect(tableToPlan([['Our plan 2022–25', ''], ...untitled]).plan.id).toBe('our-plan-2022-25')
    // A named file wins over a generic title that many institutions share.
    const titled = [['Technician Commitment Action Plan', ''], ...untitled]
    expect(tableToPlan(titled, { fileName: 'leeds-2022.csv' }).plan.id).toBe('leeds-2022')
    expect(tableToPlan(titled, { fileName: 'leeds-2022.csv', planId: 'x' }).plan.id).toBe('x')
  })
})

describe('explainImport and formatImportExplanation', () => {
  it('print one line per column and per run of structure rows, without control characters', () => {
    const text = formatImportExplanation(
      explainImport([
        ['Plan \u001b[2J2020', '', ''],
        ['Action', 'Who', 'By when'],
        ['Launch a webpage', 'AB', 'June 2019'],
        ['', 'CD', ''],
      ]),
    )
    expect(text.split('\n')).toEqual([
      'Header: row 2.',
      'Column 1 "Action": title (90%) — header "Action" names title',
      'Column 2 "Who": owners (90%) — header "Who" names owners',
      'Column 3 "By when": target (90%) — header "By when" names target',
      'Row 1: title',
      'Row 2: header',
      'Row 4: continuation, merged into the action above',
      '1 action read.',
      'Plan: taxonomy technician-commitment (title read from the title rows; taxonomy: the default (Technician Commitment); no other framework is named).',
    ])
    expect(text).not.toContain('\u001b')
  })

  it('warns when a column was guessed with low confidence, saying how to force it', () => {
    const { issues } = tableToPlan([
      ['Do the first thing.', 'x'],
      ['Do the second thing.', 'y'],
    ])
    const issue = issues.find((i) => i.code === 'low-confidence-column')
    expect(issue?.message).toContain('options.columns')
  })
})

describe('inputs that used to take seconds (their timing is in bench/importBadInput.ts)', () => {
  it('a ref repeated on every row: every action gets its own id', () => {
    const rows = [['No.', 'Action'], ...Array.from({ length: 3000 }, () => ['1', 'x'])]
    const ids = tableToPlan(rows).plan.actions.map((a) => a.id)
    expect(ids).toHaveLength(3000)
    expect(new Set(ids).size).toBe(3000)
    expect(ids.slice(0, 3)).toEqual(['1', '1-2', '1-3'])
  })

  it('a long run of continuation rows stops at the cell limit, saying so', () => {
    const rows = [
      ['No.', 'Action', 'Detail'],
      ['1', 'start', 'd'],
      ...Array.from({ length: 8000 }, () => ['', 'more', 'more']),
    ]
    const { plan, issues } = tableToPlan(rows)
    expect(plan.actions).toHaveLength(1)
    expect(plan.actions[0]!.title.length).toBeLessThanOrEqual(32_767)
    expect(issues.filter((i) => i.code === 'merged-too-long')).toHaveLength(1)
  })
})

describe('merged regions from a reader that knows them', () => {
  it('reads the label of a merged cell on every row it spans, and says so', () => {
    const rows = [
      ['Objective', 'Action', 'Deadline', 'Lead'],
      ['5.3 Grow the network', 'Expand the Teams space', 'April 2024', 'ASM'],
      ['', 'Support other schools', 'December 2025', 'AO'],
      ['', 'Review submissions', 'September 2028', 'ASM'],
    ]
    const { plan, explanation } = tableToPlan(rows, {
      mergedRegions: [{ firstRow: 2, lastRow: 4, firstColumn: 1, lastColumn: 1 }],
    })
    expect(plan.actions.map((a) => [a.ref, a.title, a.section])).toEqual([
      ['5.3', 'Expand the Teams space', 'Grow the network'],
      ['5.3', 'Support other schools', 'Grow the network'],
      ['5.3', 'Review submissions', 'Grow the network'],
    ])
    expect(formatImportExplanation(explanation)).toContain(
      'Merged cell, column 1, rows 2–4: "5.3 Grow the network" read on every row it spans',
    )
    expect(rows[2]![0]).toBe('')
  })
})

describe('a priority rating column ("Priority H/M/L", "Priority rating")', () => {
  it('is never the action column, even when no other header names the actions', () => {
    for (const rating of ['Priority H/M/L', 'Priority (High/Medium/Low)', 'Priority rating']) {
      const { plan } = tableToPlan([
        ['Technical services plan'],
        ['Matter to address', 'Completion date', rating, 'Lead'],
        ['Publish the technical roles and grades on the staff pages', 'March 2026', 'H', 'TSM'],
        ['Fund two days of training a year for each technician', 'July 2026', 'M', 'HR'],
      ])
      expect(plan.actions.map((a) => a.title)).toEqual([
        'Publish the technical roles and grades on the staff pages',
        'Fund two days of training a year for each technician',
      ])
    }
  })
})

describe('assignColumns: cells that name nobody', () => {
  it.each([[['$0', '£0', '—']], [['Yes', 'No', 'Yes']], [['a', 'b', 'a']]])(
    'profiles %j as no names',
    (cells) => {
      expect(profileColumn(cells, technicianCommitment).owners).toBe(0)
    },
  )

  it('reads neither sums of money nor yes/no answers as owners, so the lead named in the action stands', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Action', 'Savings', 'Agreed'],
      ['1', 'Finance will close the dormant accounts', '$0', 'Yes'],
      ['2', 'Estates will retender the cleaning contract', '£0', 'No'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Finance'], ['Estates']])
  })
})

describe('assignColumns: a first row that calls a column of short names the owners', () => {
  it.each([['Leader'], ['Owner'], ['Lead partner']])(
    'reads the column it heads "%s" as the owners, not a column of kinds left of it',
    (label) => {
      const { plan } = tableToPlan([
        ['Due', 'Output', 'Kind', 'Visibility', label],
        ['[M4]', 'O3.1 Survey of the pilot schools', 'Report', 'Open', 'NORDLAB'],
        ['[M7]', 'O3.2 Teaching kit for the pilot', 'Kit', 'Restricted', 'EDUWORKS'],
        ['[M7]', 'O3.3 Training of the pilot teachers', 'Event', 'Open', 'NORDLAB'],
        ['[M12]', 'O3.4 Review of the pilot year', 'Report', 'Open', 'CIVITAS'],
      ])
      expect(plan.actions.map((a) => [a.ref, a.owners])).toEqual([
        ['O3.1', ['NORDLAB']],
        ['O3.2', ['EDUWORKS']],
        ['O3.3', ['NORDLAB']],
        ['O3.4', ['CIVITAS']],
      ])
    },
  )
})

describe('a one-column page of short instructions', () => {
  it('holds the actions in its one column, not owners', () => {
    const { plan } = tableToPlan([
      ['Library refurbishment'],
      ['Stock and Shelving'],
      ['Review the reference stock'],
      ['Order new shelving units'],
      ['Replace the children’s signs'],
      ['Opening'],
      ['Invite the mayor'],
      ['Print the opening posters'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Review the reference stock',
      'Order new shelving units',
      'Replace the children’s signs',
      'Invite the mayor',
      'Print the opening posters',
    ])
  })
})
