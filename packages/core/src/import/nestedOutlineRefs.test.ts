import { describe, expect, it } from 'vitest'
import { nestedOutlineRefs } from './nestedOutlineRefs'
import { tableToPlan } from './tableToPlan'

describe('nestedOutlineRefs', () => {
  it('cites each sub-item with its parents, and reads an item with sub-items below it as their heading', () => {
    const { plan } = tableToPlan([
      ['Village hall committee'],
      ['3. Business from the last meeting'],
      ['(a) Replacing the boiler in the back kitchen'],
      ['Two quotes have come in and a third is awaited.'],
      ['(b) Repainting the front door and the porch'],
      ['4. Reports from the trustees'],
      ['(a) Lettings (Treasurer)'],
      ['(i) Weekly yoga class; new booking terms'],
      ['ACTION: June agenda item.'],
      ['(ii) Toddler group; unpaid invoice'],
      ['(iii) Film club; projector repair'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['3(a)', 'Replacing the boiler in the back kitchen'],
      ['3(b)', 'Repainting the front door and the porch'],
      ['4(a)(i)', 'Weekly yoga class; new booking terms'],
      ['4(a)(ii)', 'Toddler group; unpaid invoice'],
      ['4(a)(iii)', 'Film club; projector repair'],
    ])
  })

  it('reads "(i)" after "(h)" as a letter', () => {
    const refs = ['1', '(g)', '(h)', '(i)', '(j)']
    const items = nestedOutlineRefs(refs, ['Aims', 'G', 'H', 'I', 'J'], 0)
    expect([...(items?.values() ?? [])].map((item) => item.ref)).toEqual([
      '1',
      '1(g)',
      '1(h)',
      '1(i)',
      '1(j)',
    ])
  })

  it('leaves a flat list, and a list whose letters sit under no number, as it is', () => {
    expect(nestedOutlineRefs(['1', '2', '3'], ['A', 'B', 'C'], 0)).toBeNull()
    expect(nestedOutlineRefs(['(a)', '(b)', '(i)'], ['A', 'B', 'C'], 0)).toBeNull()
    expect(nestedOutlineRefs(['1', 'A2', '(a)'], ['A', 'B', 'C'], 0)).toBeNull()
  })

  it('reads an outline of 10,000 items in one pass', () => {
    const refs: string[] = []
    const titles: string[] = []
    for (let i = 1; i <= 2500; i++) {
      refs.push(String(i % 999), '(a)', '(i)', '')
      titles.push('Item', 'Sub-item', 'Point', `(ii) ${'x('.repeat(20)}`)
    }
    const items = nestedOutlineRefs(refs, titles, 0)
    expect(items?.size).toBe(10_000)
  })
})
