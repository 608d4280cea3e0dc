import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a column taken for the action that holds only numbers, beside the items in prose', () => {
  it.each([
    {
      layout: '"Code | Milestone | Due | Work package | Lead", the packages listed as "1, 3"',
      rows: [
        ['Milestones of the estuary study'],
        ['Each milestone with its date, the packages it serves and the partner who leads it.'],
        ['Code', 'Milestone', 'Due', 'Work package', 'Lead'],
        ['M4', 'Sediment cores taken at all twelve sampling stations', '12 Mar 2027', '1, 3', 'Harbour Lab'],
        ['M2', 'Tide gauge network installed and reporting daily', '3 Apr 2027', '2', 'Coastwise'],
        ['M7', 'First joint workshop with the fishing cooperatives', '9 Jun 2027', '4; 5', 'Harbour Lab'],
      ],
      want: [
        ['M4', 'Sediment cores taken at all twelve sampling stations', ['Harbour Lab'], '2027-03-12'],
        ['M2', 'Tide gauge network installed and reporting daily', ['Coastwise'], '2027-04-03'],
        ['M7', 'First joint workshop with the fishing cooperatives', ['Harbour Lab'], '2027-06-09'],
      ],
    },
    {
      layout: '"Ref | Activities | Deliverable | Owner", the activities counted',
      rows: [
        ['Ref', 'Activities', 'Deliverable', 'Owner', 'Deadline'],
        ['D1', '3', 'A costed options paper for the new depot site', 'Fleet manager', '30/09/2027'],
        ['D2', '5', 'Electric charging points fitted in the staff car park', 'Estates team', '31/12/2027'],
      ],
      want: [
        ['D1', 'A costed options paper for the new depot site', ['Fleet manager'], '2027-09-30'],
        ['D2', 'Electric charging points fitted in the staff car park', ['Estates team'], '2027-12-31'],
      ],
    },
  ])('reads the prose as the action, the numbers kept in extra: $layout', ({ rows, want }) => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due])).toEqual(want)
  })

  it('keeps a numbered action column whose cells are the actions’ own numbers', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead', 'Due'],
      ['Publish the travel plan on the intranet', 'Comms team', '31/03/2027'],
      ['Survey how staff travel to work', 'HR', '30/06/2027'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Publish the travel plan on the intranet',
      'Survey how staff travel to work',
    ])
  })

  const boardTable = (numbers: readonly string[]) => [
    ['Action table', '', '', '', ''],
    ['', 'Date in', '', '', ''],
    ['', '', '', 'Organise a call with the partners on the data policy', ''],
    ['', '', '', 'Update the shared calendar with the review dates', ''],
    ['', '', '', 'Send the minutes to the advisory board', ''],
    [numbers[0]!, '3/2', 'WG1', 'Circulate the draft data policy to all partners', 'Closed'],
    [numbers[1]!, '3/2', 'All', 'Send dates of next quarter’s outreach events', 'Closed'],
    [numbers[2]!, '10/2', 'WG2', 'Book the room for the autumn review', ''],
    [numbers[3]!, '10/2', 'WG1', 'Share the survey results with the board', 'Closed'],
  ]

  it('reads distinct numbers running down the rows as the refs when no ref column exists', () => {
    const { plan } = tableToPlan(boardTable(['41', '42', '43', '44']))
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 24), a.owners])).toEqual([
      [null, 'Organise a call with the', []],
      [null, 'Update the shared calend', []],
      [null, 'Send the minutes to the ', []],
      ['41', 'Circulate the draft data', ['WG1']],
      ['42', 'Send dates of next quart', ['All']],
      ['43', 'Book the room for the au', ['WG2']],
      ['44', 'Share the survey results', ['WG1']],
    ])
  })

  it('keeps counts that do not run in order in extra, not the refs', () => {
    const { plan } = tableToPlan(boardTable(['4', '12', '7', '3']))
    expect(plan.actions.map((a) => a.ref)).toEqual([null, null, null, null, null, null, null])
  })
})
