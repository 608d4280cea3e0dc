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
})
