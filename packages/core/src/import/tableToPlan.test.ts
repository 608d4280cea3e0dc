import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ImportError } from '../errors'
import { Plan } from '../model/plan'
import type { Taxonomy } from '../model/taxonomySchema'
import { resolvePillars } from '../taxonomy/resolvePillars'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { tableToPlan } from './tableToPlan'

const codes = (issues: { code: string }[]) => issues.map((issue) => issue.code)

describe('one row per action, with a second "Completed Actions" table (the 000 layout)', () => {
  const rows = [
    [' Technician Commitment Aims:', '', '', '', '', '', ''],
    ['V: Visibility: ', 'Ensure that technicians are identifiable', '', '', '', '', ''],
    ['', '', '', '', '', '', ''],
    ['no.', 'Action', 'Aim:', 'Responsible', 'Timescale', 'Success Measure', 'Current Status'],
    [
      '1',
      'To support professional registration for all  technicians ',
      'R',
      'Forum',
      'Sept. 20',
      'More',
      'In progress',
    ],
    [
      '2',
      'Establish a webpage',
      'V, C',
      'SM',
      'Dec. 18',
      'A live page\n\nwith data',
      'In progress\n[under review]',
    ],
    ['', '', '', '', '', '', ''],
    [' Completed Actions:', '', '', '', '', '', ''],
    ['Action Number', 'Action', 'Aim', 'Responsible', 'Timescale', 'Success Measure', 'Current Status'],
    ['1', 'Establish a Forum', 'V, C, R, S', 'SRM / VH', 'Oct. 17', '', 'Complete'],
    ['', '', '', '', '', '', ''],
    ['', '', '', '', '', '', ''],
  ]
  const { plan, issues } = tableToPlan(rows)

  it('reads the actions of both tables and nothing from the title, legend or empty rows', () => {
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'To support professional registration for all technicians'],
      ['2', 'Establish a webpage'],
      ['1', 'Establish a Forum'],
    ])
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([])
  })

  it('puts the second table in a section named after its title row, without the colon', () => {
    expect(plan.actions.map((a) => a.section)).toEqual([null, null, 'Completed Actions'])
  })

  it('gives unique ids even though the numbering restarts', () => {
    expect(plan.actions.map((a) => a.id)).toEqual(['1', '2', 'completed-actions-1'])
  })

  it('keeps the texts of parsed fields and splits success measures on lines', () => {
    const second = plan.actions[1]!
    expect(second.pillarsText).toBe('V, C')
    expect(second.ownersText).toBe('SM')
    expect(second.target.text).toBe('Dec. 18')
    expect(second.status.text).toBe('In progress\n[under review]')
    expect(second.successMeasures).toEqual(['A live page', 'with data'])
    expect(plan.actions[2]!.successMeasures).toEqual([])
  })

  it('does not take a title ending in a colon as the plan title', () => {
    expect(plan.title).toBeNull()
    // No title and no file name: the id is a hash of the actions, never one constant for every such plan.
    expect(plan.id).toMatch(/^plan-[0-9a-f]{8}$/)
  })
})

describe('section-heading rows and pillars in rationale prose (the 001 layout)', () => {
  const rows = [
    ['Action plan – Technician Commitment', '', '', ''],
    ['Planned action/objective', 'Rationale', 'Timeframe', 'Specific actions'],
    ['To establish a plan', '', '', ''],
    ['Deliver an Action Plan', 'To provide a plan', 'By end of March 2018', 'Draft it'],
    ['First heading', '', '', ''],
    ['Second heading', '', '', ''],
    ['Develop an intranet page', 'A contribution to the visibility requirement', 'By end of May 2018', ''],
    ['', '', '', ''],
    [
      'Achieve Employer Champion status',
      'A contribution to the career development requirement',
      'By July 2018',
      'Pilot',
    ],
  ]
  const { plan, issues } = tableToPlan(rows)

  it('reads title-only rows as headings; the nearest one is the section and blank rows do not end it', () => {
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['Deliver an Action Plan', 'To establish a plan'],
      ['Develop an intranet page', 'Second heading'],
      ['Achieve Employer Champion status', 'Second heading'],
    ])
  })

  it('uses the rationale as the description and keeps "Specific actions" in extra', () => {
    expect(plan.actions[0]!.description).toBe('To provide a plan')
    expect(plan.actions[0]!.extra).toEqual([{ column: 'Specific actions', value: 'Draft it' }])
    expect(plan.actions[1]!.extra).toEqual([])
    expect(codes(issues)).toContain('duplicate-field-column')
  })

  it('reads pillars from the rationale prose when there is no pillar column', () => {
    for (const action of plan.actions) {
      expect(action.pillars).toEqual(resolvePillars(action.description ?? '', technicianCommitment).codes)
    }
  })

  it('takes the title row above the header as the plan title', () => {
    expect(plan.title).toBe('Action plan – Technician Commitment')
    expect(plan.id).toBe('action-plan-technician-commitment')
  })
})

