import { describe, expect, it } from 'vitest'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { explainImport } from './explainImport'
import { formatImportExplanation } from './formatImportExplanation'
import { peelRef } from './peelRef'
import { tableToPlan } from './tableToPlan'

// Layouts met in plans the importer was not built on (examples/data/unseen), each in a small table of our own.

describe('a table with no header: numbered action cell beside prose', () => {
  const rows = [
    [
      '1. Name a senior sponsor for technicians',
      'The Pro-Vice-Chancellor for Research chairs the steering group.',
    ],
    [
      '2. Publish technician numbers every year',
      'We collect the numbers and publish a short report each spring.',
    ],
    [
      '3. Take action that supports technician career progression',
      'Mentoring by the Technical Forum; secondments with the Careers team.',
    ],
  ]

  it('reads no header row, even where a sentence holds field words ("action", "careers")', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(explanation.headerRow).toBeNull()
    expect(plan.actions.map((a) => a.ref)).toEqual(['1', '2', '3'])
    expect(plan.actions[2]!.title).toBe('Take action that supports technician career progression')
  })
})

describe('a ref column whose header says something else', () => {
  it('reads "1.1." repeated on every row as the ref 1.1, below a numbered objective heading', () => {
    const { plan, explanation } = tableToPlan([
      ['Objective', 'Actions', 'Indicators'],
      ['2.1. Make technical careers visible', '', ''],
      ['2.1.', 'Add technicians to the staff directory', 'Directory entries by team'],
      ['2.1.', 'Name technicians on published papers', 'Papers naming technical staff'],
      ['2.1.', 'Hold an annual open day in the workshops', 'Open days held'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['2.1', 'Add technicians to the staff directory'],
      ['2.1', 'Name technicians on published papers'],
      ['2.1', 'Hold an annual open day in the workshops'],
    ])
    expect(plan.actions[0]!.section).toBe('2.1. Make technical careers visible')
    // "Indicators" holds no pillar names: its cells are success measures.
    expect(plan.actions[0]!.successMeasures).toEqual(['Directory entries by team'])
    expect(explanation.columns.find((c) => c.column === 1)).toMatchObject({ field: 'ref' })
    expect(explanation.rows).toContainEqual({ row: 2, kind: 'section' })
  })

  it('reads a lettered list (a, b, C, d) under a header that is only a number as refs', () => {
    const { plan } = tableToPlan([
      ['Objective 3 - Grow skills'],
      ['3', 'Action', 'Priority', 'Timeframe', 'Owner'],
      ['a', 'Fund two apprenticeships a year', 'High', 'Ongoing', 'Head of Technical Services'],
      ['b', 'Open training budgets to technicians', 'Medium', 'End 2026', 'Finance Director'],
      ['C', 'Map the skills of every technical team', 'High', 'Mid 2026', 'Technical Managers'],
      ['d', 'Review the training records', 'Low', 'End 2027', 'HR'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['a', 'b', 'C', 'd'])
    expect(plan.actions[1]!.target.due).toBe('2026-12-31')
  })

  it('reads a count before a word ("16 objectives sit under …") as text, not a ref', () => {
    expect(peelRef('16 objectives sit under four themes')).toBeNull()
    expect(peelRef('3 new apprenticeships a year')).toBeNull()
    expect(peelRef('3 Promote the Commitment')).toEqual({ ref: '3', rest: 'Promote the Commitment' })
    expect(peelRef('3. promote the Commitment')).toEqual({ ref: '3', rest: 'promote the Commitment' })
    expect(peelRef('Action 3 review the pay gap')).toEqual({ ref: '3', rest: 'review the pay gap' })
    expect(peelRef('1.2 set up a forum')).toEqual({ ref: '1.2', rest: 'set up a forum' })
  })

  it('still peels "1.1 Do x" but never cuts "1.1." into 1 and "1."', () => {
    expect(peelRef('1.1.')).toBeNull()
    expect(peelRef('1.1. Do x')).toEqual({ ref: '1.1', rest: 'Do x' })
    expect(peelRef('1.Do x')).toEqual({ ref: '1', rest: 'Do x' })
  })
})

describe('a column whose header hints at pillars but whose cells are prose', () => {
  const rows = [
    ['Technician Action Plan, June 2021', '', '', '', ''],
    ['Area/specific task', 'Action/development', 'Success criteria', 'Lead', 'Timescale'],
    [
      'Write a technician induction pack',
      'Draft the pack with new starters',
      'Pack used by every new starter',
      'TSM',
      'June 2021',
    ],
    ['Induction and awards', '', '', '', ''],
    [
      'Start an annual technician award',
      'Agree the categories and the panel',
      'Award given each year',
      'HR, TSM',
      'October 2021',
    ],
    ['', '', 'Winners named on the website', '', 'January 2022'],
  ]

  it('is the action column when its header also names the task; the Action column is its detail', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Write a technician induction pack',
      'Start an annual technician award',
    ])
    expect(plan.actions[1]!.description).toBe('Agree the categories and the panel')
    expect(plan.actions[1]!.section).toBe('Induction and awards')
    expect(plan.actions[1]!.owners).toEqual(['HR', 'TSM'])
    expect(explanation.columns[0]).toMatchObject({ field: 'title' })
    expect(explanation.columns[0]!.evidence).toMatch(/0% of its cells name one/)
    expect(explanation.rows).toContainEqual({ row: 6, kind: 'continuation' })
  })
})

describe('year columns in an ordinary table', () => {
  it('still refines the other columns from their words and cells', () => {
    const { plan } = tableToPlan([
      ['Theme', 'Actions', 'Person / Team Responsible', 'Year 1', 'Year 2', 'Progress'],
      [
        '1. Visibility of technicians',
        '1.1 Launch a technician web page',
        'Comms Manager',
        'Draft the page',
        'Keep it current',
        'In progress',
      ],
      [
        '',
        '1.2 Publish a technician newsletter',
        'Technical Forum',
        'First issue',
        'Two issues a year',
        'Complete',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['1.1', 'Launch a technician web page', ['Comms Manager']],
      ['1.2', 'Publish a technician newsletter', ['Technical Forum']],
    ])
    expect(plan.actions[1]!.status.state).toBe('complete')
  })
})

describe('a one-column list with no numbers or bullets', () => {
  const rows = [
    ['Technician Commitment implementation plan'],
    ['Careers and training'],
    ['Contact: Priya Shah'],
    ['To map the training each technical team needs and publish the results.'],
    ['To open the staff development fund to technicians on fixed-term contracts.'],
    ['Visibility'],
    ['To add technical staff to the research pages of every department website.'],
  ]

  it('reads sentences as actions, short lines as headings and a "Contact:" line as their owner', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.title).toBe('Technician Commitment implementation plan')
    expect(plan.actions.map((a) => [a.section, a.owners])).toEqual([
      ['Careers and training', ['Priya Shah']],
      ['Careers and training', ['Priya Shah']],
      // A new heading ends the group the contact line named.
      ['Visibility', []],
    ])
    expect(explanation.rows).toContainEqual({ row: 3, kind: 'owner' })
    expect(explanation.columns.find((c) => c.field === 'owners')?.evidence).toMatch(/Contact/)
  })
})

describe('a header that names two fields', () => {
  it('is about the field it names first: "Current status and ongoing actions" is progress, not the action', () => {
    const { plan, issues } = tableToPlan([
      ['Focus area from the previous plan', 'Current status and ongoing actions', 'Lead', 'Timescale'],
      [
        'Technician career pathway working group',
        'The working group met four times in 2023 and drafted a pathway; consultation with staff follows in the spring.',
        'HR Partner',
        'July 2024',
      ],
    ])
    expect(plan.actions[0]!.title).toBe('Technician career pathway working group')
    expect(plan.actions[0]!.target.due).toBe('2024-07-31')
    // The guess is low-confidence, and the issue says how to force it.
    expect(issues.find((i) => i.code === 'low-confidence-column')?.message).toMatch(/options\.columns/)
  })
})

describe('cells that hold more than one thing', () => {
  it('reads the status from an update written as prose when there is no status column', () => {
    const { plan, issues } = tableToPlan([
      ['Action', 'Lead', 'Timescale', 'Progress update'],
      [
        'Run a technician survey',
        'HR',
        'June 2024',
        'The survey is now complete and the results went to the steering group.',
      ],
      ['Hold a showcase', 'Forum', 'May 2025', 'Venue booked.'],
    ])
    expect(plan.actions[0]!.status).toMatchObject({
      state: 'complete',
      note: 'The survey is now complete and the results went to the steering group.',
    })
    expect(plan.actions[0]!.notes).toBe(
      'The survey is now complete and the results went to the steering group.',
    )
    // A short note names no status: nothing is guessed.
    expect(plan.actions[1]!.status.state).toBe('unknown')
    expect(issues.filter((i) => i.code === 'status-from-prose').map((i) => i.row)).toEqual([2])
  })

  it('reads two owners and two timescales written on separate lines of one cell', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead', 'Timescale'],
      [
        'Review the technician pay grades',
        'HR Partner\nHead of Technical Services',
        'March 2024\nMarch 2025',
      ],
    ])
    expect(plan.actions[0]!.owners).toEqual(['HR Partner', 'Head of Technical Services'])
    expect(plan.actions[0]!.target).toMatchObject({ kind: 'multiple', due: '2025-03-31' })
    expect(plan.actions[0]!.target.parts).toHaveLength(2)
  })

  it('reads the dates in evidence prose as the target only when there is no target column, with a warning', () => {
    const rows = [
      ['Action', 'Evidence of success'],
      ['Survey all technicians', 'Survey run in March 2024 and again in March 2026; results published'],
      ['Name technicians on papers', 'Technicians named on most papers'],
    ]
    const { plan, issues } = tableToPlan(rows)
    expect(plan.actions[0]!.target).toMatchObject({ kind: 'multiple', due: '2026-03-31' })
    expect(plan.actions[1]!.target.due).toBeNull()
    const warning = issues.find((i) => i.code === 'target-from-prose')
    expect(warning).toMatchObject({ severity: 'warning', row: 2, column: 2 })
    expect(warning?.message).toMatch(/options\.columns/)

    const withTarget = tableToPlan([
      ['Action', 'Evidence of success', 'By when'],
      ['Survey all technicians', 'Survey run in March 2024 and again in March 2026', 'Ongoing'],
    ])
    expect(withTarget.plan.actions[0]!.target.kind).toBe('ongoing')
    expect(withTarget.issues.some((i) => i.code === 'target-from-prose')).toBe(false)
  })
})

