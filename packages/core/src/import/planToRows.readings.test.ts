// The "as read" columns of the canonical layout: an ordinary table's owner and status cells are read further than
// parseOwners and parseStatus read their text, and the canonical file keeps that reading so it comes back.
import { describe, expect, it } from 'vitest'
import type { Action } from '../model/action'
import type { Plan } from '../model/plan'
import { parseTargetDate } from '../dates/parseTargetDate'
import { parseStatus } from '../status/parseStatus'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { canonicalColumns } from './canonicalColumns'
import { planToRows } from './planToRows'
import { tableToPlan } from './tableToPlan'

const ordinaryHeader = ['Ref', 'Action', 'Lead', 'By when', 'Progress']

function importedOnce(lead: string, progress: string): Plan {
  return tableToPlan([
    ordinaryHeader,
    ['1', 'Run a careers fair for technicians', lead, 'July 2021', progress],
  ]).plan
}

/** The cell of the first action's row under `name`, or null when the header has no such column. */
function firstActionCell(rows: string[][], name: string): string | null {
  const at = rows[0]!.indexOf(name)
  return at < 0 ? null : rows[1]![at]!
}

describe('owners and status read further than their text, through the canonical layout', () => {
  it.each([
    {
      case: 'an owner with a RACI mark in brackets',
      lead: 'Registry (R)',
      progress: 'Not started',
      owners: ['Registry'],
      ownersCell: '["Registry"]',
      state: 'not-started',
      statusCell: null,
    },
    {
      case: 'an owner with a one-letter role mark',
      lead: '0(I)',
      progress: 'In progress',
      owners: ['0'],
      ownersCell: '["0"]',
      state: 'in-progress',
      statusCell: null,
    },
    {
      case: 'a status written as a report of what happened',
      lead: 'Careers Service',
      progress: 'The first fair was held in June',
      owners: ['Careers Service'],
      ownersCell: null,
      state: 'complete',
      statusCell:
        '{"state":"complete","completedOn":null,"percent":null,"reportedRag":null,"note":"The first fair was held in June"}',
    },
  ])(
    '$case comes back as the first import read it',
    ({ lead, progress, owners, ownersCell, state, statusCell }) => {
      const first = importedOnce(lead, progress)
      expect(first.actions[0]!.owners).toEqual(owners)
      expect(first.actions[0]!.status.state).toBe(state)

      const rows = planToRows(first)
      expect(rows[1]![6]).toBe(lead) // the Owners cell still holds the text as written
      expect(firstActionCell(rows, 'Owners (as read)')).toBe(ownersCell)
      expect(firstActionCell(rows, 'Status (as read)')).toBe(statusCell)

      const again = tableToPlan(rows)
      expect(again.plan).toEqual(first)
      // The reading is what the first import made of the cell, so it is not reported as unrecognised this time.
      expect(again.issues.filter((issue) => issue.code === 'unreadable-status')).toEqual([])
    },
  )

  it('writes the two columns after the link columns and before the extra columns, each only when needed', () => {
    const first = tableToPlan([
      [...ordinaryHeader, 'Budget'],
      ['1', 'Fund a training day', 'Estates (R)', 'May 2021', 'The workshop was held in April', '£200'],
      ['2', 'Map technician roles', 'HR', 'June 2021', 'Not started', ''],
    ]).plan
    const linked: Plan = {
      ...first,
      actions: first.actions.map((action, i) =>
        i === 0 ? { ...action, continues: { planId: 'earlier', actionId: 'x1' } } : action,
      ),
    }
    const rows = planToRows(linked)
    expect(rows[0]!.slice(canonicalColumns.length)).toEqual([
      'Continues plan',
      'Continues action',
      'Owners (as read)',
      'Status (as read)',
      'Budget',
    ])
    expect(rows[2]!.slice(canonicalColumns.length)).toEqual(['', '', '', '', ''])
    expect(tableToPlan(rows).plan).toEqual(linked)

    const estates = first.actions[0]!
    const ownersOnly = planToRows({
      ...first,
      actions: [{ ...estates, status: parseStatus(estates.status.text) }],
    })
    expect(ownersOnly[0]!.slice(canonicalColumns.length)).toEqual(['Owners (as read)', 'Budget'])
  })
})