describe('flag columns, page-break continuations and HTML (the 002 layout)', () => {
  const rows = [
    [
      '',
      'Action',
      'Detail',
      'Target Date',
      'Visibility',
      'Recognition',
      'Career Development',
      'Sustainability',
    ],
    [
      '4',
      'We have reviewed role profiles.',
      'Surveys gather the feedback of technical',
      'December 2019',
      '',
      'Y',
      'Y',
      'Y',
    ],
    ['', '', '', '', '', '', '', ''],
    ['', '', 'and non-technical staff.', '', '', '', '', ''],
    ['8', 'Technical staff will be involved.', 'We will review.', 'On-going', 'Y', 'Y', '', 'Y'],
    [
      '10',
      'We will support staff who enter awards and',
      'Nominated for a VC Award for',
      'Next round April 2020',
      'Y',
      '',
      '',
      '',
    ],
    ['', '', '', '', '', '', '', ''],
    ['', 'ask colleagues to nominate them.', 'the student experience.', '', '', '', '', ''],
    [
      '16',
      'Training in pastoral care.',
      '<p>Two ways.</p> <p>Ask the E&amp;D service.</p>',
      '<p>August 2020</p> <p>On-going</p>',
      '',
      '',
      'Y',
      '',
    ],
  ]
  const { plan, issues } = tableToPlan(rows)

  it('reads the empty first header as the number column', () => {
    expect(plan.actions.map((a) => a.ref)).toEqual(['4', '8', '10', '16'])
  })

  it('merges continuation rows into the action above, in every column they continue', () => {
    expect(plan.actions[0]!.description).toBe(
      'Surveys gather the feedback of technical and non-technical staff.',
    )
    expect(plan.actions[2]!.title).toBe(
      'We will support staff who enter awards and ask colleagues to nominate them.',
    )
    expect(plan.actions[2]!.description).toBe('Nominated for a VC Award for the student experience.')
    expect(issues.filter((i) => i.code === 'merged-continuation').map((i) => i.row)).toEqual([4, 8])
  })

  it('does not report skipped numbers or the blank rows as problems, only as information', () => {
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([])
    expect(
      issues.filter((i) => i.code === 'numbering-gap').map((i) => [i.row, i.message.slice(0, 40)]),
    ).toEqual([
      [5, 'Action 8 follows action 4: numbers 5–7 a'],
      [6, 'Action 10 follows action 8: number 9 is '],
      [9, 'Action 16 follows action 10: numbers 11–'],
    ])
  })

  it('reads pillars from the Y flags', () => {
    expect(plan.actions[0]!.pillars).toEqual(
      resolvePillars(
        [
          { header: 'Visibility', value: '' },
          { header: 'Recognition', value: 'Y' },
          { header: 'Career Development', value: 'Y' },
          { header: 'Sustainability', value: 'Y' },
        ],
        technicianCommitment,
      ).codes,
    )
  })

  it('decodes HTML in text cells but keeps the target cell as written', () => {
    expect(plan.actions[3]!.description).toBe('Two ways.\nAsk the E&D service.')
    expect(plan.actions[3]!.target.text).toBe('<p>August 2020</p> <p>On-going</p>')
  })
})

