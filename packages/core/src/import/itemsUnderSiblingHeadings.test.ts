import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('unbulleted lines under a numbered goal whose sibling goals head bulleted items', () => {
  const page = [
    ['Parish council goals 2031'],
    ['Goal 1: Safer lanes'],
    ['• A speed survey on every lane near the school'],
    ['• New signs at the two blind bends'],
    ['Goal 2: Greener verges'],
    ['Sow wild flowers on the verge by the church'],
    ['Plant twelve oaks along the bypass'],
    ['Goal 3: A livelier green'],
    ['Hold a summer fair on the green, with stalls from local groups. The clerk will book the marquee.'],
  ]

  it('reads each such line as an item of its goal, the goal its heading', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['A speed survey on every lane near the school', 'Safer lanes'],
      ['New signs at the two blind bends', 'Safer lanes'],
      ['Sow wild flowers on the verge by the church', 'Greener verges'],
      ['Plant twelve oaks along the bypass', 'Greener verges'],
      [
        'Hold a summer fair on the green, with stalls from local groups. The clerk will book the marquee.',
        'A livelier green',
      ],
    ])
  })

  it('leaves a numbered sentence over its own notes, and a short heading below a goal, as they were', () => {
    const notes = [
      ['Parish council goals 2031'],
      ['Goal 1: Safer lanes'],
      ['• A speed survey on every lane near the school'],
      ['• New signs at the two blind bends'],
      ['Goal 2: We will plant twelve oaks along the bypass by the autumn.'],
      ['Like other parishes, we lost many trees to the storms of last winter.'],
    ]
    const titles = tableToPlan(notes).plan.actions.map((a) => a.title)
    expect(titles).not.toContain('Like other parishes, we lost many trees to the storms of last winter.')
  })
})