function action(overrides: Partial<Action> & { id: string }): Action {
  return {
    ref: null,
    title: 'Survey technical staff',
    description: null,
    section: null,
    pillars: [],
    pillarsText: '',
    owners: [],
    ownersText: '',
    target: parseTargetDate(''),
    successMeasures: [],
    status: parseStatus(''),
    notes: null,
    updates: [],
    extra: [],
    ...overrides,
  }
}

const plan: Plan = {
  id: 'survey-plan',
  institution: null,
  title: null,
  period: { text: null, start: null, end: null },
  taxonomy: technicianCommitment.id,
  dateContext: {},
  actions: [action({ id: 's1', ownersText: 'Faculty Office (R)', owners: ['Faculty Office'] })],
}

describe('canonical files with and without the as-read columns', () => {
  it('a plan whose owners and status are what their texts read as is written exactly as before', () => {
    const plain: Plan = {
      ...plan,
      actions: [
        action({
          id: 's1',
          ownersText: 'HR / Estates',
          owners: ['HR', 'Estates'],
          extra: [{ column: 'Cost', value: '1' }],
        }),
      ],
    }
    const rows = planToRows(plain)
    expect(rows[0]).toEqual([...canonicalColumns.map((c) => c.header), 'Cost'])
    expect(tableToPlan(rows).plan).toEqual(plain)
  })

  it('a canonical file written before the columns existed reads its Owners and Status text with the parsers, as before', () => {
    const header = canonicalColumns.map((c) => c.header)
    const old = [
      header,
      [
        'k1',
        '',
        'Open a tool library',
        '',
        '',
        '',
        'Faculty Office (R)',
        '',
        '',
        '',
        'Tools were bought',
        '',
        '',
      ],
    ]
    const { plan: read, issues } = tableToPlan(old)
    expect(read.actions[0]!.owners).toEqual(['Faculty Office (R)'])
    expect(read.actions[0]!.status).toEqual(parseStatus('Tools were bought'))
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([])
  })

  it('an extra column that happens to be named like an as-read column stays an extra column', () => {
    const lookalike: Plan = {
      ...plan,
      actions: [
        action({
          id: 's1',
          extra: [
            { column: 'Status (as read)', value: 'my own notes' },
            { column: 'Owners (as read)', value: 'someone' },
          ],
        }),
      ],
    }
    const rows = planToRows(lookalike)
    const back = tableToPlan(rows)
    expect(back.plan).toEqual(lookalike)
    expect(back.issues.filter((issue) => issue.severity === 'error')).toEqual([])
  })

  const bought = { ...parseStatus('Tools were bought'), state: 'complete' as const }
  const asText = { owners: ['Faculty Office (R)'], status: bought }
  const statusAsText = { owners: ['Faculty Office'], status: parseStatus('Tools were bought') }
  it.each([
    {
      case: 'owners cell that is not JSON',
      name: 'Owners (as read)',
      cell: '["Faculty Office"',
      code: 'invalid-owners-as-read',
      read: asText,
    },
    {
      case: 'owners cell that is not a list of names',
      name: 'Owners (as read)',
      cell: '{"owner":"Faculty Office"}',
      code: 'invalid-owners-as-read',
      read: asText,
    },
    {
      case: 'status cell with a state techcommit does not have',
      name: 'Status (as read)',
      cell: '{"state":"finished","completedOn":null,"percent":null,"reportedRag":null,"note":null}',
      code: 'invalid-status-as-read',
      read: statusAsText,
    },
    {
      case: 'status cell with a key techcommit does not write',
      name: 'Status (as read)',
      cell: '{"state":"complete","completedOn":null,"percent":null,"reportedRag":null,"note":null,"by":"me"}',
      code: 'invalid-status-as-read',
      read: statusAsText,
    },
  ])(
    'a malformed $case is an error on its row and column, and the text is read instead',
    ({ name, cell, code, read }) => {
      const rows = planToRows({ ...plan, actions: [{ ...plan.actions[0]!, status: bought }] }).map((row) => [
        ...row,
      ])
      const at = rows[0]!.indexOf(name)
      rows[1]![at] = cell
      const back = tableToPlan(rows)
      expect(back.issues).toContainEqual(
        expect.objectContaining({ code, severity: 'error', row: 2, column: at + 1, columnName: name }),
      )
      expect(back.plan.actions[0]!.owners).toEqual(read.owners)
      expect(back.plan.actions[0]!.status).toEqual(read.status)
    },
  )
})