describe('a heading row per action above its own small table of measures, leads and dates', () => {
  const rows = [
    ['Technical Skills Action Plan 2023–26', '', ''],
    ['', '', ''],
    ['1. Launch a technician web page', '', ''],
    ['Measure of success', 'Lead', 'Date'],
    ['Page live on the intranet', 'Comms Team', 'June 2024'],
    ['Page updated each term', 'Technical Forum', 'December 2024'],
    ['2. Hold an annual technician showcase', '', ''],
    ['Measure of success', 'Lead', 'Date'],
    ['First showcase held', 'Technical Forum', 'May 2025'],
  ]

  it('reads each heading as an action with the measures, leads and dates of its table', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due, a.successMeasures])).toEqual([
      [
        '1',
        'Launch a technician web page',
        ['Comms Team', 'Technical Forum'],
        '2024-12-31',
        ['Page live on the intranet', 'Page updated each term'],
      ],
      ['2', 'Hold an annual technician showcase', ['Technical Forum'], '2025-05-31', ['First showcase held']],
    ])
    // Rows and columns are those of the source table.
    expect(explanation.headerRow).toBe(4)
    expect(explanation.rows).toEqual([
      { row: 1, kind: 'title' },
      { row: 4, kind: 'header' },
      { row: 5, kind: 'measure' },
      { row: 6, kind: 'measure' },
      { row: 8, kind: 'header' },
      { row: 9, kind: 'measure' },
    ])
    expect(explanation.columns.find((c) => c.field === 'target')).toMatchObject({ column: 3, header: 'Date' })
  })

  it("reports a problem on the action's heading row, in the source table's column", () => {
    const broken = rows.map((row) => [...row])
    broken[8] = ['First showcase held', 'Technical Forum', 'when the hall is free']
    const { issues } = tableToPlan(broken)
    expect(issues.find((i) => i.code === 'unreadable-date')).toMatchObject({ row: 7, column: 3 })
  })

  it('is not a page title repeated above a repeated header', () => {
    const { plan } = tableToPlan([
      ['Technician Commitment Action Plan'],
      ['Action', 'Lead', 'Date'],
      ['Launch a web page', 'Comms', 'June 2024'],
      ['Technician Commitment Action Plan'],
      ['Action', 'Lead', 'Date'],
      ['Hold a showcase', 'Forum', 'May 2025'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual(['Launch a web page', 'Hold a showcase'])
  })
})

describe('the plan itself, from its title rows', () => {
  const rows = [
    ['University of Northumbria – Technician Commitment Action Plan November 2022-25', '', ''],
    ['Action', 'Lead', 'By when'],
    ['Launch a technician web page', 'Comms', 'June 2023'],
  ]

  it('reads the title, institution and period, and says so in the explanation', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.title).toBe(rows[0]![0])
    expect(plan.institution).toBe('University of Northumbria')
    expect(plan.period).toEqual({ text: 'November 2022-25', start: '2022-11-01', end: '2025-12-31' })
    expect(explanation.plan?.evidence).toContain('period read from the title rows')
  })

  it('keeps what the caller gives', () => {
    const { plan } = tableToPlan(rows, {
      institution: null,
      period: { text: '2023', start: null, end: null },
    })
    expect(plan.institution).toBeNull()
    expect(plan.period.text).toBe('2023')
  })
})

describe('the framework, guessed from the title and pillar words', () => {
  const concordat = [
    ['Concordat for Researcher Development Action Plan 2022-25', '', ''],
    ['Action', 'Success measure', 'Date'],
    ['Appoint a lead for research culture', 'Lead appointed', 'October 2022'],
  ]

  it('is the framework the title names, with an issue saying how to override it', () => {
    const { plan, issues, explanation } = tableToPlan(concordat)
    expect(plan.taxonomy).toBe('researcher-development-concordat')
    expect(issues.find((i) => i.code === 'taxonomy-guessed')?.message).toMatch(/options\.taxonomy/)
    expect(explanation.plan?.taxonomy).toBe('researcher-development-concordat')
  })

  it('is the framework whose pillar names label the sections', () => {
    const { plan } = tableToPlan([
      ['Action', 'Date'],
      ['Principle 1: Environment and Culture', ''],
      ['Appoint a lead for research culture', 'October 2022'],
      ['Principle 2: Employment', ''],
      ['Publish a fixed-term contracts policy', 'March 2023'],
    ])
    expect(plan.taxonomy).toBe('researcher-development-concordat')
  })

  it('is the Technician Commitment by default, and options.taxonomy always wins', () => {
    expect(tableToPlan(rows()).plan.taxonomy).toBe('technician-commitment')
    expect(tableToPlan(concordat, { taxonomy: technicianCommitment }).plan.taxonomy).toBe(
      'technician-commitment',
    )
  })

  function rows() {
    return [
      ['Action', 'Pillar', 'Date'],
      ['Launch a web page', 'Visibility', 'June 2023'],
    ]
  }
})

describe('formatImportExplanation', () => {
  it('says what was read about the plan and where from', () => {
    const text = formatImportExplanation(
      explainImport([
        ['Concordat for Researcher Development Action Plan 2022-25'],
        ['Action', 'Date'],
        ['Appoint a lead', 'October 2022'],
      ]),
    )
    expect(text).toContain('Plan: period "2022-25", taxonomy researcher-development-concordat')
    expect(text).toContain('taxonomy guessed: row 1 names "Researcher Development Concordat"')
  })
})

describe('owner label lines', () => {
  it('need a colon or a spaced dash: "Lead-in activities" is a heading', () => {
    const { plan } = tableToPlan([
      ['Technician induction plan'],
      ['Lead-in activities'],
      ['To run a welcome day for every new technician in their first month.'],
      ['Lead – Head of Technical Services'],
      ['To pair every new technician with a mentor from another team.'],
    ])
    expect(plan.actions.map((a) => [a.section, a.owners])).toEqual([
      ['Lead-in activities', []],
      ['Lead-in activities', ['Head of Technical Services']],
    ])
  })
})

describe('an owners header above sentences, beside a column of short codes', () => {
  it('reads the sentences as the action and the codes as the owners: the cells beat the header', () => {
    const { plan, explanation } = tableToPlan([
      ['Workshop objectives', '', '', '', ''],
      ['Logged', 'Ref.', 'Responsibility', 'Actionee', 'Status'],
      [
        '03/02/2024',
        'W1.1',
        'Agree which workshop bookings to count, and how often to report them.',
        'TM; FIN',
        'Started',
      ],
      [
        '04/02/2024',
        'W1.2',
        'Publish the number of technicians in each school on the intranet.',
        'HR',
        'Not started',
      ],
      [
        '04/02/2024',
        'W1.3',
        'Run a survey of technical staff about training needs every spring.',
        'TM; HR; OD',
        'Completed',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title.replace(/\.$/, ''), a.owners, a.status.state])).toEqual([
      [
        'W1.1',
        'Agree which workshop bookings to count, and how often to report them',
        ['TM', 'FIN'],
        'in-progress',
      ],
      ['W1.2', 'Publish the number of technicians in each school on the intranet', ['HR'], 'not-started'],
      [
        'W1.3',
        'Run a survey of technical staff about training needs every spring',
        ['TM', 'HR', 'OD'],
        'complete',
      ],
    ])
    expect(explanation.columns.find((c) => c.column === 3)).toMatchObject({ field: 'title' })
  })
})

describe('labelled items below a numbered heading row', () => {
  it('reads each "Label: text" row as an action under the number, and the bare numbered row as their heading', () => {
    const { plan, explanation } = tableToPlan([
      ['No.', 'Action', 'Why', 'When', 'Who'],
      ['2.3', 'Support technicians who manage people', '', '', ''],
      ['', 'Training: fund a management course for new supervisors', 'Few have had any.', '', ''],
      ['', 'Mentoring: pair each new supervisor with an experienced one', '', '', ''],
      ['', 'Review: ask supervisors each year what else would help', '', '', ''],
      ['2.4', 'Publish the technical staff survey results', 'Staff asked for it.', 'June 2025', 'HR'],
      ['', 'and discuss them at the technician forum', '', '', ''],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 20), a.section])).toEqual([
      ['2.3', 'Training: fund a man', 'Support technicians who manage people'],
      ['2.3', 'Mentoring: pair each', 'Support technicians who manage people'],
      ['2.3', 'Review: ask supervis', 'Support technicians who manage people'],
      ['2.4', 'Publish the technica', null],
    ])
    // A row without a label is still a continuation of the numbered action above.
    expect(plan.actions[3]!.title).toContain('technician forum')
    expect(explanation.rows).toContainEqual({ row: 2, kind: 'section' })
  })
})

describe('a nested list pasted as a table (an outline)', () => {
  it('reads the items indented one column right as actions, and the goals left of them as their section', () => {
    const { plan, explanation } = tableToPlan([
      ['Grow the technical workforce', ''],
      ['Recruit technicians from a wider range of backgrounds', ''],
      ['', 'Advertise every technical post on two community job boards'],
      ['', 'Offer paid work placements to local college students each summer'],
      ['', 'Train every recruiting panel in fair selection'],
      ['Keep the technicians we have', ''],
      ['', 'Hold a stay interview with each technician after two years'],
    ])
    expect(explanation.headerRow).toBeNull()
    expect(plan.actions.map((a) => [a.title.slice(0, 22), a.section])).toEqual([
      ['Advertise every techni', 'Recruit technicians from a wider range of backgrounds'],
      ['Offer paid work placem', 'Recruit technicians from a wider range of backgrounds'],
      ['Train every recruiting', 'Recruit technicians from a wider range of backgrounds'],
      ['Hold a stay interview ', 'Keep the technicians we have'],
    ])
  })
})

describe('an action cell that opens with a label line and ends with an empty form label', () => {
  it('reads the label as the section, drops "Progress update:", and reads a lone such cell as an action', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead', 'By when'],
      [
        'Recognition:\nNominate technicians for the annual staff awards each spring.\nProgress update:',
        'Technical Forum',
        'May 2025',
      ],
      ['Career development:\nFund two places a year on the regional technician leadership course.', '', ''],
    ])
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['Nominate technicians for the annual staff awards each spring.', 'Recognition'],
      ['Fund two places a year on the regional technician leadership course.', 'Career development'],
    ])
  })
})

describe('a one-column plan: a preamble giving the plan years, numbered objectives, bullet actions', () => {
  const rows = [
    ['Technician plan 2024-2026'],
    ['The plan will run for three years, from 1 August 2024 until 31 July 2027.'],
    ['We review it at every technician forum.'],
    ['1 – Make technical work visible'],
    ['• Photo credits – name the technicians behind every image we publish (Y1)'],
    ['• Annual showcase – hold a showcase of technical work, then make it a fixture (Y1-3)'],
    ['2 – Grow technical skills'],
    ['• Training fund – ring-fence a training budget for technicians (Y2)'],
  ]

  it('reads each bullet as an action under its objective number, the objective as its section', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 16), a.section])).toEqual([
      ['1', 'Photo credits – ', 'Make technical work visible'],
      ['1', 'Annual showcase ', 'Make technical work visible'],
      ['2', 'Training fund – ', 'Grow technical skills'],
    ])
  })

  it('reads "(Y1)" and "(Y1-3)" at the end of a bullet against the plan years the preamble gives', () => {
    const { plan, issues } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2025-07-31', '2027-07-31', '2026-07-31'])
    expect(issues.map((i) => i.code)).toContain('date-legend-read')
  })
})

