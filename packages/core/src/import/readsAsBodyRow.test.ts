import { describe, expect, it } from 'vitest'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { readsAsBodyRow } from './readsAsBodyRow'
import { tableToPlan } from './tableToPlan'

describe('a table without its header row', () => {
  it('reads a first row that holds header words as the first action when its cells are values like those below', () => {
    const rows = [
      ['1.1', 'Action plan launch event', 'Lead technician', '12 May 2027', 'Complete'],
      ['1.2', 'Survey technical staff on training needs', 'Staff network', '30 June 2027', 'Complete'],
      ['1.3', 'Publish the survey results on the intranet', 'HR', '31 July 2027', 'Not started'],
      ['1.4', 'Hold a drop-in session for each faculty', 'Faculty leads', '30 September 2027', 'Not started'],
    ]
    const { plan, explanation } = tableToPlan(rows)
    expect(explanation.headerRow).toBeNull()
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due, a.status.state])).toEqual([
      ['1.1', 'Action plan launch event', ['Lead technician'], '2027-05-12', 'complete'],
      ['1.2', 'Survey technical staff on training needs', ['Staff network'], '2027-06-30', 'complete'],
      ['1.3', 'Publish the survey results on the intranet', ['HR'], '2027-07-31', 'not-started'],
      ['1.4', 'Hold a drop-in session for each faculty', ['Faculty leads'], '2027-09-30', 'not-started'],
    ])
  })

  it('reads a lone title line over rows of several cells as the title, not as a lone "Action" header', () => {
    const rows = [
      ['Action tracker'],
      ['Actions open after the board meeting of 15 March 2027'],
      [
        '14.2',
        'Board item 14, staff story',
        'Share the list of local groups who could support the new starters',
        'Director of People',
        '10.05.2027',
        'A verbal update will be given at the meeting',
        'Open',
      ],
      [
        '15.1',
        'Board item 15, skills report',
        'Report the timeline for the next phase of the skills register',
        'Head of Technical Services',
        '12.07.2027',
        'New measures are being agreed with the faculties now',
        'Open',
      ],
      [
        '16.4',
        'Board item 16, careers',
        'Bring the draft career pathway to the next meeting for comment',
        'Director of People',
        '13.09.2027',
        'The draft was shared with the staff network in June',
        'Closed',
      ],
    ]
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due])).toEqual([
      [
        '14.2',
        'Share the list of local groups who could support the new starters',
        ['Director of People'],
        '2027-05-10',
      ],
      [
        '15.1',
        'Report the timeline for the next phase of the skills register',
        ['Head of Technical Services'],
        '2027-07-12',
      ],
      [
        '16.4',
        'Bring the draft career pathway to the next meeting for comment',
        ['Director of People'],
        '2027-09-13',
      ],
    ])
  })

  it('reads a lone title as the title past the intro lines under it, over a table whose rows leave cells empty', () => {
    const rows = [
      ['Action plan', '', '', ''],
      ['This plan answers the review of technical careers carried out last spring.', '', '', ''],
      ['Please send any questions about it to the technical services office.', '', '', ''],
      ['1.1', 'Map the routes from apprentice to senior technician', 'Complete', ''],
      ['1.2', 'Publish the career map on the staff pages', 'Complete', ''],
      ['2.1', 'Set up a training budget for each faculty', 'In progress', 'March 2027'],
    ]
    const { plan, explanation } = tableToPlan(rows)
    expect(explanation.headerRow).toBeNull()
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Map the routes from apprentice to senior technician',
      'Publish the career map on the staff pages',
      'Set up a training budget for each faculty',
    ])
  })

  it('keeps a real header, whose cells name the columns, as the header', () => {
    const rows = [
      ['Ref', 'Action', 'Owner', 'Target date', 'Status'],
      ['1.1', 'Action plan launch event', 'Lead technician', '12 May 2027', 'Complete'],
      ['1.2', 'Survey technical staff on training needs', 'Staff network', '30 June 2027', 'Complete'],
    ]
    expect(readsAsBodyRow(rows, 0, technicianCommitment)).toBe(false)
    expect(readsAsBodyRow(rows, 1, technicianCommitment)).toBe(true)
    expect(tableToPlan(rows).explanation.headerRow).toBe(1)
  })

  it('does not take a grid of dated columns for a body row', () => {
    const rows = [
      ['Milestone', '30/04/2026', '30/09/2026', '31/03/2027'],
      ['Publish the data catalogue', 'Complete', 'Complete', 'Closed'],
      ['Train the data stewards', 'Behind schedule', 'Complete', 'Closed'],
    ]
    expect(readsAsBodyRow(rows, 0, technicianCommitment)).toBe(false)
  })

  it('reads past the title lines above the first row, which are no rows of its table', () => {
    const rows = [
      ['PARISH COUNCIL ACTION LIST'],
      ['Actions arising from council meetings, compiled 3 June 2027'],
      ['May 2027'],
      ['05.01', 'Footpaths', 'Walk the footpath network and list every broken stile', 'KT', 'June', 'Open'],
      [
        '05.02',
        'Allotments',
        'Ask the tenants whether a second water trough is wanted',
        'RB',
        '30 Sept',
        'Open',
      ],
      [
        '05.03',
        'Village hall',
        'Ask three firms to quote for rewiring the hall kitchen',
        'KT',
        '17.7.27',
        'Open',
      ],
      ['April 2027'],
      ['04.01', 'Playground', 'Replace the swing seats and have the frame inspected', 'JD', '13 Nov', 'Open'],
    ]
    expect(readsAsBodyRow(rows, 3, technicianCommitment)).toBe(true)
  })

  it('reads a first row whose short cells come back further down their columns as a row of values', () => {
    const rows = [
      ['Venue', 'Confirm the venue', 'Board', 'Not started'],
      ['Minutes', 'Type up the minutes and circulate them', 'Clerk', 'Complete'],
      ['Agenda', 'Outline the agenda', 'Chair and clerk', 'Complete'],
      ['Tellers', 'Decide who will count the votes', 'Board', 'Not started'],
    ]
    expect(readsAsBodyRow(rows, 0, technicianCommitment, { repeatedValues: true })).toBe(true)
    const { plan, explanation } = tableToPlan(rows)
    expect(explanation.headerRow).toBeNull()
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Confirm the venue',
      'Type up the minutes and circulate them',
      'Outline the agenda',
      'Decide who will count the votes',
    ])
  })

  it('keeps a header whose words another table below prints again as the header', () => {
    const rows = [
      ['Task', 'Lead', 'Due', 'Progress'],
      ['Fit draught strips to the hall doors', 'Caretaker', 'March 2027', 'Done'],
      ['Repaint the porch', 'Caretaker', 'May 2027', 'Not started'],
      ['Task', 'Lead', 'Due', 'Progress'],
      ['Order the new chairs', 'Clerk', 'June 2027', 'Not started'],
    ]
    expect(readsAsBodyRow(rows, 0, technicianCommitment, { repeatedValues: true })).toBe(false)
    expect(tableToPlan(rows).explanation.headerRow).toBe(1)
  })
})
