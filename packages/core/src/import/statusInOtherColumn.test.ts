import { describe, expect, it } from 'vitest'
import { statusInOtherColumn } from './statusInOtherColumn'
import { tableToPlan } from './tableToPlan'

describe('statusInOtherColumn', () => {
  // [cell, header, state or null]
  const cells: ReadonlyArray<readonly [string, string, string | null]> = [
    ['DONE', 'Issue', 'complete'],
    ['Complete', 'Ticket', 'complete'],
    ['Closed', 'Log', 'complete'],
    ['In progress', 'Evidence', 'in-progress'],
    ['Not started', 'Link', 'not-started'],
    ['On hold', 'Notes', 'on-hold'],
    ['Withdrawn', 'Reference', 'cancelled'],
    ['Done.', 'Issue', 'complete'],
    // A mark beside the word.
    ['✅ Closed', 'Ticket', 'complete'],
    ['🔶 In progress', 'Evidence', 'in-progress'],
    // Not a status and nothing else.
    ['kubeadm#250', 'Issue', null],
    ['Done by HR', 'Issue', null],
    ['Complete the survey', 'Evidence', null],
    ['Complete by May', 'Evidence', null],
    ['100% of staff trained', 'Measure', null],
    ['50%', 'Weight', null],
    ['Green', 'Theme', null],
    ['✓', 'Funded', null],
    // A kind of work or plan, not a state.
    ['Ongoing', 'Type', null],
    ['Planned', 'Maintenance', null],
    ['Pending', 'Funding', null],
    ['Continuous', 'Review cycle', null],
    ['To do', 'Category', null],
    ['Detect', 'Type', null],
  ]
  it.each(cells)('reads %j under %j as %j', (text, header, state) => {
    expect(statusInOtherColumn([{ text, column: 3, header }])?.status.state ?? null).toBe(state)
  })

  it('gives a table with no status column the status a cell of another column states', () => {
    const { plan, issues } = tableToPlan([
      ['Follow-up actions'],
      ['Item', 'Type', 'Owner', 'Issue'],
      ['Add a smoke test for the release branch', 'detect', 'kim', 'DONE'],
      ['Add a lint step to the pipeline', 'prevent', '', 'repo#25'],
      ['Archive the old builds', 'mitigate', '', 'Closed'],
      ['Write the incident runbook', 'ongoing', '', 'docs#12'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Add a smoke test for the release branch', 'complete'],
      ['Add a lint step to the pipeline', 'unknown'],
      ['Archive the old builds', 'complete'],
      ['Write the incident runbook', 'unknown'],
    ])
    expect(issues.filter((issue) => issue.code === 'status-from-prose')).toHaveLength(2)
  })

  it('reads the status a stray empty cell pushed past the header into a column with none', () => {
    const { plan, issues } = tableToPlan([
      ['Portal roadmap'],
      ['Task', 'Description', 'Status'],
      ['Move the forms online', 'Every form on the new site', '✅ Done'],
      ['Switch on the new login', 'Single sign-on for staff', '', '🔶 In progress'],
      ['Retire the old site', 'Redirect every page', '', 'Ask the web team'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['complete', 'in-progress', 'unknown'])
    expect(issues.filter((issue) => issue.code === 'status-from-prose')).toHaveLength(1)
  })

  it('reads a comment opening with a status, but not one asking for work or naming who does it', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead', 'Deadline', 'Comments'],
      ['Hold a staff wellbeing day', 'HR', 'June 2025', 'Complete. Held on 3 June with 80 staff.'],
      ['Refresh the mentoring scheme', 'Library', 'Dec 2025', 'Complete the survey by May and report back.'],
      ['Publish the carers policy', 'HR', 'Dec 2025', 'Done by HR'],
      ['Fit the new door entry system', 'Estates', 'Mar 2026', 'Complete by May'],
      ['Open a quiet room', 'Estates', 'Mar 2026', 'On hold after the estates review was delayed.'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual([
      'complete',
      'unknown',
      'unknown',
      'unknown',
      'on-hold',
    ])
  })
})