describe('a financial-year sentence above the table', () => {
  it('reaches the plan\'s date context, and "FY25" and financial quarters follow it', () => {
    const { plan } = tableToPlan([
      ['Our financial year runs August to July.'],
      ['Action', 'Lead', 'Deadline'],
      ['Buy a shared microscope for the teaching labs', 'Technical Manager', 'FY25'],
    ])
    expect(plan.dateContext?.financialYearStartMonth).toBe(8)
    expect(plan.actions[0]!.target.due).toBe('2025-07-31')
  })
})

describe('a catalogue number in brackets ending an action', () => {
  it('is the ref of an action that has none, cut from its title', () => {
    const { plan } = tableToPlan([
      ['Measures of the technician plan'],
      ['• Publish an annual technician census (#4)'],
      ['• Open the leadership course to senior technicians (#12-14)'],
      ['• Fund conference travel for technicians'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['4', 'Publish an annual technician census'],
      ['12-14', 'Open the leadership course to senior technicians'],
      [null, 'Fund conference travel for technicians'],
    ])
  })
})

describe('a ref label alone on its row above the action line', () => {
  it('reads "Action 2.1" as the ref of the line below it, not as a lone "Action" header', () => {
    const { plan, explanation } = tableToPlan([
      ['Technician plan highlights'],
      ['Visible technicians'],
      ['Action 2.1'],
      ['Name the technical team on every project web page'],
      ['Action 2.4'],
      ['Invite technicians to speak at the research away day'],
    ])
    expect(explanation.headerRow).toBeNull()
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['2.1', 'Name the technical team on every project web page'],
      ['2.4', 'Invite technicians to speak at the research away day'],
    ])
  })
})

describe('a table without a header below a title, an intro and a finding, each row labelled "Action N"', () => {
  it('reads the labels as refs and the columns from the table rows, not from the intro lines above', () => {
    const { plan, explanation } = tableToPlan([
      ['Technician survey response 2024', '', '', ''],
      ['The staff survey asked technicians whether they see a career path in the University.', '', '', ''],
      ['Finding 3', '', '', ''],
      ['41% of technicians said they could see a route to promotion in their own team.', '', '', ''],
      ['Action 1', 'Publish a career map for every technical job family', 'Technical Forum', 'June 2025'],
      ['Action 2', 'Run a promotion workshop for technicians each year', 'HR Partner', 'March 2026'],
    ])
    expect(explanation.headerRow).toBeNull()
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due])).toEqual([
      ['1', 'Publish a career map for every technical job family', '2025-06-30'],
      ['2', 'Run a promotion workshop for technicians each year', '2026-03-31'],
    ])
  })
})

describe('RACI marks after owners and a flag line under the ref', () => {
  it('reads "Head of School (R)" as Head of School, and "2.1.1⏎PRIORITY" as the ref 2.1.1 with the flag kept', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Action', 'Responsible (R) and Implementing (I)', 'Timescale'],
      [
        '2.1.1\nPRIORITY',
        'Fund a technician secondment scheme',
        'Dean (Responsible-R), Head of School (I)',
        'June 2025',
      ],
      ['2.1.2', 'Publish secondment stories on the intranet', 'Comms Officer (R).', 'June 2026'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.owners])).toEqual([
      ['2.1.1', ['Dean', 'Head of School']],
      ['2.1.2', ['Comms Officer']],
    ])
    expect(plan.actions[0]!.extra).toContainEqual({ column: 'Ref', value: 'PRIORITY' })
  })
})

describe('owners written as a bulleted list of names in one cell', () => {
  it('reads the column as the owners, each bullet one owner', () => {
    const { plan } = tableToPlan([
      [
        '1',
        'Set up a technician mentoring scheme across the three faculties',
        '• Technical Services Manager\n• Faculty Operations Leads',
        'May 2025',
      ],
      [
        '2',
        'Write a guide to technician promotion and share it at induction',
        'HR Business Partner',
        'June 2025',
      ],
      [
        '3',
        'Survey technicians about their training needs every spring',
        '• Staff Development\n• Technical Forum',
        'April 2026',
      ],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Technical Services Manager', 'Faculty Operations Leads'],
      ['HR Business Partner'],
      ['Staff Development', 'Technical Forum'],
    ])
  })
})

describe('a pillar statement above a lead-in and a bullet list', () => {
  it('gives the bullets the one pillar the statement names; "We commit to:" does not replace it', () => {
    const { plan } = tableToPlan([
      ['Our technician commitment'],
      [
        'We ensure our technicians are identifiable and that their contribution is visible within and beyond the University.',
      ],
      ['We commit to:'],
      ['• Naming technicians on every research poster'],
      ['• A technician profile page for each school'],
    ])
    expect(plan.actions.map((a) => [a.title, a.pillars])).toEqual([
      ['Naming technicians on every research poster', ['V']],
      ['A technician profile page for each school', ['V']],
    ])
  })
})

describe('an ID column holding a ref and a short label', () => {
  const rows = [
    ['ID', 'Why', 'Action', 'Lead', 'End date'],
    ['2 Make technical careers visible across the faculty', '', '', '', ''],
    [
      '2.1 Directory',
      'Technicians are missing from it',
      'Add every technician to the staff directory',
      'HR',
      '2027',
    ],
    [
      '2.2 Open days',
      'Few people see the workshops',
      'Hold a workshop open day each summer',
      'Head of Workshops',
      '2028',
    ],
    ['2.2.1', 'As above', 'Invite local schools to the open day', 'Outreach Officer', '2028'],
  ]

  it('reads a cell holding only a number as the ref of its row, not a continuation of the row above', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['2.1', 'Add every technician to the staff directory'],
      ['2.2', 'Hold a workshop open day each summer'],
      ['2.2.1', 'Invite local schools to the open day'],
    ])
    expect(plan.actions[2]!.owners).toEqual(['Outreach Officer'])
  })

  it('reads a numbered row with only its label as a heading over the rows below, not an untitled action', () => {
    const { plan, issues, explanation } = tableToPlan(rows)
    expect(issues.filter((issue) => issue.code === 'missing-title')).toEqual([])
    expect(explanation.rows).toContainEqual({ row: 2, kind: 'section' })
    expect(plan.actions[2]!.section).toBe('2 Make technical careers visible across the faculty')
  })
})

describe('an owner cell read as a careful reader reads it', () => {
  const owners = (cell: string) =>
    tableToPlan([
      ['Action', 'Lead', 'Deadline'],
      ['Run a survey of technical staff', cell, 'March 2027'],
    ]).plan.actions[0]!.owners

  it('drops "(lead)" and "to lead": they say who leads, they are not part of the name', () => {
    expect(owners('Faculty Managers (lead)\nTechnical Forum')).toEqual([
      'Faculty Managers',
      'Technical Forum',
    ])
    expect(owners('Estates Office and Workshop Group to lead.')).toEqual(['Estates Office', 'Workshop Group'])
  })

  it('keeps the name before a sentence of notes, and no line that reads as an outcome', () => {
    expect(owners('Forum members. The chair keeps the register.')).toEqual(['Forum members'])
    expect(owners('Careers Service\nTechnicians are clearer about how they can progress')).toEqual([
      'Careers Service',
    ])
    expect(owners('Dr. A. Patel')).toEqual(['Dr. A. Patel'])
  })

  it('splits "and" / "&" between an acronym or a whole unit and the next owner, never inside one name', () => {
    expect(owners('Head of Technical Services & HR')).toEqual(['Head of Technical Services', 'HR'])
    expect(owners('TSG & SMT, EDI and Chair of the Forum')).toEqual([
      'TSG',
      'SMT',
      'EDI',
      'Chair of the Forum',
    ])
    expect(owners('Head of Equality and Diversity')).toEqual(['Head of Equality and Diversity'])
    expect(owners('Director & Deputy Director of Estates')).toEqual([
      'Director of Estates',
      'Deputy Director of Estates',
    ])
    expect(owners('L & D / Research and Enterprise Services')).toEqual([
      'L & D',
      'Research and Enterprise Services',
    ])
    expect(owners('HR (Recruitment and Outreach)')).toEqual(['HR (Recruitment and Outreach)'])
  })
})

describe('a heading that reports the state of the list below it', () => {
  const rows = (heading: string) => [
    ['Technician network: progress report'],
    ['Launch'],
    ['The network met for the first time in the spring and agreed its terms of reference.'],
    [heading],
    ['Among the goals set for the first year were these:'],
    ['- Set up a mailing list for every technician'],
    ['- TSG to draft a workload survey for technical teams'],
    ['- Staff to attend the annual sector conference'],
  ]

  it('gives "Year 1 Goals Complete" to every action under it, through a lead-in sentence, with an issue', () => {
    const { plan, issues } = tableToPlan(rows('First Year Goals Complete'))
    expect(plan.actions.map((a) => a.status.state)).toEqual(['complete', 'complete', 'complete'])
    expect(plan.actions[0]!.section).toBe('First Year Goals Complete')
    expect(issues.filter((issue) => issue.code === 'status-from-heading')).toHaveLength(3)
  })

  it('takes a lead-in sentence as the section when the line above it is an intro sentence, not a heading', () => {
    const { plan } = tableToPlan([
      ['Technician Commitment'],
      ['The faculty signed the Commitment in 2024 and set up a steering group for it.'],
      ['Having looked at what technicians told us, our first actions will be these:'],
      ['1. Publish a career map for technical roles'],
      ['2. Fund two secondments a year'],
    ])
    expect(plan.actions.map((a) => a.section)).toEqual([
      'Having looked at what technicians told us, our first actions will be these',
      'Having looked at what technicians told us, our first actions will be these',
    ])
  })

  it('reads no state from a heading about the future, nor one that reports none', () => {
    for (const heading of [
      'Goals to be completed by 2027',
      'Goals for the year',
      'Planned goals',
      'Complete a skills audit',
    ]) {
      const { plan } = tableToPlan(rows(heading))
      expect(plan.actions.map((a) => a.status.state)).toEqual(['unknown', 'unknown', 'unknown'])
    }
  })

  it('fills only empty cells of a status column from the heading', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead', 'Status'],
      ['Publish a career map', 'HR', 'In progress'],
      ['Completed actions', '', ''],
      ['Launch the technician network', 'Forum', ''],
      ['Run the first showcase', 'Forum', 'Complete (May 2025)'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['in-progress', 'complete', 'complete'])
    expect(plan.actions[1]!.status.text).toBe('Completed actions')
  })

  it('with no owners column, reads the acronym opening an action ("TSG to draft …") as its owner', () => {
    const { plan } = tableToPlan(rows('First Year Goals Complete'))
    expect(plan.actions.map((a) => a.owners)).toEqual([[], ['TSG'], []])
    const withColumn = tableToPlan([
      ['Action', 'Lead'],
      ['HR to review the induction pack', 'Technical Forum'],
    ])
    expect(withColumn.plan.actions[0]!.owners).toEqual(['Technical Forum'])
    const passive = tableToPlan([
      ['Action', 'Deadline'],
      ['EDI to be embedded in every training course', 'May 2026'],
    ])
    expect(passive.plan.actions[0]!.owners).toEqual([])
  })
})

