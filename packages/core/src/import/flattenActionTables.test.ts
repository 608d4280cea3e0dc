import { describe, expect, it } from 'vitest'
import { flattenActionTables } from './flattenActionTables'
import { tableToPlan } from './tableToPlan'

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
})
