import { describe, expect, it } from 'vitest'
import { readSpacedActionPoints } from './readSpacedActionPoints'
import { tableToPlan } from './tableToPlan'

describe('minutes whose matters arising are set out in columns with runs of spaces', () => {
  const rows = [
    ['Minutes of the Pavilion Trust, 4 May'],
    ['Present:  R Okoye (RO), T Vance (TV), L Marsh (LM)'],
    ['04) Minutes       Meeting of 6 April   Signed as a true record. Proposed RO, Seconded TV'],
    ['05) Matters Arising.'],
    ['12b. Roof gutters over the kitchen          On Going               Action Point. RO'],
    ['14a Car park lighting                          On Going               Action Point  TV/LM'],
    ['15c. Kitchen hand dryer                        Completed'],
    ['Correspondence. 4 items were received as follows'],
    ['08/31     Quote for repainting the scoreboard. Two firms asked. LM to action.'],
    ['09/31     Newsletter from the county league'],
    ['10/31     Request to hire the hall for a wedding. TV responded'],
  ]

  it('reads each spaced line and each register entry naming who acts as an action, and leaves the rest out', () => {
    const { plan } = tableToPlan(rows)
    expect(
      plan.actions.map((a) => ({ ref: a.ref, title: a.title, owners: a.owners, state: a.status.state })),
    ).toEqual([
      { ref: '12b', title: 'Roof gutters over the kitchen', owners: ['RO'], state: 'ongoing' },
      { ref: '14a', title: 'Car park lighting', owners: ['TV', 'LM'], state: 'ongoing' },
      { ref: '15c', title: 'Kitchen hand dryer', owners: [], state: 'complete' },
      {
        ref: '08/31',
        title: 'Quote for repainting the scoreboard. Two firms asked. LM to action.',
        owners: ['LM'],
        state: 'unknown',
      },
      {
        ref: '10/31',
        title: 'Request to hire the hall for a wedding. TV responded',
        owners: ['TV'],
        state: 'complete',
      },
    ])
  })

  it('needs three spaced lines, each with a status or an "Action Point" column', () => {
    expect(readSpacedActionPoints(rows.filter((row) => !row[0]!.startsWith('15c')))).toBeNull()
    expect(
      readSpacedActionPoints([
        ['Trust minutes'],
        ['12b. Roof gutters      Kitchen side      West wall'],
        ['14a Car park      North end      Entrance'],
        ['15c. Hand dryer      Kitchen      Staff room'],
      ]),
    ).toBeNull()
  })

  it('reads a page of 10,000 spaced lines', () => {
    const page = Array.from({ length: 10_000 }, (_, i) => [
      `${(i % 999) + 1}a. Item number ${i}        On Going        Action Point. RO`,
    ])
    expect(readSpacedActionPoints([['Minutes'], ...page])?.rows.length).toBe(10_002)
  })

  it('reads "Actioned" in the status column as the status, never as "Action" and the initials "ed"', () => {
    const read = readSpacedActionPoints([
      ['Hall committee, 2 March'],
      ['31a. New fire doors      Actioned'],
      ['31b. Kitchen tap      On Going      Action: MB'],
      ['33c. Fence panels      Completed'],
    ])
    expect(read?.rows.slice(2)).toEqual([
      ['31a', 'New fire doors', '', 'Actioned'],
      ['31b', 'Kitchen tap', 'MB', 'On Going'],
      ['33c', 'Fence panels', '', 'Completed'],
    ])
  })
})