describe('a deadline the notes above a list give every action', () => {
  const list = (note: string) => [
    ['Technical Careers Plan'],
    [note],
    ['• Publish a career map for technical roles'],
    ['• Run a pilot of peer mentoring in March 2025'],
    ['• Fund two secondments a year'],
  ]

  it('is the target of every action with no date of its own, with a warning per action', () => {
    const { plan, issues } = tableToPlan(
      list('Every school agreed the plan; these actions will be delivered by July 2026.'),
    )
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2026-07-31', '2025-03-31', '2026-07-31'])
    expect(issues.filter((issue) => issue.code === 'target-from-plan-deadline').map((i) => i.row)).toEqual([
      3, 5,
    ])
  })

  it('is not a deadline when the sentence is about one task, nor when it sits among the actions', () => {
    const oneTask = tableToPlan(list('The review of the plan is to be completed by July 2026.'))
    expect(oneTask.plan.actions.map((a) => a.target.due)).toEqual([null, '2025-03-31', null])
    const among = tableToPlan([
      ['Technical Careers Plan'],
      ['• Publish a career map for technical roles'],
      ['All these actions are to be completed by July 2026.'],
      ['• Fund two secondments a year'],
    ])
    expect(among.plan.actions.map((a) => a.target.due)).toEqual([null, null])
  })

  it('never fills an empty cell of a target column', () => {
    const { plan } = tableToPlan([
      ['The actions below are to be completed by July 2026.', '', ''],
      ['Action', 'Lead', 'Deadline'],
      ['Publish a career map', 'HR', ''],
      ['Fund two secondments a year', 'Finance', 'April 2025'],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual([null, '2025-04-30'])
  })
})

describe('area rows, restarted numbering and an update saying the action did not happen', () => {
  const rows = [
    ['Area', 'Principles', 'Action Required', 'Lead', 'Date', 'Progress in 2026'],
    ['Staff surveys', 'Recognition; Career Development', '', '', '', ''],
    [
      '1. Technician survey',
      '',
      'Run the technician survey in 2025',
      'HR',
      '2025',
      'The survey was not run, because it clashed with the all-staff survey.',
    ],
    [
      '1. Exit interviews',
      '',
      'Add technical questions to exit interviews',
      'HR',
      'June 2025',
      'Done in May.',
    ],
    ['Induction', 'Visibility', '', '', '', ''],
    ['1. Induction pack', '', 'Write a technician induction pack', 'Workshop Manager', 'March 2026', ''],
  ]

  it('reads a label row beside its principles as a heading, neither an untitled action nor a continuation', () => {
    const { plan, issues, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Run the technician survey in 2025',
      'Add technical questions to exit interviews',
      'Write a technician induction pack',
    ])
    expect(issues.filter((issue) => issue.code === 'missing-title')).toEqual([])
    expect(explanation.rows).toEqual(
      expect.arrayContaining([
        { row: 2, kind: 'section' },
        { row: 5, kind: 'section' },
      ]),
    )
  })

  it('reads items all numbered "1." as a list whose numbering restarts, not as refs', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.ref)).toEqual([null, null, null])
    expect(explanation.columns.find((c) => c.field === 'ref')?.evidence).toContain('numbered afresh')
    expect(plan.actions[0]!.section).toBe('Technician survey')
  })

  it('reads "was not run, because …" as cancelled, but not when the same sentence gives it a new plan', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.status.state)).toEqual(['cancelled', 'complete', 'unknown'])
    expect(plan.actions[0]!.status.text).toBe(rows[2]![5])
    const moved = tableToPlan([
      ['Action', 'Lead', 'Progress update'],
      ['Run the survey', 'HR', 'The survey was not run in 2025 and will run in spring 2026 instead.'],
    ])
    expect(moved.plan.actions[0]!.status.state).not.toBe('cancelled')
  })
})

describe('a page break inside a table read from its cells', () => {
  const rows = [
    ['2.1 Make technical work visible', 'Group: all staff', 'y = year of the plan'],
    ['WHAT WE WILL DO', 'RESULT', 'SIGN OF SUCCESS'],
    [
      '2.1.1 Write a technician page for every school (y1)',
      '• A page for each school, kept up to date by its technicians\n• A short film about the workshops',
      '• More staff know what technicians do',
    ],
    ['2.1.2 Name technicians on published papers (y2)', '', ''],
    ["2.1 Make technical work visible CONT'D", 'Group: all staff', 'y = year of the plan'],
    ['WHAT WE WILL DO', 'RESULT', 'SIGN OF SUCCESS'],
    [
      '2.1.3 Hold a workshop open day each summer (y1-3)',
      '• An open day every summer, with tours led by the technicians themselves',
      '',
    ],
  ]

  it('skips the header repeated word for word and the heading repeated with "CONT\'D"', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.ref)).toEqual(['2.1.1', '2.1.2', '2.1.3'])
    expect(plan.actions[1]!.title).toBe('Name technicians on published papers (y2)')
    expect(explanation.rows).toEqual(
      expect.arrayContaining([
        { row: 5, kind: 'section' },
        { row: 6, kind: 'header' },
      ]),
    )
  })

  it('keeps an action that ends in "continued", or in "(continued)" with a lead of its own', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead'],
      ['Mentoring for new technicians continued', 'Forum'],
      ['Workshop open day (continued)', 'Forum'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Mentoring for new technicians continued',
      'Workshop open day (continued)',
    ])
  })
})

describe('numbered heading rows above the rows numbered under them', () => {
  const rows = [
    ['', 'Action', 'Lead', 'When'],
    ['1', 'Making technical careers visible', '', ''],
    ['1.1', 'Add every technician to the staff directory', 'HR', 'March 2026'],
    ['1.2', 'Name technicians on published papers', 'Research Office', 'June 2026'],
    ['2', 'Hold a workshop open day each summer', '', ''],
    ['3', 'Recognising technical work', '', ''],
    ['3.1', 'Open the staff awards to technicians', 'Awards Panel', 'May 2026'],
  ]

  it('reads "1" with only its title, above 1.1 and 1.2, as their heading; "2" with nothing under it stays an action', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.section])).toEqual([
      ['1.1', 'Making technical careers visible'],
      ['1.2', 'Making technical careers visible'],
      ['2', null],
      ['3.1', 'Recognising technical work'],
    ])
    expect(explanation.rows).toEqual(
      expect.arrayContaining([
        { row: 2, kind: 'section' },
        { row: 6, kind: 'section' },
      ]),
    )
  })
})

describe('a lead named on the last line of the action cell', () => {
  it('reads "LEAD: …" below the action as its owners, not as part of its title', () => {
    const { plan } = tableToPlan([
      ['Technical skills plan'],
      ['Action', 'When'],
      ['Set up a shared booking system for the workshops\nLEAD: Workshop Manager', 'June 2026'],
      [
        'Fund two places on the technician leadership course\nLead: Head of Faculty/Finance Partner',
        'May 2026',
      ],
      ['Publish the training calendar', 'April 2026'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Set up a shared booking system for the workshops', ['Workshop Manager']],
      ['Fund two places on the technician leadership course', ['Head of Faculty', 'Finance Partner']],
      ['Publish the training calendar', []],
    ])
  })

  it('leaves an owner the owners column gives alone (the lead line kept in the title), and a one-line "Lead:" action whole', () => {
    const { plan } = tableToPlan([
      ['Action', 'Owner'],
      ['Run a careers fair for technicians\nLEAD: Careers Service', 'Technical Forum'],
      ['Lead: a review of technician job titles', 'HR'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Run a careers fair for technicians LEAD: Careers Service', ['Technical Forum']],
      ['Lead: a review of technician job titles', ['HR']],
    ])
  })
})

describe('an action cell that is only a bulleted list', () => {
  it('reads each bullet as an action of its own, sharing the group label beside it', () => {
    const { plan } = tableToPlan([
      ['Our technician commitments'],
      [
        'Steering Group',
        '- Survey technicians on their training needs\n- Share the survey results with every school\n- Agree a training budget for each team',
      ],
      [
        'Technical Forum',
        '- Hold a forum meeting every term\n- Report the forum minutes to the steering group',
      ],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Survey technicians on their training needs', ['Steering Group']],
      ['Share the survey results with every school', ['Steering Group']],
      ['Agree a training budget for each team', ['Steering Group']],
      ['Hold a forum meeting every term', ['Technical Forum']],
      ['Report the forum minutes to the steering group', ['Technical Forum']],
    ])
  })

  it('keeps a numbered row one action, its bullets its steps, and a line above the bullets the title', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Action', 'Lead'],
      ['1', '• Write a technician induction pack\n• Test it with two new starters', 'HR'],
      ['2', 'Open days\n• Plan the first open day\n• Invite the local schools', 'Forum'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['1', '2'])
    expect(plan.actions[0]!.title).toMatch(/^Write a technician induction pack/)
  })
})

describe('a ref with a lettered part in brackets', () => {
  it('peels "2.4(c)" whole from the start of a cell', () => {
    expect(peelRef('2.4(c) Renew the mentoring scheme')).toEqual({
      ref: '2.4(c)',
      rest: 'Renew the mentoring scheme',
    })
    expect(peelRef('3(ii) Renew the mentoring scheme')).toEqual({
      ref: '3(ii)',
      rest: 'Renew the mentoring scheme',
    })
  })

  it('is the ref of the one action that has it, with no ref column; the others stay unnumbered actions', () => {
    const { plan } = tableToPlan([
      ['Action', 'Success measure'],
      ['Renew the mentoring scheme for technicians', 'Scheme renewed'],
      ['2.4(c) Publish the technician career map', 'Map published'],
      ['Hold a skills fair in the spring', 'Fair held'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      [null, 'Renew the mentoring scheme for technicians'],
      ['2.4(c)', 'Publish the technician career map'],
      [null, 'Hold a skills fair in the spring'],
    ])
  })
})

describe('a heading that starts with a header word and then states its subject', () => {
  it('is a heading above a table without a header, not a lone "Objective" header', () => {
    const { plan, explanation } = tableToPlan([
      ['Technician careers plan'],
      ['Objective – Grow the number of technical apprentices'],
      ['Fund two apprenticeships a year in the workshops', 'Head of Technical Services', 'June 2026'],
      ['Visit local colleges to talk about technical careers', 'Outreach Officer', 'May 2026'],
    ])
    expect(explanation.headerRow).toBeNull()
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Fund two apprenticeships a year in the workshops', ['Head of Technical Services'], '2026-06-30'],
      ['Visit local colleges to talk about technical careers', ['Outreach Officer'], '2026-05-31'],
    ])
  })

  it('still reads a header that starts with a synonym and adds a word or two ("Timescale - month")', () => {
    const { plan } = tableToPlan([
      ['Action', 'Timescale - month'],
      ['Publish the technician survey results', 'June 2026'],
    ])
    expect(plan.actions[0]!.target.due).toBe('2026-06-30')
  })
})

