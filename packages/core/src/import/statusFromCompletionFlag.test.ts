import { describe, expect, it } from 'vitest'
import { parseStatus } from '../status/parseStatus'
import { statusFromCompletionFlag, statusFromOpenClosedColumn } from './statusFromCompletionFlag'
import { tableToPlan } from './tableToPlan'

describe('statusFromCompletionFlag', () => {
  it.each([
    ['complete', 'true'],
    ['Completed', 'TRUE'],
    ['Done?', 'yes'],
    ['is_complete', '✓'],
  ])('reads a set flag under "%s" ("%s") as complete', (header, text) => {
    expect(statusFromCompletionFlag(header, text, parseStatus(text)).state).toBe('complete')
  })

  it.each([
    ['complete', 'false'],
    ['Done', 'no'],
    ['Approved', 'true'],
    ['Complete by', 'yes'],
  ])(
    'leaves "%s" = "%s" unread: not done yet says nothing of progress, and another header is no flag',
    (header, text) => {
      expect(statusFromCompletionFlag(header, text, parseStatus(text)).state).toBe('unknown')
    },
  )

  it('reads a work programme kept as data: the team written once per objective owns each milestone, a true flag completes it', () => {
    const { plan } = tableToPlan([
      ['Network work programme'],
      ['objective', 'description', 'team', 'milestone', 'date', 'complete'],
      [
        'Mentoring',
        'Pair new members with mentors.',
        'Priya Shah',
        'Recruit ten mentors',
        '2031-02-01',
        'true',
      ],
      ['', '', '', 'Match the first pairs', '2031-04-01', 'false'],
      ['', '', '', 'Survey the pairs after six months', '2031-10-01', 'false'],
      ['Events', 'Hold a yearly conference.', 'Tom Reid', 'Book the venue', '2031-03-01', 'TRUE'],
      ['', '', '', 'Open the call for speakers', '2031-05-01', 'FALSE'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Recruit ten mentors', ['Priya Shah'], 'complete'],
      ['Match the first pairs', ['Priya Shah'], 'unknown'],
      ['Survey the pairs after six months', ['Priya Shah'], 'unknown'],
      ['Book the venue', ['Tom Reid'], 'complete'],
      ['Open the call for speakers', ['Tom Reid'], 'unknown'],
    ])
  })
})

describe('statusFromOpenClosedColumn', () => {
  it.each([['Open or Closed'], ['Open/Closed'], ['Open or Closedc']])(
    'reads "Open" under "%s" as in progress',
    (header) => {
      expect(statusFromOpenClosedColumn(header, 'Open', parseStatus('Open')).state).toBe('in-progress')
    },
  )

  it('leaves "Open" under another header unread', () => {
    expect(statusFromOpenClosedColumn('Door', 'Open', parseStatus('Open')).state).toBe('unknown')
  })

  it('reads an audit follow-up table: the "Open or Closed" column is the status', () => {
    const { plan } = tableToPlan([
      ['Finding', 'Agreed action', 'Due', 'Open or Closed'],
      ['1', 'Reconcile the supplier ledger every month', 'June 2031', 'Open'],
      ['2', 'Rotate the payroll approver each year', 'May 2031', 'Closed'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['in-progress', 'complete'])
  })
})
