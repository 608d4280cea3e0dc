import { describe, expect, it } from 'vitest'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { mapColumns } from './mapColumns'
import { rowsAboveLateHeader } from './rowsAboveLateHeader'
import { tableToPlan } from './tableToPlan'

const header = ['Action', 'By when', 'Lead', 'Status']
/** Two rows of the plan, a section row, then the header the page break printed, then a row under it. */
const lateHeaderTable = [
  ['Allotment society plan 2031'],
  ['Repair the roof of the tool shed', 'March 2031', 'Pat Quinn', 'In progress'],
  ['Agree a fair watering rota for the summer', 'May 2031', 'Lee Park', 'Not started'],
  ['Water and paths'],
  header,
  ['Lay new bark on the main path', 'June 2031', 'Sam Ray', 'Not started'],
]

describe('rowsAboveLateHeader', () => {
  it.each([
    {
      name: 'rows of the same columns above a header printed after a page break',
      table: lateHeaderTable,
      headerIndex: 4,
      expected: 1,
    },
    {
      name: 'a caption table of other values above the header',
      table: [
        ['Key', 'Meaning'],
        ['Red', 'Behind'],
        header,
        ['Lay new bark on the main path', 'June 2031', 'Sam Ray', 'Not started'],
      ],
      headerIndex: 2,
      expected: null,
    },
    {
      name: 'rows filling every column of the body, their dates not all read as dates',
      table: [
        ['1. Run the society well'],
        ['Hold a committee meeting each quarter of the year', 'Quarterly (May, August, November)', 'Chair'],
        ['Publish the accounts to every member after the AGM', 'Each year after the AGM', 'Treasurer'],
        ['2. Look after the paths'],
        ['Action', 'By when', 'Lead'],
        ['Lay new bark on the main path by the gate', 'June 2031', 'Sam Ray'],
        ['Fit a second water butt beside the shed', 'July 2031', 'Lee Park'],
      ],
      headerIndex: 4,
      expected: 1,
    },
    {
      name: 'rows under another table’s header above it',
      table: [
        ['Volunteers'],
        ['Name', 'Initials', 'Plot', 'From'],
        ['Pat Quinn', 'PQ', 'Plot 4', '2031-01-10'],
        ['Lee Park', 'LP', 'Plot 9', '2031-02-01'],
        ['Work to do'],
        ['Ref', 'Task', 'Owner', 'Due'],
        ['A1', 'Repair the roof of the tool shed', 'PQ', '2031-03-31'],
        ['A2', 'Agree a fair watering rota', 'LP', '2031-05-31'],
      ],
      headerIndex: 5,
      expected: null,
    },
    {
      name: 'a line of labelled details filling the columns above the header',
      table: [
        ['Prepared by: the clerk', 'Date: 3 May 2031', 'Version: 2'],
        ['Action', 'By when', 'Lead'],
        ['Lay new bark on the main path by the gate', 'June 2031', 'Sam Ray'],
        ['Fit a second water butt beside the shed', 'July 2031', 'Lee Park'],
      ],
      headerIndex: 1,
      expected: null,
    },
    {
      name: 'only title lines above the header',
      table: [
        ['Allotment society plan 2031'],
        ['Agreed at the spring meeting'],
        header,
        ['Lay bark', 'June 2031', 'Sam Ray', 'Done'],
      ],
      headerIndex: 2,
      expected: null,
    },
  ])('$name', ({ table, headerIndex, expected }) => {
    const map = mapColumns(table[headerIndex]!, headerIndex + 1, { taxonomy: technicianCommitment })!.map
    expect(rowsAboveLateHeader(table, headerIndex, map, new Set(), technicianCommitment)).toBe(expected)
  })
})

describe('a table whose header is printed only after its first rows', () => {
  it('reads the rows above the header as actions of the same table', () => {
    const { plan } = tableToPlan([
      ...lateHeaderTable,
      ['Fit a second water butt by the gate', 'July 2031', 'Lee Park', 'Not started'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due, a.status.state])).toEqual([
      ['Repair the roof of the tool shed', ['Pat Quinn'], '2031-03-31', 'in-progress'],
      ['Agree a fair watering rota for the summer', ['Lee Park'], '2031-05-31', 'not-started'],
      ['Lay new bark on the main path', ['Sam Ray'], '2031-06-30', 'not-started'],
      ['Fit a second water butt by the gate', ['Lee Park'], '2031-07-31', 'not-started'],
    ])
  })

  it('reads them too when the header is found by its place, its words naming no action column', () => {
    // "Deliverable | Timeline | Lead | Support" names the fields but no action: the header is found as the
    // first row of short labels over the body, and the rows of the first group above it are the table's too.
    const { plan } = tableToPlan([
      ['Allotment society plan 2031'],
      ['1. Keep the plots in good order'],
      ['Repair the roof of the tool shed before the spring rains', 'March 2031', 'Pat Quinn', 'Parish clerk'],
      ['Agree a fair watering rota for the summer months', 'May 2031', 'Lee Park', 'Committee'],
      ['2. Look after the paths and water'],
      ['Deliverable', 'Timeline', 'Lead', 'Support'],
      ['Lay new bark on the main path by the gate', 'June 2031', 'Sam Ray', 'Committee'],
      ['Fit a second water butt beside the shed', 'July 2031', 'Lee Park', 'Parish clerk'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Repair the roof of the tool shed before the spring rains', ['Pat Quinn'], '2031-03-31'],
      ['Agree a fair watering rota for the summer months', ['Lee Park'], '2031-05-31'],
      ['Lay new bark on the main path by the gate', ['Sam Ray'], '2031-06-30'],
      ['Fit a second water butt beside the shed', ['Lee Park'], '2031-07-31'],
    ])
  })
})
