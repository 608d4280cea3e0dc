import { describe, expect, it } from 'vitest'
import { statusAboveHeader } from './statusAboveHeader'
import { tableToPlan } from './tableToPlan'

describe('statusAboveHeader', () => {
  it('reads a title line reporting the state of the whole table', () => {
    const table = [['Annual report, annex B'], ['Actions completed in 2024'], ['Ref', 'Action']]
    expect(statusAboveHeader(table, 2)).toMatchObject({ row: 1, status: { state: 'complete' } })
  })

  it.each([
    ['a future heading', [['Actions to be completed by 2026'], ['Ref', 'Action']]],
    ['two states', [['Completed actions'], ['Actions on hold'], ['Ref', 'Action']]],
    [
      'a colour key',
      [
        ['Plan', '', 'KEY:', '- Completed'],
        ['Ref', 'Action'],
      ],
    ],
    ['no state', [['Estates action plan 2024'], ['Ref', 'Action']]],
  ])('reads nothing from %s', (_, table) => {
    expect(statusAboveHeader(table, table.length - 1)).toBeNull()
  })

  it('gives every action of an annex of completed actions its state, and a status column wins', () => {
    const annex = tableToPlan([
      ['Progress report, annex 1'],
      ['Actions completed in 2024'],
      ['No.', 'Action'],
      ['2.1', 'Adopt the new travel policy'],
      ['2.2', 'Publish the carbon baseline'],
    ])
    expect(annex.plan.actions.map((action) => action.status.state)).toEqual(['complete', 'complete'])
    const tracker = tableToPlan([
      ['Actions completed in 2024'],
      ['No.', 'Action', 'Status'],
      ['2.1', 'Adopt the new travel policy', 'In progress'],
    ])
    expect(tracker.plan.actions[0]?.status.state).toBe('in-progress')
  })
})