describe('two columns of numbered items and no header', () => {
  it('reads the leftmost as the action and the other as its outcomes', () => {
    const { plan, explanation } = tableToPlan([
      ['Technical skills plan 2026', '', ''],
      [
        '1. Map the training every technical team needs and share the map with heads of school',
        '1. Every team knows its training gaps',
        'June 2026',
      ],
      [
        '2. Open the staff development fund to technicians on fixed-term contracts',
        '2. More technicians on short contracts take up training',
        'September 2026',
      ],
      ['Objective – Reach technicians in every faculty', '', ''],
      ['3. Run a yearly skills fair for technicians across the faculties', '', 'March 2027'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due])).toEqual([
      [
        '1',
        'Map the training every technical team needs and share the map with heads of school',
        '2026-06-30',
      ],
      ['2', 'Open the staff development fund to technicians on fixed-term contracts', '2026-09-30'],
      ['3', 'Run a yearly skills fair for technicians across the faculties', '2027-03-31'],
    ])
    expect(explanation.columns.find((c) => c.column === 2)?.field).not.toBe('title')
  })
})

describe('a short instruction in a one-column list', () => {
  it('is an action ("Start a mentoring scheme"), where a short noun phrase is a heading', () => {
    const { plan } = tableToPlan([
      ['Actions', 'Lead'],
      ['Careers and training', ''],
      ['Survey every technician on the training they would like to receive this year', ''],
      ['Start a mentoring scheme', ''],
      ['Beyond the lab', ''],
      ['Set up a forum for technicians', ''],
    ])
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      [
        'Survey every technician on the training they would like to receive this year',
        'Careers and training',
      ],
      ['Start a mentoring scheme', 'Careers and training'],
      ['Set up a forum for technicians', 'Beyond the lab'],
    ])
  })
})

describe('a lone header word over one column of a table without a header', () => {
  it('is a partial header row, not an action without a title', () => {
    const { plan, explanation, issues } = tableToPlan([
      ['Technician careers plan'],
      ['', '', 'Deadline'],
      ['1. Fund two apprenticeships a year in the workshops', 'Head of Technical Services', 'June 2026'],
      ['2. Visit local colleges to talk about technical careers', 'Outreach Officer', 'May 2026'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.target.due])).toEqual([
      ['1', '2026-06-30'],
      ['2', '2026-05-31'],
    ])
    expect(explanation.rows).toContainEqual({ row: 2, kind: 'header' })
    expect(issues.map((i) => i.code)).not.toContain('missing-title')
  })
})

describe('a table with no status column: a finished state written in the target column', () => {
  const rows = [
    ['No.', 'What we will do', 'Who', 'When'],
    ['1', 'Launch a technician newsletter', 'Comms Officer', 'Done'],
    ['2', 'Review the induction pack for new technicians', 'Technical Manager', 'Ongoing'],
    ['3', 'Hold a careers fair for apprentices', 'HR Partner', 'March 2027'],
  ]

  it('reads "Done" under the timescale as complete, and a timescale word or a date as no status', () => {
    const { plan, issues } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.status.state)).toEqual(['complete', 'unknown', 'unknown'])
    expect(plan.actions[0]!.target.kind).toBe('completed')
    expect(plan.actions[2]!.target.due).toBe('2027-03-31')
    expect(issues.filter((i) => i.code === 'status-from-target')).toMatchObject([
      { row: 2, column: 4, columnName: 'When' },
    ])
  })

  it('leaves a status column in charge: a finished word in the target then says nothing more', () => {
    const { plan, issues } = tableToPlan([
      ['Action', 'Lead', 'Timescale', 'RAG'],
      ['Launch a technician newsletter', 'Comms Officer', 'Completed', 'Amber'],
    ])
    expect(plan.actions[0]!.status.state).not.toBe('complete')
    expect(issues.map((i) => i.code)).not.toContain('status-from-target')
  })
})

describe('a one-column list: labelled lines of reason and progress under a numbered item', () => {
  const rows = [
    ['Our technician objectives'],
    ['Aim 1'],
    ['Give every technician a named mentor within their first year.'],
    ['Why we chose this aim: few new starters knew whom to ask for advice.'],
    ['Progress to date: twelve mentors have been trained.'],
    ['Aim 2'],
    ['Publish the technical career pathway on the staff intranet.'],
    ['Reason for aim: the pathway exists only on paper.'],
    ['Next steps: add case studies from two faculties.'],
    ['Aim 3'],
    ['Run an annual showcase of technical work.'],
  ]

  it('keeps each reason or progress line with the item above, not as an action of its own', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.ref)).toEqual(['1', '2', '3'])
    expect(plan.actions[0]!.title).toMatch(/^Give every technician a named mentor/)
    // Nothing written is lost: the labelled lines stay with their item.
    expect(plan.actions[0]!.title).toContain('Progress to date: twelve mentors have been trained.')
    expect(plan.actions[1]!.title).toContain('Next steps: add case studies')
  })

  it('still reads a topic label that only starts with such a word as an item of its own', () => {
    const { plan } = tableToPlan([
      ['No.', 'Action'],
      ['1', 'Leadership'],
      ['', 'Evidence based planning: use the census to set targets for each faculty'],
      ['', 'Progress reporting: report numbers to the board every term'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Evidence based planning: use the census to set targets for each faculty',
      'Progress reporting: report numbers to the board every term',
    ])
  })
})