describe('side-by-side pillar blocks with year columns (the 003 layout)', () => {
  const title = ['The Technician Commitment: Action Plan November 2018-20', '', '', '', '', '']
  const rows = [
    title,
    ['Visibility', 'Year 1', 'Year 2', 'Recognition', 'Year 1', 'Year 2'],
    ['Promote awareness\nHold a launch event', 'Q2\nQ2', '', 'Develop resources. Scope support.', 'Q2', ''],
    ['Hold a conference', '', 'Q1', 'Celebrate registration', '', 'Q4'],
    ['Establish a budget', 'Q2', '', '', '', ''],
    ['', '', '', '', '', ''],
    title,
    ['Career Development', 'Year 1', 'Year 2', 'Sustainability', 'Year 1', 'Year 2'],
    ['Signpost provision', 'Q2', 'Q.E', 'Skills audit', '', 'Q4'],
    ['', '', '', '', '', ''],
    title,
    ['Evaluating Impact', 'Year 1', 'Year 2', '', '', ''],
    ['Monitor retention', 'Q4', '', '', '', ''],
    ['', '', '', '', '', ''],
    [
      'Note: (i) Target dates are for completion (ii) Year 1 = 2019, Year 2 = 2020 (iii) Q1 = January-March',
      '',
      '',
      '',
      '',
      '',
    ],
  ]

  it('reads each block as a list of actions of its pillar, block by block and page by page', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.pillars])).toEqual([
      ['Promote awareness', ['V']],
      ['Hold a launch event', ['V']],
      ['Hold a conference', ['V']],
      ['Establish a budget', ['V']],
      ['Develop resources. Scope support.', ['R']],
      ['Celebrate registration', ['R']],
      ['Signpost provision', ['C']],
      ['Skills audit', ['S']],
      ['Monitor retention', ['E']],
    ])
    expect(plan.actions.every((a) => a.section === null)).toBe(true)
  })

  it('takes the quarter from the year column it sat under', () => {
    const { plan } = tableToPlan(rows)
    const target = (title: string) => plan.actions.find((a) => a.title === title)!.target
    expect([target('Hold a launch event').text, target('Hold a launch event').column]).toEqual([
      'Q2',
      'Year 1',
    ])
    expect([target('Hold a conference').text, target('Hold a conference').column]).toEqual(['Q1', 'Year 2'])
    const both = target('Signpost provision')
    expect([both.text, both.column, both.kind]).toEqual(['Q2 / Q.E', 'Year 1 / Year 2', 'multiple'])
    expect(both.parts.map((p) => [p.text, p.column])).toEqual([
      ['Q2', 'Year 1'],
      ['Q.E', 'Year 2'],
    ])
  })

  it('reads the legend into the date context and does not import it as an action', () => {
    const { plan, issues } = tableToPlan(rows)
    expect(plan.dateContext).toEqual({
      yearLabels: { 'Year 1': 2019, 'Year 2': 2020 },
      quarterBasis: 'calendar',
    })
    expect(codes(issues)).toContain('date-legend-read')
    expect(plan.actions.some((a) => a.title.startsWith('Note'))).toBe(false)
  })

  it('lets a forced date context win over the legend', () => {
    const forced = { yearLabels: { 'Year 1': 2030, 'Year 2': 2031 } }
    const { plan, issues } = tableToPlan(rows, { dateContext: forced })
    expect(plan.dateContext).toEqual(forced)
    expect(codes(issues)).toContain('date-legend-ignored')
  })

  it('takes the repeated page title as the plan title, not as a section', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.title).toBe('The Technician Commitment: Action Plan November 2018-20')
  })

  it('reports a quarter with no action beside it', () => {
    const { issues } = tableToPlan([rows[1]!, ['', 'Q3', '', '', '', '']])
    expect(issues.find((i) => i.code === 'orphan-target')).toMatchObject({ row: 2, column: 2 })
  })
})

describe('commitment areas on lines and several description columns (the 004 layout)', () => {
  const rows = [
    [
      'No.',
      'Action Statement',
      'Description',
      'Supporting Actions Required',
      'Success Measure',
      'Stakeholders',
      'Commitment areas',
    ],
    [
      '1',
      'Design webpages',
      'Design a digital space.',
      'Set up a working group.',
      'Analytics data.',
      'TCSG / Comms',
      'Visibility\nCareer Development',
    ],
  ]
  const { plan } = tableToPlan(rows)
  const action = plan.actions[0]!

  it('maps every column and keeps the lower-ranked description column in extra', () => {
    expect(action).toMatchObject({
      ref: '1',
      title: 'Design webpages',
      description: 'Design a digital space.',
      ownersText: 'TCSG / Comms',
      pillarsText: 'Visibility\nCareer Development',
      successMeasures: ['Analytics data.'],
      extra: [{ column: 'Supporting Actions Required', value: 'Set up a working group.' }],
    })
  })

  it('gives an action with no target or status column empty texts', () => {
    expect(action.target.text).toBe('')
    expect(action.status.text).toBe('')
  })
})

