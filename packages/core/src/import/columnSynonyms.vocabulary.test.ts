import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// The header words people type over each column of a Word or Excel action plan, a project tracker or a meeting's
// action log, each over cells of the kind it heads: the column must be read as that field.
const work = [
  'Agree the terms of reference for the working group',
  'Hold two drop-in sessions for part-time staff',
  'Add a wellbeing question to the exit interview',
]
const cellsOf = {
  people: ['Priya Patel', 'Deputy Registrar', 'Head of Estates'],
  dates: ['April 2027', '31/10/2026', 'Q2 2027'],
  states: ['Done', 'Underway', 'Not yet started'],
  prose: [
    'Terms drafted and sent to the group for comment last week.',
    'First session booked in the library for the spring term.',
    'Waiting for the HR systems team to add the question.',
  ],
} as const

/** "Ref | Action | <header> | <fourth>" over three rows; the field the header's column was read as. */
function fieldOf(
  header: string,
  kind: keyof typeof cellsOf,
  fourth: string,
  fourthCell: string,
): string | undefined {
  const rows = [
    ['Ref', 'Action', header, fourth],
    ...work.map((action, i) => [`${i + 1}`, action, cellsOf[kind][i]!, fourthCell]),
  ]
  return tableToPlan(rows).explanation.columns.find((column) => column.column === 3)?.field
}

describe('owner headers over names, roles and teams', () => {
  it.each([
    'Assigned To',
    'Assigned to',
    'ASSIGNED TO:',
    'Assigned',
    'Assignee',
    'Assignee(s)',
    'Allocated to',
    'Delegated to',
    'Owned by',
    'Managed by',
    'Coordinated by',
    'Action holder',
    'DRI',
    'Point of contact',
    'Key contact',
    'Champion',
    'Champion(s)',
    'Coordinator',
    'Co-ordinator',
    'Officer',
    'SRO',
    'Owner/Lead',
    'Owner(s)',
    'Lead(s)',
    'Lead/s',
    'Person(s) responsible',
    'Who?',
    'By whom?',
    'Responsible:',
    'Lead officer',
    'Responsible officer',
    'Action owner',
    'Volunteers',
    'Volunteer',
  ])('%s', (header) => {
    expect(fieldOf(header, 'people', 'Due date', 'June 2027')).toBe('owners')
  })
})

describe('target headers over dates, beside a start date', () => {
  it.each([
    'Milestone date',
    'Date due',
    'Due by',
    'Complete by',
    'Deliver by',
    'Delivery date',
    'Completion by',
    'Date for completion',
    'Target completion',
    'Target end date',
    'Finish date',
    'Expected completion',
    'Planned completion date',
    'Estimated completion',
    'Anticipated completion date',
    'Forecast completion',
    'By when?',
    'Deadline:',
  ])('%s', (header) => {
    expect(fieldOf(header, 'dates', 'Start date', 'January 2026')).toBe('target')
  })
})

describe('a second deadline header leaves the due date the target', () => {
  it.each(['Milestone date', 'Delivery date', 'Finish date'])('%s beside "Due date"', (header) => {
    expect(fieldOf(header, 'dates', 'Due date', 'June 2027')).not.toBe('target')
  })
})

describe('status headers over progress words', () => {
  it.each(['BRAG', 'BRAG status', 'RAG rating', 'Status:', 'Progress status'])('%s', (header) => {
    expect(fieldOf(header, 'states', 'Lead', 'Priya Patel')).toBe('status')
  })
})

describe('note headers over prose', () => {
  it.each([
    'Additional comments',
    'Further comments',
    'Additional information',
    'Further information',
    'Narrative',
    'Progress narrative',
    'Latest position',
  ])('%s', (header) => {
    expect(fieldOf(header, 'prose', 'Lead', 'Priya Patel')).toBe('notes')
  })
})

describe('words that open an owner header but name something else', () => {
  it.each([
    ['Assigned date', 'dates'],
    ['Officer comments', 'prose'],
    ['Champion notes', 'prose'],
  ] as const)('%s over %s is not the owners', (header, kind) => {
    expect(fieldOf(header, kind, 'Due date', 'June 2027')).not.toBe('owners')
  })
})
