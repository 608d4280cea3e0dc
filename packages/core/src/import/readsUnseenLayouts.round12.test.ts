import { describe, expect, it } from 'vitest'
import { numberedListsInCells } from './numberedListsInCells'
import { tableToPlan } from './tableToPlan'

// Layouts met in round11-held-out of examples/data/unseen (opened for development in round 12), each in a small
// table of our own.

describe('a grid of aspects, each cell of numbered objectives one action per item', () => {
  const rows = [
    ['Theme', 'Lead', 'Objectives', 'Measures', 'Done'],
    [
      'Volunteers',
      'JK',
      '1. Recruit two new stewards\n2. Write a volunteer handbook\n3. Hold a thank-you evening',
      '1. Stewards in post\n2. Handbook issued\n3. Evening held',
      '',
    ],
    [
      'Premises',
      'LM',
      '1. Renew the hall lease\n2. Fit a hearing loop',
      '1. Lease signed\n2. Loop working',
      '',
    ],
  ]

  it('reads each numbered item as an action, its number its ref, owned by the row lead', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['1', 'Recruit two new stewards', ['JK']],
      ['2', 'Write a volunteer handbook', ['JK']],
      ['3', 'Hold a thank-you evening', ['JK']],
      ['1', 'Renew the hall lease', ['LM']],
      ['2', 'Fit a hearing loop', ['LM']],
    ])
  })

  it('still clears a "1." typed into every cell of single items', () => {
    expect(
      numberedListsInCells(
        [
          ['Recruit two new stewards', '1'],
          ['Renew the hall lease', '1'],
        ],
        0,
        1,
        0,
      ),
    ).toBe(false)
  })
})

describe('an action written once over the rows of its unnumbered tasks', () => {
  const rows = [
    ['Objectives', 'Actions', 'Tasks', 'Barrier', 'Time Frame'],
    [
      '1. Make every library branch easy to reach.',
      '1. Audit the branches.',
      'Walk each branch with a wheelchair user and note every barrier.',
      'Physical',
      'June 2026',
    ],
    ['', '', 'Publish the audit findings on the council website.', 'Information', 'Autumn 2026'],
    [
      '',
      '1. Train the front-desk staff.',
      'Run a disability awareness session at each branch.',
      'Attitudinal',
      'Ongoing',
    ],
    ['', '', 'Add the session to every new starter induction.', 'Attitudinal', 'March 2027'],
  ]

  it('reads each task as an action, with its own time frame', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Walk each branch with a wheelchair user and note every barrier.', '2026-06-30'],
      ['Publish the audit findings on the council website.', '2026-11-30'],
      ['Run a disability awareness session at each branch.', null],
      ['Add the session to every new starter induction.', '2027-03-31'],
    ])
    expect(explanation.columns.find((c) => c.header === 'Tasks')?.field).toBe('title')
  })

  it('keeps the action written once in extra when the objective is the section', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions[0]?.section).toBe('Make every library branch easy to reach.')
    expect(plan.actions[0]?.extra).toContainEqual({ column: 'Actions', value: '1. Audit the branches.' })
  })
})

describe("a scrutiny committee's recommendations tracker", () => {
  const rows = [
    [
      '',
      'Panel',
      'Recommendation Made',
      'Recommendation made to:',
      'Action taken or Planned to Date',
      'Outcome',
    ],
    [
      'P4',
      'Housing Panel',
      'That the waiting list figures be published every quarter.',
      'The Cabinet Member for Housing, Homelessness and Lettings',
      'Figures added to the quarterly report',
      'Actioned.',
    ],
    [
      'P5',
      'Housing Panel',
      'That tenants be asked about the repairs service.',
      'The Cabinet Member for Housing, Homelessness and Lettings',
      'Survey drafted',
      'Pending',
    ],
    [
      'P6',
      'Housing Panel',
      'That the panel see the new allocations policy before it is adopted.',
      'Leader of the Council',
      'Date to be set',
      'To be arranged',
    ],
  ]

  it('reads the recommendation as the action, made to its owner, the outcome as its status', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.status.state])).toEqual([
      [
        'P4',
        'That the waiting list figures be published every quarter.',
        ['The Cabinet Member for Housing, Homelessness and Lettings'],
        'complete',
      ],
      [
        'P5',
        'That tenants be asked about the repairs service.',
        ['The Cabinet Member for Housing, Homelessness and Lettings'],
        'not-started',
      ],
      [
        'P6',
        'That the panel see the new allocations policy before it is adopted.',
        ['Leader of the Council'],
        'unknown',
      ],
    ])
    expect(explanation.columns.find((c) => c.header === 'Action taken or Planned to Date')?.field).toBe(
      'notes',
    )
  })

  it('keeps "Outcome" as success measures where its cells are measures, not states', () => {
    const { explanation } = tableToPlan([
      ['Action', 'Lead', 'Outcome'],
      ['Run a mentoring scheme', 'HR', 'More technicians apply for promotion'],
      ['Publish the pay gap', 'Finance', 'The gap narrows each year'],
    ])
    expect(explanation.columns.find((c) => c.header === 'Outcome')?.field).toBe('successMeasures')
  })
})

