import { describe, expect, it } from 'vitest'
import { readOwnerLedActionItems } from './readOwnerLedActionItems'
import { tableToPlan } from './tableToPlan'

describe('minutes that set their actions out in small tables between the paragraphs', () => {
  const rows = [
    ['Minutes of the orchard group, 2 June', '', '', ''],
    ['1. Present', '', '', ''],
    ['Ines Alvar, Kofi Mensah, Ruth Lindqvist.', '', '', ''],
    ['2. Pruning day', '', '', ''],
    ['The group agreed to hold the pruning day in the autumn.', '', '', ''],
    ['Action', 'Task', 'Who', 'Deadline'],
    ['1', 'Book the ladders from the council depot', 'IA', 'Sept 2031'],
    ['2', 'Write to the allotment holders', 'KM', 'Oct 2031'],
    ['3. Any other business', '', '', ''],
    ['Action', 'Task', 'Who', 'Deadline'],
    ['3', 'Price a new shed lock', 'RL', 'Nov 2031'],
  ]

  it('reads the rows of each small table, its header word "Action" no action label', () => {
    expect(readOwnerLedActionItems(rows)).toBeNull()
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Book the ladders from the council depot', ['IA']],
      ['Write to the allotment holders', ['KM']],
      ['Price a new shed lock', ['RL']],
    ])
  })

  it('still reads labelled lines among minutes whose rows fill one cell', () => {
    const minutes = [
      ['Minutes of the orchard group, 2 June'],
      ['2. Pruning day'],
      ['Action, IA: book the ladders from the council depot'],
      ['Action, KM: write to the allotment holders'],
    ]
    expect(readOwnerLedActionItems(minutes)).not.toBeNull()
  })
})
