import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'
import { unfoldNumberedRow } from './unfoldNumberedRow'

// Layouts met in dev-round11 and dev-round12 of examples/data/unseen, each in a small table of our own.

describe('a Strategy column of labelled bullet lists beside a Staff column', () => {
  const rows = [
    ['Technician accessibility plan 2025'],
    ['Requirement', 'Target Date', 'Strategy', 'Staff', 'Comments/Status'],
    [
      'Section 4\n\nTraining\n\nEvery technician must be trained in the accessibility rules and the training logged',
      'March 31, 2025',
      'Training:\n•  Choose an online course\n•  Book every technician onto it\n•  Keep a record of who has finished',
      'Priya',
      'Status: Completed\n•  All technicians trained',
    ],
    [
      'Section 6\n\nWebsite\n\nThe technical services pages must meet WCAG 2.1 Level AA',
      'June 30, 2026',
      'Website Audit:\n•  Ask the web team for an audit of our pages\n•  Fix what the audit finds',
      'Tom',
      'Status: Pending',
    ],
  ]

  it('reads "Strategy" as the action column and "Staff" alone as the owners', () => {
    const { explanation } = tableToPlan(rows)
    expect(explanation.headerRow).toBe(2)
    const fieldOf = (header: string) => explanation.columns.find((c) => c.header === header)?.field
    expect(fieldOf('Strategy')).toBe('title')
    expect(fieldOf('Staff')).toBe('owners')
  })

  it('reads each bullet under a short label line as an action, the label as its section', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.section, a.owners, a.target.due, a.status.state])).toEqual([
      ['Choose an online course', 'Training', ['Priya'], '2025-03-31', 'complete'],
      ['Book every technician onto it', 'Training', ['Priya'], '2025-03-31', 'complete'],
      ['Keep a record of who has finished', 'Training', ['Priya'], '2025-03-31', 'complete'],
      ['Ask the web team for an audit of our pages', 'Website Audit', ['Tom'], '2026-06-30', 'not-started'],
      ['Fix what the audit finds', 'Website Audit', ['Tom'], '2026-06-30', 'not-started'],
    ])
  })

  it('keeps "staff" inside a longer header as no owner word', () => {
    const { explanation } = tableToPlan([
      ['Action', 'Staff survey question', 'Lead'],
      ['Run the staff survey again', 'Q12 career support', 'HR'],
    ])
    expect(explanation.columns.find((c) => c.header === 'Lead')?.field).toBe('owners')
  })
})

describe('two columns, no header: an objective beside its actions, one a line', () => {
  it('reads each line of the right cell as an action, the left cell as its section', () => {
    const { plan } = tableToPlan([
      ['Green labs plan'],
      [
        'Cut the energy our labs use',
        'Switch off fume cupboards when they are not in use.\nReplace old freezers with efficient models\nFit timers to water baths',
      ],
      ['Waste less plastic', 'Collect used pipette tip boxes for recycling.'],
      ['Share what works', 'Hold a green labs day every spring\nPublish a guide for new technicians'],
    ])
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['Switch off fume cupboards when they are not in use.', 'Cut the energy our labs use'],
      ['Replace old freezers with efficient models', 'Cut the energy our labs use'],
      ['Fit timers to water baths', 'Cut the energy our labs use'],
      ['Collect used pipette tip boxes for recycling.', 'Waste less plastic'],
      ['Hold a green labs day every spring', 'Share what works'],
      ['Publish a guide for new technicians', 'Share what works'],
    ])
  })

  it('keeps a cell of two lines as one action when most cells of its column are one line', () => {
    const { plan, explanation } = tableToPlan([
      ['Visibility', 'Launch a technician webpage listing every technician\nThe page is kept by the forum'],
      ['Recognition', 'Nominate technicians for the national awards each year'],
      ['Career development', 'Fund one technician apprenticeship in every faculty'],
    ])
    expect(plan.actions).toHaveLength(3)
    expect(explanation.columns.some((c) => c.evidence.includes('each line an action'))).toBe(false)
  })
})

describe('header words the cells refine', () => {
  it('reads "Accountability" as owners, the leftmost of two people columns', () => {
    const { plan } = tableToPlan([
      ['Action', 'Timescale', 'Accountability', 'Responsibility'],
      ['Run the technician survey', 'June 2026', 'Director of Operations', 'Technical Manager'],
    ])
    expect(plan.actions[0]!.owners).toEqual(['Director of Operations'])
  })

  it('reads a "Section/Aim" column whose cells are all refs as the ref column', () => {
    const { plan, explanation } = tableToPlan([
      ['Section/Aim', 'Action', 'Timescale'],
      ['TC1', 'Publish the technician career map', 'May 2026'],
      ['TC2', 'Name a technician champion in each school', 'July 2026'],
      ['TC3', 'Fund two places on the leadership course', 'March 2027'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.section])).toEqual([
      ['TC1', null],
      ['TC2', null],
      ['TC3', null],
    ])
    expect(explanation.columns[0]!.field).toBe('ref')
  })
})