describe('a milestone list led by dates, one milestone led by its status instead', () => {
  it('reads the status word in place of a date as the milestone status', () => {
    const { plan } = tableToPlan([
      ['Library refurbishment'],
      ['Key milestones'],
      ['- Under way: Survey of the building fabric by the surveyors'],
      ['- 31 March 2026: Designs agreed with the trustees'],
      ['- September 2026: Building work begins'],
    ])
    expect(plan.actions.map((a) => [a.title, a.target.due, a.status.state])).toEqual([
      ['Survey of the building fabric by the surveyors', null, 'in-progress'],
      ['Designs agreed with the trustees', '2026-03-31', 'unknown'],
      ['Building work begins', '2026-09-30', 'unknown'],
    ])
  })
})

describe('a two-column timeline with no header, split by phase rows', () => {
  const rows = [
    ['Our HR Award project'],
    ['Timeline:'],
    ['Preparation Phase', ''],
    ['Sign the Charter and Code', '15.3.2025'],
    ['Survey of researchers and gap analysis', '1.4.–30.9.2025'],
    ['Delivery Phase', ''],
    ['Action plan sent to the Commission', '31.10.2025'],
    ['Review of progress', 'Autumn 2027'],
  ]

  it('reads each step as an action dated by its cell, the phase above as its section', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.target.due, a.section])).toEqual([
      ['Sign the Charter and Code', '2025-03-15', 'Preparation Phase'],
      ['Survey of researchers and gap analysis', '2025-09-30', 'Preparation Phase'],
      ['Action plan sent to the Commission', '2025-10-31', 'Delivery Phase'],
      ['Review of progress', '2027-11-30', 'Delivery Phase'],
    ])
  })

  it('leaves a table with a header row to the header reader', () => {
    const { explanation } = tableToPlan([
      ['Action', 'Deadline'],
      ['Sign the Charter and Code', '15.3.2025'],
      ['Survey the researchers', '30.9.2025'],
      ['Send the plan', '31.10.2025'],
    ])
    expect(explanation.headerRow).toBe(1)
  })
})

describe('roman-numbered items under a lead-in ending in a colon', () => {
  it('reads each as an action numbered by its numeral, not as a section heading', () => {
    const { plan } = tableToPlan([
      ['Our commitments'],
      ['Funding'],
      ['• The fund will publish its awards every year.'],
      ['• Applicants will be asked to describe their team.'],
      ['• Universities must hold:'],
      ['I. A Bronze award by the end of 2026 to apply.'],
      ['II. A Silver award by the end of 2029.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due])).toEqual([
      [null, 'The fund will publish its awards every year.', null],
      [null, 'Applicants will be asked to describe their team.', null],
      ['I', 'A Bronze award by the end of 2026 to apply.', '2026-12-31'],
      ['II', 'A Silver award by the end of 2029.', '2029-12-31'],
    ])
  })
})

describe('numbered commitments with sub-commitments numbered under them', () => {
  it('reads a commitment sentence over its sub-commitments as an action too', () => {
    const { plan } = tableToPlan([
      ['Housing commitments'],
      ['COMMITMENTS', 'RESPONSIBILITY'],
      [
        '2.1. The Regional Council and the State Government commit to a shared plan for repairing community housing across the region over five years.',
        '',
      ],
      ['2.1.1. The State Government commits to funding a housing officer for the Regional Council.', ''],
      [
        '2.1.2. The Regional Council will report progress to the community every six months.',
        'Lead: Housing Office',
      ],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['2.1', '2.1.1', '2.1.2'])
  })

  it('keeps a short numbered title over its items a heading', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Action'],
      ['2', 'Staff development'],
      ['2.1', 'Fund a mentoring scheme for new technicians'],
      ['2.2', 'Run two careers workshops each year'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.section])).toEqual([
      ['2.1', 'Staff development'],
      ['2.2', 'Staff development'],
    ])
  })
})
