import { describe, expect, it } from 'vitest'
import { lostBulletItems } from './lostBulletItems'
import { tableToPlan } from './tableToPlan'

describe('lostBulletItems', () => {
  it('reads a line between two bulleted items, worded as an item, as an item whose bullet was lost', () => {
    const { plan } = tableToPlan([
      ['Next steps for our library service'],
      ['• Extend Saturday opening to 5pm.'],
      ['• Add a quiet study room on the first floor.'],
      ['Recruit a volunteer co-ordinator for the summer.'],
      ['• Publish the visitor survey each autumn.'],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Extend Saturday opening to 5pm.',
      'Add a quiet study room on the first floor.',
      'Recruit a volunteer co-ordinator for the summer.',
      'Publish the visitor survey each autumn.',
    ])
  })

  it('leaves a heading, a lead-in and a note below a numbered item alone', () => {
    const rows = [
      ['• Extend opening.'],
      ['Buildings'],
      ['• Fix the roof.'],
      ['We will also:'],
      ['• Paint the hall.'],
      ['Action 2: Hire a caretaker.'],
      ['See the staffing note for the costs.'],
      ['Action 3: Open a café.'],
    ]
    expect(lostBulletItems(rows, rows, 0, 0, new Set([0, 2, 4, 5, 7]))).toEqual([])
  })
})
