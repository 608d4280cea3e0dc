import { describe, expect, it } from 'vitest'
import { headerOfGuessedColumns } from './headerOfGuessedColumns'
import type { ColumnMap } from './mapColumns'
import { tableToPlan } from './tableToPlan'

describe('headerOfGuessedColumns', () => {
  const tracker = (header: string[]) => [
    ['Inquiry recommendations: progress at 31 March 2025'],
    header,
    ['3', 'Implemented', 'The council has published its new complaints procedure online.'],
    [
      '8',
      'Not yet implemented',
      'Training for frontline staff starts in the autumn once the budget is agreed.',
    ],
    ['12', 'Implemented', 'A named officer now answers each complaint within ten working days.'],
  ]

  it('does not read a header of its own words as an action of a tracker whose columns are read from their cells', () => {
    const { plan } = tableToPlan(
      tracker(['Rec./s', 'Panel’s assessment of acquittal as of 31 March 2025', 'Commentary from the panel']),
    )
    expect(plan.actions.map((action) => [action.ref, action.status.state])).toEqual([
      ['3', 'complete'],
      ['8', 'in-progress'],
      ['12', 'complete'],
    ])
  })

  const map: ColumnMap = {
    fields: new Map([
      ['ref', 0],
      ['status', 1],
      ['title', 2],
    ]),
    flags: [],
    years: [],
    blocks: [],
    extra: [],
    headers: ['', '', ''],
  }

  it.each([
    ['a numbered row', ['4', 'Panel’s assessment', 'Commentary']],
    ['a row with a status', ['Rec.', 'Implemented', 'Commentary']],
    ['a row of sentences', ['Rec.', 'Panel’s assessment', 'The panel met twice.']],
  ])('reads %s as no header', (_, row) => {
    expect(headerOfGuessedColumns(row, map)).toBe(false)
  })

  it("reads a pair of labels over a schedule's steps and dates as its header, in any script, but no step", () => {
    const schedule: ColumnMap = {
      ...map,
      fields: new Map([
        ['title', 0],
        ['target', 1],
      ]),
      headers: ['', ''],
    }
    expect(headerOfGuessedColumns(['Stage', 'Planned'], schedule)).toBe(true)
    expect(headerOfGuessedColumns(['工序', '完成时间'], schedule)).toBe(true)
    expect(headerOfGuessedColumns(['Soil survey', '4 March 2031'], schedule)).toBe(false)
    expect(headerOfGuessedColumns(['Soil survey', 'TBC'], schedule)).toBe(false)
    expect(headerOfGuessedColumns(['Soil survey', 'Once the frost has passed'], schedule)).toBe(false)
    expect(headerOfGuessedColumns(['Stage 1', 'Planned'], schedule)).toBe(false)
  })

  it('needs headers that were not found', () => {
    const row = ['Rec./s', 'Panel’s assessment', 'Commentary']
    expect(headerOfGuessedColumns(row, map)).toBe(true)
    expect(headerOfGuessedColumns(row, { ...map, headers: ['No.', 'Status', 'Action'] })).toBe(false)
  })

  it('reads "Type | Details" over kinds and the sentences read as the actions as the header, not an action', () => {
    const { plan } = tableToPlan([
      ['Flooded plant room review'],
      ['Follow-up measures'],
      ['Type', 'Details'],
      ['Repair', 'Reseal the duct where the pipe enters the plant room from the yard'],
      ['Repair', 'Replace the sump pump float switch with a sealed model'],
      ['Prevention', 'Add a water sensor under the boiler that alerts the duty manager by text'],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Reseal the duct where the pipe enters the plant room from the yard',
      'Replace the sump pump float switch with a sealed model',
      'Add a water sensor under the boiler that alerts the duty manager by text',
    ])
  })
})