describe('an owner cell joining two roles with "and"', () => {
  it('splits after a role ending in Lead or Head, and keeps one name whose left side is a subject', () => {
    const { plan } = tableToPlan([
      ['Action', 'Responsibility'],
      ['Audit access to workshops', 'Technical Lead and Faculty Managers'],
      ['Review the apprentice scheme', 'Apprenticeship Lead\nSchool Head and Deputy Head'],
      ['Refresh the induction checklist', 'Head of Health and Safety'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Technical Lead', 'Faculty Managers'],
      ['Apprenticeship Lead', 'School Head', 'Deputy Head'],
      ['Head of Health and Safety'],
    ])
  })
})

describe('a bulleted list whose first item has no bullet', () => {
  it('reads the sentence between a lead-in ending in a colon and the bullets as the first item', () => {
    const { plan } = tableToPlan([
      ['Making technicians visible'],
      ['To get there, over the next two years we will:'],
      ['Add a short profile of each technician to the web page of every school.'],
      ['- Name technicians as authors on the papers their work supports.'],
      ['- Hold an open lab day each summer.'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Add a short profile of each technician to the web page of every school.',
      'Name technicians as authors on the papers their work supports.',
      'Hold an open lab day each summer.',
    ])
  })

  it('keeps a short heading line in that place a heading', () => {
    const { plan } = tableToPlan([
      ['Our plan for the year:'],
      ['Recognition'],
      ['- Name technicians as authors on the papers their work supports.'],
      ['- Hold an open lab day each summer.'],
    ])
    expect(plan.actions).toHaveLength(2)
    expect(plan.actions[0]!.section).toBe('Recognition')
  })
})

describe('an action cell typed as a list of one-line paragraphs, without bullets', () => {
  const cell =
    'Map the skills of every technician.\n\nOffer a mentor to each new starter.\n\nRun two workshops a year.'

  it('reads three or more paragraphs in an unnumbered row as one action each, sharing the row', () => {
    const { plan } = tableToPlan([
      ['Aim', 'Actions', 'Lead'],
      ['Grow technical skills', cell, 'Technical Manager'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Map the skills of every technician.',
      'Offer a mentor to each new starter.',
      'Run two workshops a year.',
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Technical Manager'],
      ['Technical Manager'],
      ['Technical Manager'],
    ])
  })

  it('keeps two paragraphs (an action and its explanation) and a numbered row as one action', () => {
    const numbered = tableToPlan([
      ['No.', 'Actions', 'Lead'],
      ['1', cell, 'Technical Manager'],
      ['2', 'Publish the skills map.', 'HR'],
    ]).plan
    expect(numbered.actions.map((a) => a.ref)).toEqual(['1', '2'])
    const explained = tableToPlan([
      ['Actions', 'Lead'],
      ['Map the skills of every technician.\n\nThe map shows where training is short.', 'HR'],
      ['Publish the skills map.', 'HR'],
    ]).plan
    expect(explained.actions).toHaveLength(2)
    expect(explained.actions[0]!.title).toMatch(/^Map the skills of every technician\./)
  })
})

describe('round 5 (the round-4 held-out layouts, in tables of our own)', () => {
  it('peels a lettered step after a dot ("2.b. ") as the ref 2.b, not 2 and "b. …"', () => {
    expect(peelRef('2.b. Name a lead for the workshops')).toEqual({
      ref: '2.b',
      rest: 'Name a lead for the workshops',
    })
    const { plan } = tableToPlan([
      ['Aim', 'Action step', 'Lead', 'Target date'],
      ['2. Grow skills', '2.a. Map the skills of every technician', 'Technical Manager', 'Spring 2027'],
      ['', '2.b. Name a lead for the workshops', 'HR', 'Autumn 2027'],
      ['3. Share skills', '3.a. Run two open days in the workshops', 'HR', 'Autumn 2027'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['2.a', 'Map the skills of every technician'],
      ['2.b', 'Name a lead for the workshops'],
      ['3.a', 'Run two open days in the workshops'],
    ])
  })

  it('reads a first line in capitals above the action sentence as its group label', () => {
    const { plan } = tableToPlan([
      ['Action point', 'Responsibility', 'Review date'],
      ['1. TECHNICAL STAFF\nTo publish a yearly skills map', 'Technical Manager', 'March 2027'],
      ['2. TECHNICAL STAFF\nTo open training budgets to technicians', 'Finance Director', 'June 2027'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.section])).toEqual([
      ['1', 'To publish a yearly skills map', 'TECHNICAL STAFF'],
      ['2', 'To open training budgets to technicians', 'TECHNICAL STAFF'],
    ])
  })

  it('joins an owner line in brackets to the name above, and keeps "Director of IT & FM" whole', () => {
    const { plan } = tableToPlan([
      ['Action', 'Responsibility', 'Review date'],
      [
        'Publish a yearly skills map',
        'Head of Service\n(Technical Staff)\nDirector of IT & FM',
        'March 2027',
      ],
      ['Open training budgets', 'Training Group & HR', 'June 2027'],
    ])
    expect(plan.actions[0]!.owners).toEqual(['Head of Service (Technical Staff)', 'Director of IT & FM'])
    expect(plan.actions[1]!.owners).toEqual(['Training Group', 'HR'])
  })

  it('reads an unnumbered row with its own sentence and owner or date as a further action under the number', () => {
    const { plan } = tableToPlan([
      ['No.', 'Action', 'Lead', 'Due'],
      ['3.1', 'Write the technician career map', 'Technical Manager', '01/03/27'],
      ['', 'Share the career map with every team', 'HR', '01/06/27'],
      ['', 'and with the steering group', '', ''],
      ['3.2', 'Fund two apprenticeships', 'Finance Director', '01/09/27'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['3.1', 'Write the technician career map', ['Technical Manager']],
      ['3.1', 'Share the career map with every team and with the steering group', ['HR']],
      ['3.2', 'Fund two apprenticeships', ['Finance Director']],
    ])
  })

  it('reads "Due by" as the target, not "Date added" beside it (when the row was written)', () => {
    const { plan } = tableToPlan([
      ['No.', 'Action', 'Lead', 'Date added', 'Due by'],
      ['1', 'Write the technician career map', 'HR', '02/02/26', '01/03/27'],
      ['2', 'Fund two apprenticeships', 'Finance Director', '02/02/26', '01/09/27'],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2027-03-01', '2027-09-01'])
  })

  it('splits "HoDs" (heads of department) from the owner before "&", as an acronym', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead'],
      ['Share the career map with every team', 'Principal & HoDs'],
    ])
    expect(plan.actions[0]!.owners).toEqual(['Principal', 'HoDs'])
  })

  it('reads an objective written once over the actions named in the column beside it as their group', () => {
    const { plan } = tableToPlan([
      ['Objective', 'Specific actions', 'Lead', 'Target'],
      ['Grow technical skills', 'Map the skills of every technician', 'HR', 'March 2027'],
      ['', 'Run two workshops a year', '', 'June 2027'],
      ['', 'Name a mentor for each new starter', '', ''],
      ['Share good practice', 'Hold an annual open day', 'Technical Manager', 'May 2027'],
      ['', 'Publish case studies online', '', 'July 2027'],
    ])
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['Map the skills of every technician', 'Grow technical skills'],
      ['Run two workshops a year', 'Grow technical skills'],
      ['Name a mentor for each new starter', 'Grow technical skills'],
      ['Hold an annual open day', 'Share good practice'],
      ['Publish case studies online', 'Share good practice'],
    ])
  })

  it('gives each action the pillar written once beside the first action of its group', () => {
    const { plan } = tableToPlan([
      ['Our plan for the next two years'],
      ['VISIBILITY', '1.', 'Publish a directory of every technical post in the faculties'],
      ['', '2.', 'Name technicians on the papers their work supported'],
      ['', '3.', 'Hold an open day in the workshops for staff and students'],
      ['RECOGNITION', '1.', 'Fund professional registration for technicians who apply'],
      ['', '2.', 'Add a technical category to the yearly staff awards'],
    ])
    expect(plan.actions.map((a) => a.pillars)).toEqual([['V'], ['V'], ['V'], ['R'], ['R']])
  })

  it('keeps a pillar column filled on most rows as written: an empty cell there names no pillar', () => {
    const { plan } = tableToPlan([
      ['Action', 'Pillar', 'Lead'],
      ['Publish a directory of technical staff', 'Visibility', 'HR'],
      ['Fund professional registration', 'Recognition', 'HR'],
      ['Review the estates budget', '', 'Finance Director'],
    ])
    expect(plan.actions.map((a) => a.pillars)).toEqual([['V'], ['R'], []])
  })

  it('reads "Goal one" alone on a row as a heading and "Target | Target date" above each group as a header', () => {
    const { plan } = tableToPlan([
      ['Goal one', ''],
      ['We will make technical careers visible across the whole university.', ''],
      ['Target', 'Target date'],
      ['Every technician is listed in the staff directory by the end of the year.', 'December 2026'],
      ['Technicians are named on the papers their work supported.', 'March 2027'],
      ['Goal two', ''],
      ['We will fund the training our technicians ask for each year.', ''],
      ['Target', 'Target date'],
      ['A training budget for technical staff is set and published.', 'June 2027'],
    ])
    expect(plan.actions.map((a) => [a.title.slice(0, 30), a.target.due])).toEqual([
      ['Every technician is listed in ', '2026-12-31'],
      ['Technicians are named on the p', '2027-03-31'],
      ['A training budget for technica', '2027-06-30'],
    ])
  })

  it('keeps a column headed "Description" of short names as the description, not the owners', () => {
    const { plan } = tableToPlan([
      ['Technical careers plan', '', '', ''],
      ['Description', 'Proposed actions', 'Timescales', 'Progress update'],
      [
        'Skills Mapping Project\n(Short Term)',
        'Map the skills of every technician in the faculties and publish the map to all staff.',
        'By end of March 2027',
        'Not started',
      ],
      [
        'Open Day Programme\n(Medium Term)',
        'Hold an open day in the workshops each summer for staff, students and visitors.',
        'By end of July 2027',
        'In progress',
      ],
    ])
    expect(plan.actions.map((a) => [a.owners, a.description])).toEqual([
      [[], 'Skills Mapping Project\n(Short Term)'],
      [[], 'Open Day Programme\n(Medium Term)'],
    ])
  })

  it('splits an action cell of several action lines beside a cell of as many lines, line by line', () => {
    const { plan } = tableToPlan([
      ['Objective', 'Action', 'Lead', 'Target'],
      [
        'Make technical careers visible',
        'Publish a directory of every technical post in the faculties\nName technicians on the papers their work supported',
        'Head of Technical Services\nResearch Office',
        'March 2027',
      ],
      [
        'Fund training',
        'Set up a training budget that technicians can apply to themselves',
        'Finance Director',
        'June 2027',
      ],
    ])
    expect(plan.actions.map((a) => [a.title.slice(0, 20), a.owners, a.target.due])).toEqual([
      ['Publish a directory ', ['Head of Technical Services'], '2027-03-31'],
      ['Name technicians on ', ['Research Office'], '2027-03-31'],
      ['Set up a training bu', ['Finance Director'], '2027-06-30'],
    ])
  })

  it('keeps a short title line above its explanation as one action, even beside a cell of two lines', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead', 'Target'],
      [
        'Skills map\nWe will map the skills of every technician in the faculties.',
        'HR',
        'March 2027\nOngoing',
      ],
      ['Open days', 'Technical Manager', 'July 2027'],
    ])
    expect(plan.actions).toHaveLength(2)
  })

  it('keeps a row whose description names one item as one action, its action lines the steps', () => {
    const { plan } = tableToPlan([
      ['Description', 'Proposed actions', 'Timescales'],
      [
        'Skills Mapping Project',
        'Agree how the skills of every technician will be recorded\nPublish the skills map to all staff in the faculties',
        'By end of March 2027\nBy end of June 2027',
      ],
      ['Open Day Programme', 'Hold an open day in the workshops each summer for visitors', 'July 2027'],
    ])
    expect(plan.actions.map((a) => [a.description, a.target.due])).toEqual([
      ['Skills Mapping Project', '2027-06-30'],
      ['Open Day Programme', '2027-07-31'],
    ])
  })

  it('gives the lead written once beside an objective to every action of its group', () => {
    const { plan } = tableToPlan([
      ['Objective', 'Specific actions', 'Lead', 'Target'],
      [
        'Grow technical skills',
        'Map the skills of every technician',
        'Head of Technical Services',
        'March 2027',
      ],
      ['', 'Run two workshops a year', '', 'June 2027'],
      ['', 'Name a mentor for each new starter', '', ''],
      ['Share good practice', 'Hold an annual open day', 'Technical Manager', 'May 2027'],
      ['', 'Publish case studies online', '', 'July 2027'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Head of Technical Services'],
      ['Head of Technical Services'],
      ['Head of Technical Services'],
      ['Technical Manager'],
      ['Technical Manager'],
    ])
  })

  it('reads the period from the lone lines above a table with no header row', () => {
    const { plan, explanation } = tableToPlan([
      ['Technical careers objectives', ''],
      ['Our objectives for 2026-2029, agreed by the technical steering group.', ''],
      ['Goal one', ''],
      ['We will make technical careers visible across the whole university.', ''],
      ['Every technician is listed in the staff directory by the end of the year.', 'December 2026'],
      ['Technicians are named on the papers their work supported.', 'March 2027'],
    ])
    expect(explanation.headerRow).toBeNull()
    expect(plan.period.text).toBe('2026-2029')
  })

  it('reads the header repeated after a page break as the first one was read, cells included', () => {
    const header = ['No.', 'Objective', 'Specific actions', 'Lead']
    const { plan } = tableToPlan([
      header,
      ['1', 'Grow technical skills', 'Map the skills of every technician', 'HR'],
      ['', '', 'Run two workshops a year', ''],
      ['', '', 'Name a mentor for each new starter', 'Technical Manager'],
      header,
      ['2', 'Share good practice', 'Hold an annual open day', 'Technical Manager'],
      ['', '', 'Publish case studies online', ''],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.section])).toEqual([
      ['1', 'Map the skills of every technician', 'Grow technical skills'],
      ['1', 'Run two workshops a year', 'Grow technical skills'],
      ['1', 'Name a mentor for each new starter', 'Grow technical skills'],
      ['2', 'Hold an annual open day', 'Share good practice'],
      ['2', 'Publish case studies online', 'Share good practice'],
    ])
  })
})

describe('headers and refs met in council and review plans', () => {
  it('reads "Recommendation" as the action column and "Timetable" as the target, past footnote marks', () => {
    const { plan, explanation } = tableToPlan([
      ['Review of technician careers: response plan', '', '', ''],
      ['Recommendation[1]', 'Reply[2]', 'Timetable[3]', 'Lead Officer[4]'],
      [
        'a) A register of technical skills is kept by every faculty;',
        'Accepted',
        'By 30 June 2027',
        'Ada Byron',
      ],
      ['b) Technicians are named on the papers they worked on;', 'Accepted', 'Completed', 'Ada Byron'],
    ])
    expect(explanation.headerRow).toBe(2)
    expect(
      plan.actions.map((a) => [a.ref, a.title.slice(0, 20), a.owners, a.target.due, a.status.state]),
    ).toEqual([
      ['a', 'A register of techni', ['Ada Byron'], '2027-06-30', 'unknown'],
      ['b', 'Technicians are name', ['Ada Byron'], null, 'complete'],
    ])
  })

  it('does not take a sentence starting "Recommendations …" for a header', () => {
    const { explanation } = tableToPlan([
      ['Workshop plan', ''],
      ['Action', 'Measure'],
      ['Review how workshop time is booked', 'Recommendations of the booking review implemented'],
      ['Publish the booking rules', 'Rules on the intranet'],
    ])
    expect(explanation.headerRow).toBe(2)
  })

  it('reads "Description of action" as the action column and keeps refs peeled after the header repeats', () => {
    const { plan } = tableToPlan([
      ['Action plan', '', ''],
      ['1. Actions that raise the profile of technicians', '', ''],
      ['Description of action', 'End Date', 'Lead and partners'],
      ['1. Publish a technician newsletter each term.', 'March 2027', 'Technical Forum'],
      ['2. Add technicians to the staff directory.', 'June 2027', 'HR Systems'],
      ['Awards', '', ''],
      ['Description of action', 'End Date', 'Lead and partners'],
      ['3. Hold a technician awards evening.', 'October 2027', 'Technical Forum, HR'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 16), a.target.due])).toEqual([
      ['1', 'Publish a techni', '2027-03-31'],
      ['2', 'Add technicians ', '2027-06-30'],
      ['3', 'Hold a technicia', '2027-10-31'],
    ])
  })

  it('peels a scheme code before a dotted number ("EQ 1.02") and a lettered item ("b)") into the ref', () => {
    expect(peelRef('EQ 1.02 Run a recycling project with students')).toEqual({
      ref: 'EQ 1.02',
      rest: 'Run a recycling project with students',
    })
    expect(peelRef('b) Share the paper with heads of department')).toEqual({
      ref: 'b',
      rest: 'Share the paper with heads of department',
    })
    // A count or a word in capitals is not a code: no dotted number follows it.
    expect(peelRef('UK universities employ many technicians')).toBeNull()
    expect(peelRef('a) lower-case text is not an item')).toBeNull()
  })
})

