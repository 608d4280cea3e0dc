import { describe, expect, it } from 'vitest'
import { isItemMarkList } from './isItemMarkList'
import { tableToPlan } from './tableToPlan'

describe('isItemMarkList', () => {
  it('reads letters in order, with or without roman sub-steps, as item marks', () => {
    expect(isItemMarkList(['a', 'b', 'C', 'd'])).toBe(true)
    expect(isItemMarkList(['a', 'i', 'ii', 'iii', 'b', 'c', 'i'])).toBe(true)
    expect(isItemMarkList(['(a)', 'i.', 'ii)', 'b.', 'iv'])).toBe(true)
    expect(isItemMarkList(['A.', 'I', 'II', 'B', 'I'])).toBe(true)
  })

  it('rejects ticks, repeated letters, words and non-numerals', () => {
    expect(isItemMarkList(['x', 'x', 'x'])).toBe(false)
    expect(isItemMarkList(['i', 'i', 'i'])).toBe(false)
    expect(isItemMarkList(['a', 'iiii', 'b'])).toBe(false)
    expect(isItemMarkList(['a', 'vx', 'b'])).toBe(false)
    expect(isItemMarkList(['a', 'Yes', 'b'])).toBe(false)
    expect(isItemMarkList(['a'])).toBe(false)
  })

  it('reads a header spanning a column of letters and sub-step numerals and the action text beside it', () => {
    const { plan } = tableToPlan([
      ['Priority 2: A greener estate'],
      ['Actions we agreed with the Board', '', 'Target date'],
      ['1 – Energy (E)'],
      ['a', 'fit meters to every building on the campus', '2025/26'],
      ['i', 'Survey the older buildings first', ''],
      ['ii', 'Agree the meter supplier with estates', '30/09/25'],
      ['b', 'publish energy use on the staff intranet', 'June 2026'],
      ['2 – Travel (T)'],
      ['a', 'open a second secure cycle store', '2026/27'],
      ['i', 'Consult cyclists on the location', 'TBC'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['a', 'fit meters to every building on the campus'],
      ['i', 'Survey the older buildings first'],
      ['ii', 'Agree the meter supplier with estates'],
      ['b', 'publish energy use on the staff intranet'],
      ['a', 'open a second secure cycle store'],
      ['i', 'Consult cyclists on the location'],
    ])
    expect(plan.actions[2]!.target.due).toBe('2025-09-30')
  })

  it('reads the marks of a long table as refs, however its cells are sampled', () => {
    const rows = [['Actions we agreed with the Board', '', 'Target date']]
    for (let i = 0; i < 400; i++) {
      const step = i % 4
      const mark = step === 0 ? 'abcdefghij'[Math.floor(i / 4) % 10]! : ['i', 'ii', 'iii'][step - 1]!
      rows.push([mark, `Carry out step ${i} of the estates work with partners`, '30/09/25'])
    }
    const { plan } = tableToPlan(rows)
    expect(plan.actions).toHaveLength(400)
    expect(plan.actions.slice(0, 5).map((a) => a.ref)).toEqual(['a', 'i', 'ii', 'iii', 'b'])
  })

  it('reads a column of 10,000 marks to its end', () => {
    const cells = Array.from({ length: 10_000 }, (_, i) =>
      i % 4 === 0 ? 'abcdefghijklmnopqrstuvwxyz'[(i / 4) % 26]! : ['i', 'ii', 'iii'][(i % 4) - 1]!,
    )
    expect(isItemMarkList(cells)).toBe(true)
  })
})