describe('a numbered table with heading rows', () => {
  it('reads a heading in the number column as a section, and a continuation in the action column as text', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Action', 'Lead', 'Deadline'],
      ['Visibility', '', '', ''],
      ['V1', 'Publish a technician webpage', 'Comms', 'June 2020'],
      ['', 'with profiles', '', ''],
      ['Recognition', '', '', ''],
      ['R1', 'Run an awards scheme', 'HR', 'May 2021'],
    ])
    expect(plan.actions.map((a) => [a.id, a.title, a.section])).toEqual([
      ['v1', 'Publish a technician webpage with profiles', 'Visibility'],
      ['r1', 'Run an awards scheme', 'Recognition'],
    ])
  })
})

describe('an ordinary table with year columns', () => {
  it('reads the target from the year column, like a grid with one block', () => {
    const { plan } = tableToPlan([
      ['Action', 'Owner', 'Year 1', 'Year 2'],
      ['Run a survey', 'HR', '', 'Q3'],
    ])
    expect([plan.actions[0]!.target.text, plan.actions[0]!.target.column]).toEqual(['Q3', 'Year 2'])
  })
})

describe('an id column', () => {
  it('gives the actions their ids, and a new one to a repeated id, with a warning', () => {
    const { plan, issues } = tableToPlan([
      ['ID', 'Action', 'Owner'],
      ['TC-1', 'First', 'HR'],
      ['TC-1', 'Second', 'HR'],
    ])
    expect(plan.actions.map((a) => a.id)).toEqual(['TC-1', 'action-2'])
    expect(issues.find((i) => i.code === 'duplicate-id')).toMatchObject({
      row: 3,
      column: 1,
      severity: 'warning',
    })
  })
})

describe('forcing the mapping', () => {
  const rows = [
    ['Item', 'What we will do', 'Who', 'Colour'],
    ['A1', 'Launch the network', 'HR', 'green'],
  ]

  it('reads headers by their words when no synonym matches, and says how', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions[0]).toMatchObject({ ref: 'A1', title: 'Launch the network', owners: ['HR'] })
    expect(explanation.headerRow).toBe(1)
    expect(explanation.columns.map((c) => c.field)).toEqual(['ref', 'title', 'owners', 'extra'])
  })

  it('maps columns by header text', () => {
    const { plan } = tableToPlan(rows, { columns: { title: 'What we will do', ref: 'Item' } })
    expect(plan.actions[0]).toMatchObject({ ref: 'A1', title: 'Launch the network', ownersText: 'HR' })
    expect(plan.actions[0]!.extra).toEqual([{ column: 'Colour', value: 'green' }])
  })

  it('maps columns by 1-based number and with an explicit header row', () => {
    const { plan } = tableToPlan(rows, { columns: { title: 2, owners: 3 }, headerRow: 1 })
    expect(plan.actions[0]).toMatchObject({ ref: null, title: 'Launch the network', ownersText: 'HR' })
    expect(plan.actions[0]!.extra).toEqual([
      { column: 'Item', value: 'A1' },
      { column: 'Colour', value: 'green' },
    ])
  })

  it('stops a column being mapped with null', () => {
    const { plan } = tableToPlan(
      [
        ['Action', 'Status', 'Timescale'],
        ['Do it', 'Amber', 'June 2020'],
      ],
      { columns: { status: null } },
    )
    expect(plan.actions[0]!.status.text).toBe('')
    expect(plan.actions[0]!.extra).toEqual([{ column: 'Status', value: 'Amber' }])
  })

  it('reads pillar flags against the taxonomy passed in', () => {
    const taxonomy: Taxonomy = {
      id: 'custom',
      name: 'Custom',
      pillars: [{ code: 'Q', name: 'Quality', description: '', aliases: [], optional: false }],
    }
    const { plan } = tableToPlan(
      [
        ['Action', 'Quality', 'Visibility'],
        ['Do it', 'Y', 'Y'],
      ],
      { taxonomy },
    )
    expect(plan.taxonomy).toBe('custom')
    expect(plan.actions[0]!.extra).toEqual([{ column: 'Visibility', value: 'Y' }])
  })
})

