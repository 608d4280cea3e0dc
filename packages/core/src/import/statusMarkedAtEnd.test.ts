import { describe, expect, it } from 'vitest'
import { statusMarkedAtEnd } from './statusMarkedAtEnd'
import { tableToPlan } from './tableToPlan'

describe('statusMarkedAtEnd', () => {
  // [action as written, title left, marker, state]
  const marked: ReadonlyArray<readonly [string, string, string, string]> = [
    // A last sentence that is only a status, with where the work landed or when.
    [
      'Alert the on-call channel when the booking API stops answering. DONE in PR #214',
      'Alert the on-call channel when the booking API stops answering.',
      'DONE in PR #214',
      'complete',
    ],
    [
      'Rotate the archive keys every quarter. Done.',
      'Rotate the archive keys every quarter.',
      'Done.',
      'complete',
    ],
    [
      'Move the room bookings to the new calendar. Completed March 2021.',
      'Move the room bookings to the new calendar.',
      'Completed March 2021.',
      'complete',
    ],
    [
      'Check the form names the right cohort. PR exists',
      'Check the form names the right cohort.',
      'PR exists',
      'in-progress',
    ],
    [
      'Add a retry to the nightly export. Pull request merged',
      'Add a retry to the nightly export.',
      'Pull request merged',
      'complete',
    ],
    [
      'Stop the sync job writing to the wrong bucket. Fixed in #812',
      'Stop the sync job writing to the wrong bucket.',
      'Fixed in #812',
      'complete',
    ],
    [
      'Write the handover notes for the night team. In progress.',
      'Write the handover notes for the night team.',
      'In progress.',
      'in-progress',
    ],
    [
      'Replace the lab fridges. Not yet started',
      'Replace the lab fridges.',
      'Not yet started',
      'not-started',
    ],
    ['Open a second quiet room. On hold.', 'Open a second quiet room.', 'On hold.', 'on-hold'],
    ['Pilot a weekend library bus. Cancelled', 'Pilot a weekend library bus.', 'Cancelled', 'cancelled'],
    [
      'Upgrade the staff wiki. Merged in release 4.2',
      'Upgrade the staff wiki.',
      'Merged in release 4.2',
      'complete',
    ],
    // A spaced dash before the status.
    ['Update the signage in the east wing – done', 'Update the signage in the east wing', 'done', 'complete'],
    ['Survey the part-time staff - ongoing', 'Survey the part-time staff', 'ongoing', 'ongoing'],
    [
      'Agree the new rota with the porters — deferred',
      'Agree the new rota with the porters',
      'deferred',
      'on-hold',
    ],
    [
      'Publish the carers guide - completed 12 May 2025',
      'Publish the carers guide',
      'completed 12 May 2025',
      'complete',
    ],
    ['Hire two data stewards - PR #31 open', 'Hire two data stewards', 'PR #31 open', 'in-progress'],
    // A closing bracket.
    [
      'Run the accessibility audit of the main hall (completed March 2021)',
      'Run the accessibility audit of the main hall',
      'completed March 2021',
      'complete',
    ],
    ['Translate the welcome pack (in progress)', 'Translate the welcome pack', 'in progress', 'in-progress'],
    ['Renew the parking permits (done).', 'Renew the parking permits', 'done', 'complete'],
    [
      'Fit hearing loops in lecture theatres (started 2024)',
      'Fit hearing loops in lecture theatres',
      'started 2024',
      'in-progress',
    ],
    [
      'Move payroll to the new supplier (postponed)',
      'Move payroll to the new supplier',
      'postponed',
      'on-hold',
    ],
    // A status in capitals ending the item.
    [
      'Add the end-to-end checks to the release branch DONE',
      'Add the end-to-end checks to the release branch',
      'DONE',
      'complete',
    ],
    ['Tidy the shared drive folders ONGOING', 'Tidy the shared drive folders', 'ONGOING', 'ongoing'],
    // A tick at either edge.
    ['Train the front desk staff ✅', 'Train the front desk staff', '✅', 'complete'],
    ['✔ Label the chemical store', 'Label the chemical store', '✔', 'complete'],
    ['Send the minutes to members ✓', 'Send the minutes to members', '✓', 'complete'],
    ['☑️ Book the summer venue', 'Book the summer venue', '☑', 'complete'],
  ]
  it.each(marked)('reads %j', (text, title, status, state) => {
    expect(statusMarkedAtEnd(text)).toEqual({ title, status, state })
  })

  // Endings that ask for work, name who does it, set a target or say nothing of the state.
  const notMarked: readonly string[] = [
    'Complete the survey by May',
    'Review the induction. Complete the survey by May',
    'Review the induction - done by HR',
    'Review the induction. Done by HR',
    'Check the fire doors (done by Estates)',
    'Ensure 100% of staff trained',
    'Train the wardens. 100% of staff trained',
    'Mark every finished job done',
    'Make sure the agenda is complete',
    'Write the guidance. Ticket #3044',
    'Provide guidance on team traffic (and advertise it to users)',
    'Hold the launch event - delivered in partnership with the union',
    'Publish the report. Completed reports go to the board each term.',
    'Hold a workshop – started small, grow later',
    'Review the IT, HR and FINANCE processes TBC',
    'DONE',
    'Done ✅',
    'Agree the budget - PR team to advise',
    'Launch the scheme (closed to new members in 2019)',
    'Close the gap in pay - Implement the new grades',
  ]
  it.each(notMarked)('leaves %j', (text) => {
    expect(statusMarkedAtEnd(text)).toBeNull()
  })

  it('gives a list item its marked status and takes the marker out of the title, one item at a time', () => {
    const { plan, issues } = tableToPlan([
      ['Review actions'],
      ['- Provide guidance on sharing files between teams (and tell users) Ticket #301'],
      ['- Alert the on-call channel if the booking API is down for 2 minutes. DONE in PR #214'],
      ['- Fix the pipeline: check the cluster name before each run. PR exists'],
      ['- Created a ticket to move the cron jobs to the scheduler'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state, a.status.text])).toEqual([
      ['Provide guidance on sharing files between teams (and tell users) Ticket #301', 'unknown', ''],
      ['Alert the on-call channel if the booking API is down for 2 minutes.', 'complete', 'DONE in PR #214'],
      ['Fix the pipeline: check the cluster name before each run.', 'in-progress', 'PR exists'],
      ['Created a ticket to move the cron jobs to the scheduler', 'unknown', ''],
    ])
    expect(issues.filter((issue) => issue.code === 'status-at-end')).toHaveLength(2)
  })
})