describe('a commitment beside its actions, with leads and dates typed as paragraphs', () => {
  const rows = [
    ['Technical staff plan 2026-2029', '', '', ''],
    ['Making technicians visible', '', '', ''],
    [
      'We will work with every faculty and the technical forum to:',
      '·         Publish a directory of technical skills\n·         Name technicians on the papers they supported\n\n·         Open the workshops to visitors each summer',
      'Technical Forum\n\nHR Systems',
      'June 2027\n\nMarch 2028',
    ],
    [
      'We will recognise the work of technicians in our reward schemes.',
      'Add a technician category to the staff awards\n\nReview the pay bands of senior technicians',
      'Reward, Recognition & Awards team\n\nHR Policy',
      'Jan 2027\n\nMarch 2027',
    ],
  ]

  it('reads the verb-led items as the actions, the "We will …" commitment as their description', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(explanation.columns.find((c) => c.column === 2)?.field).toBe('title')
    expect(explanation.columns.find((c) => c.column === 3)?.field).toBe('owners')
    expect(plan.actions.map((a) => a.title.slice(0, 24))).toEqual([
      'Publish a directory of t',
      'Name technicians on the ',
      'Open the workshops to vi',
      'Add a technician categor',
      'Review the pay bands of ',
    ])
    expect(plan.actions[0]!.description).toBe('We will work with every faculty and the technical forum to:')
  })

  it('pairs two actions with the two leads and two dates on their own paragraphs', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.slice(3).map((a) => [a.owners, a.target.due])).toEqual([
      [['Reward, Recognition & Awards team'], '2027-01-31'],
      [['HR Policy'], '2027-03-31'],
    ])
  })

  it('keeps a comma list of people or units as several owners', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead'],
      ['Publish a directory of technical skills', 'Deans, Directors and Technical Manager'],
      ['Open the workshops to visitors', 'HR, Estates and Facilities team'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Deans', 'Directors', 'Technical Manager'],
      ['HR', 'Estates and Facilities team'],
    ])
  })
})

describe('several actions on the lines of one cell, and a header cut short at a page break', () => {
  const rows = [
    ['Technician plan 2026-2028', '', '', '', ''],
    ['Objective', 'Action(s)', 'Outcome', 'Action By', 'Timescale'],
    [
      'Make technical careers visible',
      'Publish a directory of technical skills\nName technicians on published papers\nOpen the workshops each summer',
      'Directory online\nPapers name their technicians\nAn open day held every year',
      'Technical Manager\n(Faculty of Science)',
      'March 2027',
    ],
    ['Objective', 'Action(s)', '', '', ''],
    [
      'Reward technical work',
      'Add a technician category to the awards\nReview the senior technician pay bands\nFund two secondments a year',
      'Category added\nBands reviewed\nTwo secondments funded',
      'HR Policy',
      'June 2027',
    ],
  ]

  it('reads one action a line when the outcome cell has as many lines, sharing the lead and the date', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title.slice(0, 20), a.owners, a.target.due])).toEqual([
      ['Publish a directory ', ['Technical Manager (Faculty of Science)'], '2027-03-31'],
      ['Name technicians on ', ['Technical Manager (Faculty of Science)'], '2027-03-31'],
      ['Open the workshops e', ['Technical Manager (Faculty of Science)'], '2027-03-31'],
      ['Add a technician cat', ['HR Policy'], '2027-06-30'],
      ['Review the senior te', ['HR Policy'], '2027-06-30'],
      ['Fund two secondments', ['HR Policy'], '2027-06-30'],
    ])
  })

  it('keeps an action of two lines whole: an action and its remark', () => {
    const { plan } = tableToPlan([
      ['Action', 'Outcome', 'Lead'],
      ['Review the booking policy\nThe old policy is deferred.', 'Policy agreed\nPolicy published', 'SH'],
    ])
    expect(plan.actions).toHaveLength(1)
  })
})

describe('a priority row, lettered actions under a numbered aim, and a revised timetable', () => {
  it('reads the priority row as a heading and numbers the lettered actions by their aim', () => {
    const { plan, explanation } = tableToPlan([
      ['Aim', 'Rationale', 'Action(s)', 'Lead', 'Timeframe'],
      [
        'Priority 1 Make technical careers visible',
        'Technicians are rarely named in our reports.',
        '',
        '',
        '',
      ],
      [
        '1 Raise the profile of technicians',
        'Few staff know the technical teams.',
        'a) Publish a directory of technical skills',
        '',
        '',
      ],
      ['', '', 'b) Share the directory with:\nHeads of School\nThe research office', '', ''],
      ['2 Reward technical work', '', 'a) Add a technician category to the staff awards', '', ''],
    ])
    expect(explanation.rows.find((r) => r.row === 2)?.kind).toBe('section')
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 26)])).toEqual([
      ['1a', 'Publish a directory of tec'],
      ['1b', 'Share the directory with: '],
      ['2a', 'Add a technician category '],
    ])
  })

  it('reads a date in a "Revised timetable" column as the target, and keeps the original beside "Done"', () => {
    const { plan, issues } = tableToPlan([
      ['Action', 'By whom', 'By when', 'Progress', 'Revised timetable', 'Savings'],
      ['', '', '', '', '', '£000'],
      ['Map the skills of every technician', 'HR', 'December 2026', 'Done', 'Done', '0'],
      ['Hold a technician open day', 'Technical Forum', 'June 2027', 'Ongoing', 'February 2028', '0'],
    ])
    expect(plan.actions.map((a) => [a.title.slice(0, 12), a.target.due, a.section])).toEqual([
      ['Map the skil', '2026-12-31', null],
      ['Hold a techn', '2028-02-29', null],
    ])
    expect(issues.some((issue) => issue.code === 'target-revised' && issue.row === 4)).toBe(true)
  })
})