describe('fill-down of merged cells', () => {
  const rows = [
    ['Action', 'Responsible', 'Timescale', 'Notes'],
    ['First', 'Forum', 'June 2020', ''],
    ['Second', '', '', 'a note'],
  ]
  it('is off by default', () => {
    expect(tableToPlan(rows).plan.actions[1]!.ownersText).toBe('')
  })
  it('copies the previous value into empty cells of the fields asked for', () => {
    const second = tableToPlan(rows, { fillDown: ['owners'] }).plan.actions[1]!
    expect(second.ownersText).toBe('Forum')
    expect(second.target.text).toBe('')
  })
  it('reads a row with only a title as an action, not a heading, when on', () => {
    const titleOnly = [rows[0]!, rows[1]!, ['Third', '', '', '']]
    expect(tableToPlan(titleOnly).plan.actions.map((a) => a.title)).toEqual(['First'])
    const filled = tableToPlan(titleOnly, { fillDown: true }).plan.actions
    expect(filled.map((a) => [a.title, a.ownersText, a.target.text])).toEqual([
      ['First', 'Forum', 'June 2020'],
      ['Third', 'Forum', 'June 2020'],
    ])
  })
})

describe('problems become issues with row, column and a fix', () => {
  it('an empty table', () => {
    const { plan, issues } = tableToPlan([[], ['', '  ']])
    expect(plan.actions).toEqual([])
    expect(issues).toMatchObject([{ code: 'empty-table', severity: 'error', row: null }])
  })

  it('duplicate headers and an empty header over text', () => {
    const { plan, issues } = tableToPlan([
      ['Action', 'Comments', 'Comments', ''],
      ['Do it', 'one', 'two', 'stray'],
    ])
    expect(issues.find((i) => i.code === 'duplicate-header')).toMatchObject({
      row: 1,
      column: 3,
      severity: 'warning',
    })
    expect(issues.find((i) => i.code === 'empty-header')).toMatchObject({ row: 2, column: 4 })
    expect(plan.actions[0]!.notes).toBe('one')
    expect(plan.actions[0]!.extra).toEqual([
      { column: 'Comments', value: 'two' },
      { column: 'Column 4', value: 'stray' },
    ])
  })

  it('a row with text but no title, before any action', () => {
    const { plan, issues } = tableToPlan([
      ['no.', 'Action', 'Timescale', 'Responsible'],
      ['1', '', 'June 2020', 'HR'],
    ])
    expect(issues.find((i) => i.code === 'missing-title')).toMatchObject({
      row: 2,
      column: 2,
      severity: 'error',
    })
    expect(plan.actions[0]!.title).toBe('')
  })

  it('a row with only a number', () => {
    const { plan, issues } = tableToPlan([
      ['no.', 'Action', 'Timescale'],
      ['1', 'Do it', 'June 2020'],
      ['2', '', ''],
    ])
    expect(plan.actions).toHaveLength(1)
    expect(issues.find((i) => i.code === 'empty-action-row')).toMatchObject({ row: 3, column: 1 })
  })

  it('an unreadable target date, as a warning', () => {
    const { issues } = tableToPlan([
      ['Action', 'Timescale'],
      ['Do it', 'when the moon is blue'],
    ])
    expect(issues.find((i) => i.code === 'unreadable-date')).toMatchObject({
      severity: 'warning',
      row: 2,
      column: 2,
      columnName: 'Timescale',
    })
  })

  it('a header with nothing under it', () => {
    const { issues } = tableToPlan([
      ['no.', 'Action', 'Timescale'],
      ['', '', ''],
    ])
    expect(issues).toMatchObject([{ code: 'no-actions', severity: 'warning', row: 1 }])
  })

  it('a canonical Updates cell that is not the JSON techcommit writes', () => {
    const header = [
      'Id',
      'Ref',
      'Title',
      'Description',
      'Section',
      'Pillars',
      'Owners',
      'Target',
      'Target column',
    ]
    const { plan, issues } = tableToPlan([
      [...header, 'Success measures', 'Status', 'Notes', 'Updates'],
      ['a', '', 'Do it', '', '', '', '', '', '', '', '', '', '[{"at":"yesterday"}]'],
    ])
    expect(plan.actions[0]!.updates).toEqual([])
    expect(issues.find((i) => i.code === 'invalid-updates')).toMatchObject({
      row: 2,
      column: 13,
      severity: 'error',
    })
  })

  it('strict mode throws an ImportError carrying the issues', () => {
    const run = () => tableToPlan([['', ' '], ['']], { strict: true })
    expect(run).toThrow(ImportError)
    try {
      run()
    } catch (error) {
      expect(codes([...(error as ImportError).issues])).toContain('empty-table')
    }
  })

  it('strict mode does not throw for warnings', () => {
    expect(() => tableToPlan([['Action'], ['Do it']], { strict: true })).not.toThrow()
  })
})

