import { describe, expect, it } from 'vitest'
import { parseStatus } from '../status/parseStatus'
import { statusFromQuestionColumn } from './statusFromQuestionColumn'
import { tableToPlan } from './tableToPlan'

// One test of each question in statusFromQuestionColumn's table: "when was it done", "was it done, yes or no",
// "is it done" and "is it still open".

describe('when was it done: a "Completed" column records when the work was done', () => {
  const { plan, explanation } = tableToPlan([
    ['Action', 'By when', 'Lead', 'Date completed'],
    ['Refresh the lab induction pack', 'By end of May 2025', 'LM', '02/05/2025'],
    ['Hold a technician open day', 'By end of June 2025', 'KT', 'June 2025'],
    [
      'Send the survey to every technician',
      'By end of July 2025',
      'KT',
      'Agreed and published by the board 3/7/25',
    ],
    ['Write the mentoring guide', 'By end of 2025', 'LM', 'Ongoing'],
    ['Review the pay bands', 'By end of 2026', 'HR', ''],
    ['Move stores to the new block', 'By 2026', 'Estates', 'Delayed by the builders'],
  ])

  it('reads the column as the status', () => {
    expect(explanation.columns.find((c) => c.column === 4)?.field).toBe('status')
  })

  it.each([
    [0, 'complete'],
    [1, 'complete'],
    [2, 'complete'],
    [3, 'ongoing'],
    [4, 'unknown'],
  ])('row %i reads as %s', (index, state) => {
    expect(plan.actions[index]?.status.state).toBe(state)
  })

  it('leaves a record that says the work is not done to the status parser', () => {
    expect(plan.actions[5]?.status.state).not.toBe('complete')
  })
})

describe('was it done, yes or no: a completion column ("Delivered Yes/No")', () => {
  it('reads "Yes" as complete and leaves "No" and empty cells unread', () => {
    const { plan } = tableToPlan([
      ['Action', 'Owner', 'Deadline', 'Delivered? Yes/No'],
      ['Replace the fire door signs', 'Estates', 'March 2026', 'Yes'],
      ['Publish the chemical inventory', 'Stores', 'April 2026', 'No'],
      ['Review lone working rules', 'Safety', 'May 2026', ''],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['complete', 'unknown', 'unknown'])
  })

  it.each([
    ['Delivered Yes/No', 'Yes', 'complete'],
    ['Completed (Y/N)', 'Y', 'complete'],
    ['Implemented Y/N', 'yes', 'complete'],
    ['Achieved?', 'Yes', 'complete'],
    ['Done ?', 'y', 'complete'],
    ['Achieved', 'Yes', 'unknown'],
    ['Delivered Yes/No', 'No', 'unknown'],
    ['Comments', 'Yes', 'unknown'],
  ])('%j with %j reads %s', (header, text, state) => {
    expect(statusFromQuestionColumn(header, text, { ...parseStatus(''), text }).state).toBe(state)
  })
})

describe('is it done: a completion flag', () => {
  it.each([
    ['complete', 'true'],
    ['Completed', 'TRUE'],
    ['Done?', 'yes'],
    ['is_complete', '✓'],
  ])('reads a set flag under "%s" ("%s") as complete', (header, text) => {
    expect(statusFromQuestionColumn(header, text, parseStatus(text)).state).toBe('complete')
  })

  it.each([
    ['complete', 'false'],
    ['Done', 'no'],
    ['Approved', 'true'],
    ['Complete by', 'yes'],
  ])(
    'leaves "%s" = "%s" unread: not done yet says nothing of progress, and another header is no flag',
    (header, text) => {
      expect(statusFromQuestionColumn(header, text, parseStatus(text)).state).toBe('unknown')
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

describe('is it still open: an "Open or Closed" column', () => {
  it.each([['Open or Closed'], ['Open/Closed'], ['Open or Closedc']])(
    'reads "Open" under "%s" as in progress',
    (header) => {
      expect(statusFromQuestionColumn(header, 'Open', parseStatus('Open')).state).toBe('in-progress')
    },
  )

  it('leaves "Open" under another header unread', () => {
    expect(statusFromQuestionColumn('Door', 'Open', parseStatus('Open')).state).toBe('unknown')
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

describe('statusFromQuestionColumn: the table read directly', () => {
  it.each([
    ['Date completed', '15/10/2025', 'complete'],
    ['Completed', 'Presented and approved by the board', 'complete'],
    ['Completed', 'Waiting for the builders', 'unknown'],
    ['Delivered Yes/No', 'Yes', 'complete'],
    ['Done?', 'yes', 'complete'],
    ['Open/Closed', 'Open', 'in-progress'],
    ['Notes', 'Yes', 'unknown'],
  ])('%j answered %j reads %s', (header, text, state) => {
    expect(statusFromQuestionColumn(header, text, { ...parseStatus(''), text }).state).toBe(state)
  })
})

describe("was it accepted: a reviewer's sign-off column of boxes", () => {
  it.each(['Accepted', 'Accepted?', 'Signed off', 'signed_off'])(
    'reads "%s" over ticked and open boxes, numbers on the first rows only',
    (header) => {
      const { plan, explanation } = tableToPlan([
        ['No.', 'Deliverable', header, 'Reviewer notes'],
        ['1a.', 'Licence file', '[X]', 'Fine'],
        ['1b.', 'User manual', '[ ]', 'Hard to follow for a first-time user'],
        ['', 'Install script', '[x]', 'Ran cleanly'],
        ['', 'Sample data set', '[ ]', 'Missing'],
      ])
      expect(explanation.columns.find((c) => c.column === 3)?.field).toBe('status')
      expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
        ['Licence file', 'complete'],
        ['User manual', 'in-progress'],
        ['Install script', 'complete'],
        ['Sample data set', 'in-progress'],
      ])
    },
  )

  it('leaves an "Accepted" cell that is neither box to the status parser', () => {
    expect(statusFromQuestionColumn('Accepted', 'Pending', parseStatus('Pending')).state).toBe(
      parseStatus('Pending').state,
    )
  })
})