describe('an action cell that says there is no action', () => {
  it('reads no action from a "None" row, and says so', () => {
    const { plan, issues, explanation } = tableToPlan([
      ['Requirement', 'Action required', 'Deadline', 'Lead'],
      ['A named lead for technicians', 'None', 'Completed', 'Ada Byron'],
      ['Technicians named on papers', 'Write to every journal editor', 'March 2027', 'Ada Byron'],
      ['A technician webpage', 'N/A', '', ''],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual(['Write to every journal editor'])
    expect(issues.filter((issue) => issue.code === 'no-action-row').map((issue) => issue.row)).toEqual([2, 4])
    expect(explanation.rows.filter((r) => r.kind === 'skipped').map((r) => r.row)).toEqual([2, 4])
  })
})

describe('what a progress report in the status column says happened', () => {
  it('reads "cannot be carried forward" as cancelled and "was held" as complete', () => {
    const { plan } = tableToPlan([
      ['Action', 'Status'],
      ['Hold a technician open day', 'Incomplete/cannot be carried forward'],
      ['Hold a technician awards evening', 'The awards evening was held on 7th October'],
      ['Run a skills survey', 'The survey was not held this year'],
      ['Publish a directory', 'Directory being drafted with the faculties'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['cancelled', 'complete', 'cancelled', 'unknown'])
  })
})

describe('a status column left empty beside a latest note', () => {
  it('reads the state from the "Latest Note" when the status cell is empty, and says so', () => {
    const { plan, issues } = tableToPlan([
      ['Status Icon', 'Action', 'Due Date', 'Latest Note'],
      ['', 'Run a technician skills survey', '31-Mar-2027', '02-Feb-2027 Survey not going ahead this year'],
      ['', 'Publish a technician directory', '31-Jul-2027', ''],
      ['Complete', 'Hold an open day', '30-Jun-2027', 'The open day was delayed by a month'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['cancelled', 'unknown', 'complete'])
    expect(issues.find((issue) => issue.code === 'status-from-prose')?.message).toContain(
      'The status cell on row 2 is empty',
    )
  })
})

describe('a plural word naming a body of people before "and"', () => {
  it('splits "Governors and Estates" into two owners, but not one name joined by "and"', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead'],
      ['Publish a technician directory', 'TSG, Governors and Estates'],
      ['Hold a technician open day', 'Research and Enterprise Services'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['TSG', 'Governors', 'Estates'],
      ['Research and Enterprise Services'],
    ])
  })
})

describe('a column of tasks with their timescales in brackets', () => {
  it('reads "Task and (Timescale)" beside an Action column as the target', () => {
    const { plan, explanation } = tableToPlan([
      ['Action', 'Task and (Timescale)', 'Lead'],
      [
        '1.1 To publish a technician newsletter.',
        'Forum to write the newsletter. (Annually)\nForum to survey readers. (2026 - 2028)',
        'Technical Forum',
      ],
      [
        '1.2 To name technicians on papers.',
        'Research office to write to editors. (Annually)',
        'Research Office',
      ],
    ])
    expect(explanation.columns.find((c) => c.column === 2)?.field).toBe('target')
    expect(plan.actions.map((a) => [a.ref, a.target.due])).toEqual([
      ['1.1', '2028-12-31'],
      ['1.2', null],
    ])
  })
})

describe('plans of round 8 and round 10: one-column pages and unnamed columns', () => {
  it('reads a column headed by no field word but holding dates ("Term": "Autumn 2026") as the target', () => {
    const { plan, explanation } = tableToPlan([
      ['Technician forum timeline', ''],
      ['Term', 'Action'],
      ['Autumn 2026', 'Hold the first technician forum'],
      ['Spring 2027', 'Publish the forum terms of reference'],
      ['Summer-Autumn 2027', 'Survey technicians on the forum'],
    ])
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Hold the first technician forum', '2026-11-30'],
      ['Publish the forum terms of reference', '2027-05-31'],
      ['Survey technicians on the forum', '2027-11-30'],
    ])
    expect(explanation.columns[0]!.field).toBe('target')
  })

  it('reads "◦" sub-bullets as actions and a bulleted "• Short-term:" above them as their heading', () => {
    const { plan } = tableToPlan([
      ['Theme 2: Recognise'],
      ['• Short-term:'],
      ['◦ Name a technician lead in every school'],
      ['◦ Publish technician numbers each year'],
      ['• Longer-term:'],
      ['◦ Add technicians to the awards scheme'],
    ])
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['Name a technician lead in every school', 'Short-term'],
      ['Publish technician numbers each year', 'Short-term'],
      ['Add technicians to the awards scheme', 'Longer-term'],
    ])
  })

  it('reads the owner a one-column action names as its subject ("Technical Liaison will …")', () => {
    const { plan } = tableToPlan([
      ['Next steps'],
      ['• The Technical Services Manager will publish a skills map for every school'],
      ['• TSG will run a survey of technicians each spring'],
      ['• Steering group to agree the terms of the forum'],
      ['• We will hold an annual showcase for technicians'],
      ['• The forum will be reviewed after its first year'],
      ['• Set up a working group to plan the showcase'],
      ['• Staff Survey results will shape the next plan'],
      ['• Technical Liaison at the Faculty level will chair the forum'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Technical Services Manager'],
      ['TSG'],
      ['Steering group'],
      [],
      [],
      [],
      [],
      ['Technical Liaison at the Faculty level'],
    ])
  })

  it('cites items numbered afresh under a numbered heading with its number ("2.1" then "1." → 2.1.1)', () => {
    const { plan } = tableToPlan([
      ['Goal 2: Grow technical careers'],
      ['2.1 Open routes into technical roles'],
      ['1. Offer four apprenticeships a year'],
      ['2. Publish a careers map'],
      ['2.2 Support registration'],
      ['1. Fund registration fees'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.section])).toEqual([
      ['2.1.1', 'Offer four apprenticeships a year', 'Open routes into technical roles'],
      ['2.1.2', 'Publish a careers map', 'Open routes into technical roles'],
      ['2.2.1', 'Fund registration fees', 'Support registration'],
    ])
  })

  it('cites lettered rows under a numbered row with no lead or date as "1a", the numbered row their heading', () => {
    const { plan } = tableToPlan([
      ['No', 'Action', 'Who', 'When'],
      ['1', 'Gather data on technicians', '', ''],
      ['a', 'Survey every technician', 'HR', 'By June 2027'],
      ['b', 'Report the survey to the board', 'HR and TSG', 'By July 2027'],
      ['2', 'Share the data', '', ''],
      ['a', 'Publish a summary on the web', 'Comms', 'By August 2027'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.section, a.owners])).toEqual([
      ['1a', 'Gather data on technicians', ['HR']],
      ['1b', 'Gather data on technicians', ['HR', 'TSG']],
      ['2a', 'Share the data', ['Comms']],
    ])
  })

  it('reads a numbered list in a one-column page whose prose outnumbers it, the prose not as actions', () => {
    const { plan } = tableToPlan([
      ['Technician network: spring update'],
      ['The network met four times this spring and agreed where to start.'],
      ['Its members come from every faculty and from the central workshops.'],
      ['Each working group has picked a few first goals, set out below.'],
      ['They will report again in the autumn, with dates for each goal.'],
      ['Careers group'],
      ['1. Publish a career map for technicians.'],
      ['2. Review the job families with HR.'],
      ['Skills group'],
      ['1. Run a skills audit in every school.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.section])).toEqual([
      ['1', 'Publish a career map for technicians.', 'Careers group'],
      ['2', 'Review the job families with HR.', 'Careers group'],
      ['1', 'Run a skills audit in every school.', 'Skills group'],
    ])
  })

  it('keeps "We will …" sentences under headings as actions beside a numbered list in a one-column page', () => {
    const { plan } = tableToPlan([
      ['Our technician commitment'],
      ['We make three promises to technicians:'],
      ['1. Technicians are seen.'],
      ['2. Technicians are valued.'],
      ['Being seen'],
      ['We will name a technician lead in every school.'],
      ['Technicians already sit on two committees.'],
      ['Being valued'],
      ['We will add technicians to the annual awards.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['Technicians are seen.', 'We make three promises to technicians'],
      ['Technicians are valued.', 'We make three promises to technicians'],
      ['We will name a technician lead in every school.', 'Being seen'],
      ['We will add technicians to the annual awards.', 'Being valued'],
    ])
  })

  it('reads past-tense items of a timeline whose other items are instructions as complete', () => {
    const rows = [
      ['Term', 'Action'],
      ['Spring 2027', 'Publish the technician survey results'],
      ['Autumn 2026', 'Published the survey questions'],
      ['Autumn 2026', 'Mapped the technical roles'],
      ['Summer 2026', 'Agree the survey questions'],
      ['Summer 2026', 'Embed the survey in induction'],
    ]
    const { plan, issues } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.status.state)).toEqual([
      'unknown',
      'complete',
      'complete',
      'unknown',
      'unknown',
    ])
    expect(issues.filter((i) => i.code === 'status-from-tense').map((i) => i.row)).toEqual([3, 4])
    // Without an instruction whose verb a past-tense item repeats, a past tense proves nothing.
    const alone = tableToPlan([
      ['Term', 'Action'],
      ['Spring 2027', 'Improved induction for new technicians'],
      ['Autumn 2026', 'Agree the survey questions'],
    ])
    expect(alone.plan.actions.map((a) => a.status.state)).toEqual(['unknown', 'unknown'])
  })

  it('reads a short line ending in a full stop below an item of a one-column list as an item, not a heading', () => {
    const { plan } = tableToPlan([
      ['The technical forum agreed these steps:'],
      ['Workshops'],
      ['Label every workshop with the name of its technician.'],
      ['Share tools.'],
      ['Training'],
      ['Book a first-aid course for the whole team.'],
      ['Comments'],
    ])
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['Label every workshop with the name of its technician.', 'Workshops'],
      ['Share tools.', 'Workshops'],
      ['Book a first-aid course for the whole team.', 'Training'],
    ])
  })

  it('keeps "team and section leaders" whole: the lowercase word before "and" shares the role after it', () => {
    const { plan } = tableToPlan([
      ['Action', 'Responsible'],
      ['Name a technician lead in every school', 'Pro-Vice-Chancellor, team and section leaders'],
      ['Publish technician numbers', 'HR and faculty managers'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Pro-Vice-Chancellor', 'team and section leaders'],
      ['HR', 'faculty managers'],
    ])
  })

  it('reads a one-column form repeated per action: label lines each over one value line', () => {
    const { plan, explanation } = tableToPlan([
      ['Status'],
      ['All of these recommendations are in progress.'],
      ['Recommendation 1'],
      ['Give every technician a named mentor.'],
      ['Lead person(s)'],
      ['Jo Bloggs, Sam Smith'],
      ['Planned activity'],
      ['Ask for volunteers in May. Pair them in June.'],
      ['Recommendation 2'],
      ['Publish technician numbers each year.'],
      ['Lead person(s)'],
      ['Ali Khan'],
      ['Planned activity'],
      ['Agree the count with HR.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.status.state, a.description])).toEqual([
      [
        '1',
        'Give every technician a named mentor.',
        ['Jo Bloggs', 'Sam Smith'],
        'in-progress',
        'Ask for volunteers in May. Pair them in June.',
      ],
      ['2', 'Publish technician numbers each year.', ['Ali Khan'], 'in-progress', 'Agree the count with HR.'],
    ])
    expect(plan.title).toBeNull()
    expect(explanation.rows.filter((r) => r.kind === 'header').map((r) => r.row)).toEqual([1, 5, 7, 11, 13])
    expect(explanation.columns[0]!.evidence).toContain('label lines ("Lead person(s)", "Planned activity")')
  })

  it('reads a status word under a "Status" label as the value, though it holds a header word', () => {
    const rows = [1, 2].flatMap((n) => [
      [`Recommendation ${n}`],
      [`Give technician group ${n} a named mentor.`],
      ['Lead person(s)'],
      ['Jo Bloggs'],
      ['Status'],
      [n === 1 ? 'In progress' : 'Complete'],
    ])
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.owners, a.status.state])).toEqual([
      ['1', ['Jo Bloggs'], 'in-progress'],
      ['2', ['Jo Bloggs'], 'complete'],
    ])
  })

  it('reads "Actions" over one sentence per heading as a heading over that action, not a form', () => {
    const { plan } = tableToPlan([
      ['Visibility'],
      ['Actions'],
      ['Launch a technician web page on the intranet.'],
      ['Recognition'],
      ['Actions'],
      ['Hold an annual technician awards evening.'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Launch a technician web page on the intranet.',
      'Hold an annual technician awards evening.',
    ])
  })

  it('reads a label over a bulleted list as a heading, not a form field', () => {
    const { plan } = tableToPlan([
      ['Area 1: visibility'],
      ['Actions'],
      ['- Publish technician numbers each year'],
      ['Owner'],
      ['HR'],
      ['Area 2: recognition'],
      ['Actions'],
      ['- Add technicians to the awards'],
      ['Owner'],
      ['Technical Forum'],
    ])
    expect(plan.actions.map((a) => a.title)).toContain('Publish technician numbers each year')
    expect(plan.actions.map((a) => a.title)).toContain('Add technicians to the awards')
  })

  it('reads the items under a lead-in that says what has been done as complete, not those under plans', () => {
    const { plan } = tableToPlan([
      ['Technician update'],
      ['The forum met six times. Over the year we have made these changes to technician careers:'],
      ['• Publishing a technician career map'],
      ['• Naming a technician lead in every school'],
      ['Having made a start, we are now looking at the following areas:'],
      ['• Reviewing technician job families'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['complete', 'complete', 'unknown'])
  })

  it('drops footnote markers glued to a word ("technician[3]") from the action, keeping a bracket after a space', () => {
    const { plan } = tableToPlan([
      ['Next steps'],
      ['• Label every workshop with its technician[3]'],
      ['• Share the results with the forum (see the notes[12])'],
      ['• Publish the rota, as in note [4]'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Label every workshop with its technician',
      'Share the results with the forum (see the notes)',
      'Publish the rota, as in note [4]',
    ])
  })

  it('keeps the heading above a line that introduces a nested list ("Examples include:")', () => {
    const { plan } = tableToPlan([
      ['Technician update'],
      ['Careers group'],
      ['1. Agree measures of technician progression.'],
      ['Examples of such measures include:'],
      ['1. Promotions of technicians each year.'],
      ['2. Technicians on training schemes.'],
      ['2. Publish a technician career map.'],
    ])
    expect(plan.actions.map((a) => a.section)).toEqual([
      'Careers group',
      'Careers group',
      'Careers group',
      'Careers group',
    ])
  })

  it('keeps the sentences under numbered lines as actions when every number heads sentences of its own', () => {
    const { plan } = tableToPlan([
      ['Technician objectives 2023-27'],
      ['1. Every school recognises the technicians who support its teaching.'],
      ['Publish a termly list of technician contributions to each module.'],
      ['Name the technicians on every module handbook from next September.'],
      ['2. Technicians shape the careers offer.'],
      ['Survey technicians on the training they want each spring.'],
      ['Run a careers fair for technical staff across the faculties.'],
      ['Fund two technician places on the leadership course each year.'],
    ])
    const titles = plan.actions.map((a) => a.title)
    for (const sentence of [
      'Publish a termly list',
      'Name the technicians',
      'Survey technicians',
      'Run a careers fair',
      'Fund two technician places',
    ])
      expect(titles.some((title) => title.startsWith(sentence))).toBe(true)
  })
})
