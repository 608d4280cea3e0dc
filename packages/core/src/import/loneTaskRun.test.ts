import { describe, expect, it } from 'vitest'
import { loneTaskRun } from './loneTaskRun'
import { tableToPlan } from './tableToPlan'

describe('loneTaskRun', () => {
  it('finds a run of lone lines that mostly open with an instruction’s verb', () => {
    const rows = [
      ['No.', 'Owner', 'Action'],
      ['', '', 'Organise a call with the partners on the data policy'],
      ['', '', 'We should ask the funder about the extension'],
      ['', '', 'Update the shared calendar with the review dates'],
      ['', '', 'Send the minutes to the advisory board'],
      ['7', 'WG1', 'Book the room for the autumn review'],
    ]
    expect([...loneTaskRun(rows, 1, 2)]).toEqual([1, 2, 3, 4])
  })

  it.each([
    // Headings: noun phrases, however many stand together.
    [
      [
        ['', '', 'Governance'],
        ['', '', 'Staff development'],
        ['', '', 'Estates and facilities'],
      ],
    ],
    // Too short a run to say.
    [
      [
        ['', '', 'Organise a call with the partners'],
        ['', '', 'Update the shared calendar'],
      ],
    ],
    // Lone lines in another column.
    [
      [
        ['Organise a call', '', ''],
        ['Update the calendar', '', ''],
        ['Send the minutes', '', ''],
      ],
    ],
  ])('finds none in %j', (rows) => {
    expect(loneTaskRun(rows, 0, 2).size).toBe(0)
  })

  it('stays linear on a long page of lone headings', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [
      '',
      '',
      i % 2 === 0 ? 'Governance' : 'Estates review',
    ])
    expect(loneTaskRun(rows, 0, 2).size).toBe(0)
  })
})

describe('a board’s action table whose newest tasks have no number, owner or status yet', () => {
  it('reads each lone task line as an action, not as a heading', () => {
    const { plan } = tableToPlan([
      ['No.', 'Owner', 'Action', 'Status'],
      ['', '', 'Organise a call with the partners on the data policy', ''],
      ['', '', 'Update the shared calendar with the review dates', ''],
      ['', '', 'Send the minutes to the advisory board', ''],
      ['7', 'WG1', 'Book the room for the autumn review', 'Closed'],
      ['8', 'WG2', 'Circulate the draft budget', 'Closed'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 20), a.section])).toEqual([
      [null, 'Organise a call with', null],
      [null, 'Update the shared ca', null],
      [null, 'Send the minutes to ', null],
      ['7', 'Book the room for th', null],
      ['8', 'Circulate the draft ', null],
    ])
  })

  it('still reads noun-phrase lines over the rows as their headings', () => {
    const { plan } = tableToPlan([
      ['Owner', 'Action', 'Status'],
      ['', 'Governance', ''],
      ['', 'Data and records', ''],
      ['', 'Partners and outreach', ''],
      ['WG1', 'Book the room for the autumn review', 'Closed'],
      ['WG2', 'Circulate the draft budget', 'Closed'],
    ])
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['Book the room for the autumn review', 'Partners and outreach'],
      ['Circulate the draft budget', 'Partners and outreach'],
    ])
  })
})
