import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a column headed as the action with nothing written in it, the work written beside it', () => {
  it.each([
    {
      layout: '"Topic | Notes | Actions", the Actions cells left blank',
      rows: [
        ['Parish council, 2 May 2031'],
        ['Topic', 'Notes', 'Actions'],
        ['Footpaths', 'Ask the county to clear the stile on the church path before summer', ''],
        ['Play area', 'Get three quotes for resurfacing under the swings', ''],
      ],
      want: [
        'Ask the county to clear the stile on the church path before summer',
        'Get three quotes for resurfacing under the swings',
      ],
    },
    {
      layout: '"Action points | Discussion | Lead", the action points blank',
      rows: [
        ['Action points', 'Discussion', 'Lead'],
        ['', 'Draft a letter to members about the new subscription rates', 'Treasurer'],
        ['', 'Book the marquee for the summer fete on the green', 'Secretary'],
      ],
      want: [
        'Draft a letter to members about the new subscription rates',
        'Book the marquee for the summer fete on the green',
      ],
    },
  ])('reads the written column as the action: $layout', ({ rows, want }) => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.title)).toEqual(want)
  })

  it('keeps an action column that is filled on some rows', () => {
    const { plan } = tableToPlan([
      ['Topic', 'Notes', 'Actions'],
      [
        'Footpaths',
        'The stile on the church path is broken again and walkers have complained',
        'Clerk to write to the county',
      ],
      ['Play area', 'The surface under the swings is worn through in two places', ''],
    ])
    expect(plan.actions[0]?.title).toBe('Clerk to write to the county')
  })
})
