import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// Minutes reviewing the last meeting's actions under a heading, each line reporting on an earlier minute's item by
// its number ("Item 6c. Hall hire. ACTION: …"), some marking their actions inside the line.
describe('action points marked inside lines that report on an earlier item by its number', () => {
  const page = [
    ['Allotment forum minutes'],
    ['Present: Rosa Lind (RL), Omar Haddad (OH), Ida Berg (IB)'],
    ['1. Minutes of the last meeting'],
    ['ACTION: RL to correct the date in the minutes.'],
    ['2. Actions from the last meeting'],
    ['Item 4. Water supply – Ida Berg'],
    ['ACTION: OH to ask the council about the standpipe.'],
    [
      'Item 6c. Hall hire. The hall is free on Saturdays. ACTION: IB to book the hall for the show. ACTION: RL to print the posters.',
    ],
    ['Done.'],
    ['Item 7. Compost'],
    ['ACTION: OH will order two new bins.'],
    // Near miss: a line reporting on an item with no action marked inside it.
    ['Item 8. Paths. The paths were weeded in May.'],
  ]

  it('reads each marked action with the item number as its ref, and the labelled lines under an item take it too', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      [null, 'RL to correct the date in the minutes.', ['RL']],
      [null, 'Item 4. Water supply', ['Ida Berg']],
      [null, 'OH to ask the council about the standpipe.', ['OH']],
      ['6c', 'IB to book the hall for the show.', ['IB']],
      ['6c', 'RL to print the posters.', ['RL']],
      ['7', 'OH will order two new bins.', ['OH']],
    ])
  })
})