describe('hostile input', () => {
  it('keeps __proto__ and constructor headers as extra fields and pollutes nothing', () => {
    const { plan } = tableToPlan([
      ['Action', '__proto__', 'constructor', 'prototype'],
      ['Do it', '{"polluted":true}', 'x', 'y'],
    ])
    expect(plan.actions[0]!.extra).toEqual([
      { column: '__proto__', value: '{"polluted":true}' },
      { column: 'constructor', value: 'x' },
      { column: 'prototype', value: 'y' },
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('refuses a "__proto__" year label in the canonical plan details, saying so', () => {
    const header = [
      'Id',
      'Ref',
      'Title',
      'Description',
      'Section',
      'Pillars',
      'Owners',
      'Target',
      'Target column',
    ]
    const rows = [
      [...header, 'Success measures', 'Status', 'Notes', 'Updates'],
      ['a', '', 'Do it'],
      [],
      ['Year label', '__proto__', '2019'],
      ['Year label', 'Year 1', '2020'],
    ]
    const { plan, issues } = tableToPlan(rows)
    expect(plan.dateContext.yearLabels).toEqual({ 'Year 1': 2020 })
    expect(issues.find((i) => i.code === 'invalid-plan-detail')).toMatchObject({ row: 4, column: 2 })
    expect(Object.prototype).not.toHaveProperty('Year 1')
  })

  it('caps rows, columns and cell length, saying so', () => {
    const wide = Array.from({ length: 10 }, (_, i) => (i === 0 ? 'Action' : `C${i}`))
    const { plan, issues } = tableToPlan(
      [wide, ['x'.repeat(50), ...Array(9).fill('v')], ['second', ...Array(9).fill('v')], ['third']],
      { limits: { maxRows: 3, maxColumns: 4, maxCellLength: 20 } },
    )
    expect(codes(issues)).toEqual(
      expect.arrayContaining(['too-many-rows', 'too-many-columns', 'cell-too-long']),
    )
    expect(plan.actions.map((a) => a.title)).toEqual(['x'.repeat(20), 'second'])
    expect(plan.actions[0]!.extra.map((e) => e.column)).toEqual(['C1', 'C2', 'C3'])
  })

  it('never throws and always returns a valid plan, whatever the rows', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        '',
        'Action',
        'no.',
        'Year 1',
        'Visibility',
        'Q2\nQ2',
        '<p>x</p>',
        '&amp;',
        'Note: Year 1 = 2019',
      ),
    )
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 20 }), (rows) => {
        const { plan, issues } = tableToPlan(rows)
        expect(Plan.safeParse(plan).success).toBe(true)
        for (const issue of issues) {
          expect(issue.message.length).toBeGreaterThan(0)
          if (issue.row !== null) expect(issue.row).toBeGreaterThan(0)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('does not choke on a long cell built to make a regex backtrack', () => {
    const evil = `${'<a '.repeat(5_000)}${'&#'.repeat(5_000)}${' '.repeat(10_000)}x`
    const { plan } = tableToPlan([
      ['Action', 'Detail', 'Timescale'],
      [evil, evil, evil.slice(0, 400)],
    ])
    expect(plan.actions).toHaveLength(1)
  })
})