describe('owners and titles written as a person would write them', () => {
  it('keeps a person with their job title as one owner, and splits a bare title from another role', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead', 'Timescale'],
      ['Publish the technician career map', 'Dr R Patel, Head of Technical Services', 'May 2026'],
      ['Audit technician pay grades', 'Director, Division Managers', 'July 2026'],
      ['Review the technical roles', 'Director, Estates and Facilities', 'July 2026'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Dr R Patel, Head of Technical Services'],
      ['Director', 'Division Managers'],
      ['Director, Estates and Facilities'],
    ])
  })

  it('reads the unit that opens an action sentence with "will" as its owner, when no column names one', () => {
    const { plan } = tableToPlan([
      ['Plan for technicians'],
      ['Schools will name a technician representative on every committee.'],
      ['Estates, working with the Technical Forum, will survey every workshop.'],
      ['We will hold a technician forum each term.'],
      ['Technicians will be invited to the summer conference.'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Schools'], ['Estates'], [], []])
  })

  it('drops a bullet typed tight against the first word of an action', () => {
    const { plan } = tableToPlan([
      ['Issue', 'Actions', 'Timescale', 'Lead'],
      ['Pay equity', '-Review technician pay bands for gaps', 'October 2026', 'HR'],
      ['', '-5% gap target agreed with the unions', 'December 2026', 'HR'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Review technician pay bands for gaps',
      '-5% gap target agreed with the unions',
    ])
  })
})

describe('a labelled detail line below an item of a one-column list', () => {
  it('gives the item above its status and its date', () => {
    const { plan } = tableToPlan([
      ['Technical services commitments'],
      ['Section 2: Visibility'],
      ['The faculty has published a directory of every technician and their skills.'],
      ['Required by the faculty board: March 2025'],
      ['Status: Completed'],
      ['The faculty will hold a technician showcase in every school.'],
      ['Deadline: June 2026'],
    ])
    expect(plan.actions.map((a) => [a.title.slice(0, 30), a.target.due, a.status.state])).toEqual([
      ['The faculty has published a di', '2025-03-31', 'complete'],
      ['The faculty will hold a techni', '2026-06-30', 'unknown'],
    ])
  })
})

describe('a lead-in naming achievements above a list', () => {
  it('reads the items under "Key achievements include:" as complete', () => {
    const { plan } = tableToPlan([
      ['Technician Commitment: year one'],
      ['We worked with every faculty over the year. Key achievements include:'],
      ['• A technician directory published on the intranet'],
      ['• Two technicians promoted through the new career pathway'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['complete', 'complete'])
    expect(plan.actions[0]!.status.text).toBe('Key achievements include')
  })

  it('reads nothing from a lead-in about achievements to come', () => {
    const { plan } = tableToPlan([
      ['Technician Commitment: year two'],
      ['We will build on year one. Achievements we hope for include:'],
      ['• A technician award in every faculty'],
      ['• A technician on every school board'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['unknown', 'unknown'])
  })
})

describe('steps laid out across the page', () => {
  it('reads a row of numbers over a row of steps as one numbered action a step', () => {
    const { plan } = tableToPlan([
      ['Technician careers objective', '', ''],
      ['Key Steps', '', ''],
      ['1', '2', '3'],
      [
        'Map the career paths open to technicians.',
        'Agree a promotion route with HR',
        'Publish the map on the intranet',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Map the career paths open to technicians.'],
      ['2', 'Agree a promotion route with HR'],
      ['3', 'Publish the map on the intranet'],
    ])
  })

  it('keeps a row of numbers over short labels, or over a row with other cells, as it is', () => {
    const labels = [
      ['1', '2', '3'],
      ['Ref', 'Text', 'Who'],
    ]
    expect(unfoldNumberedRow(labels)).toEqual(labels)
    const wider = [
      ['1', '2', ''],
      ['Map the career paths open', 'Agree a promotion route', 'HR'],
    ]
    expect(unfoldNumberedRow(wider)).toEqual(wider)
  })
})

describe('an action cell of lines, each with its own date', () => {
  const rows = (planned: string) => [
    ['Ref', 'Objective', 'Action planned and timescale', 'Responsibility'],
    ['T1', 'Make technicians visible', planned, 'Technical Forum'],
  ]

  it('is one action a line, each keeping the row ref and taking its own date', () => {
    const { plan } = tableToPlan(
      rows(
        'Technician poster campaign in every building by Dec 2025.\nTechnician page on the staff intranet by March 2026.\nTechnician talk at the staff conference Sept 2026.',
      ),
    )
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 25), a.target.due, a.owners])).toEqual([
      ['T1', 'Technician poster campaig', '2025-12-31', ['Technical Forum']],
      ['T1', 'Technician page on the st', '2026-03-31', ['Technical Forum']],
      ['T1', 'Technician talk at the st', '2026-09-30', ['Technical Forum']],
    ])
  })

  it('still pairs dated lines with an owner cell of as many lines, line by line', () => {
    const { plan } = tableToPlan([
      ['Objective', 'Action planned and timescale', 'Responsibility'],
      [
        'Make technicians visible',
        'Technician poster campaign in every building by Dec 2025.\nTechnician page on the staff intranet by March 2026.',
        'Technical Forum\nWeb Team',
      ],
    ])
    expect(plan.actions.map((a) => [a.owners, a.ownersText])).toEqual([
      [['Technical Forum'], 'Technical Forum'],
      [['Web Team'], 'Web Team'],
    ])
  })

  it('stays one numbered action when a line has no date', () => {
    const { plan } = tableToPlan(
      rows(
        'Technician poster campaign in every building by Dec 2025.\nAsk each school to nominate a champion',
      ),
    )
    expect(plan.actions).toHaveLength(1)
  })
})

describe('an objective sentence opening with its date', () => {
  it('gives its date to every step below that has none', () => {
    const { plan } = tableToPlan([
      ['Technician careers'],
      ['By June 2026, the Technical Forum will publish a career map for every technical role.'],
      ['1. Collect the job descriptions of every technical role'],
      ['2. Agree the career stages with HR'],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2026-06-30', '2026-06-30'])
  })

  it('reads no date from "By working together, we will …"', () => {
    const { plan } = tableToPlan([
      ['Technician careers'],
      ['By working together, the Technical Forum will publish a career map.'],
      ['1. Collect the job descriptions of every technical role'],
      ['2. Agree the career stages with HR'],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual([null, null])
  })
})
