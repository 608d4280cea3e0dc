import { describe, expect, it } from 'vitest'
import { citedActionNumbers } from './citedActionNumbers'
import { tableToPlan } from './tableToPlan'

describe('a review citing each earlier action by its number, then its update', () => {
  it('takes each number as the ref, keeps the whole line as the title and reads a status opening the update', () => {
    const { plan } = tableToPlan([
      ['Allotment society committee, 4 May'],
      ['Review of the action log:'],
      ['• Item 41 – new padlocks fitted to both gates, to be closed'],
      ['• Item 42 – ongoing, treasurer chasing the water rates refund'],
      ['• Item45 – quotes for the shed roof still awaited'],
      ['• Item 47 – complete'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 20), a.status.state])).toEqual([
      ['41', 'Item 41 – new padloc', 'unknown'],
      ['42', 'Item 42 – ongoing, t', 'ongoing'],
      ['45', 'Item45 – quotes for ', 'unknown'],
      ['47', 'Item 47 – complete', 'complete'],
    ])
  })

  it('reads nothing from fewer than three such items, mixed label words or a repeated number', () => {
    const none = (titles: string[]) =>
      citedActionNumbers(
        titles,
        titles.map(() => null),
      ).size
    expect(none(['Action 1 – done', 'Action 2 – ongoing'])).toBe(0)
    expect(none(['Action 1 – done', 'Item 2 – ongoing', 'Action 3 – open'])).toBe(0)
    expect(none(['Action 1 – done', 'Action 1 – ongoing', 'Action 3 – open'])).toBe(0)
    expect(none(['Action 1 – done', 'Action 2 – ongoing', 'Action 3 – open'])).toBe(3)
  })

  it('reads 10,000 items', () => {
    const titles = Array.from({ length: 10_000 }, (_, i) => `Action ${i + 1} – ongoing, ${'x'.repeat(50)}`)
    expect(
      citedActionNumbers(
        titles,
        titles.map(() => null),
      ).size,
    ).toBe(10_000)
  })
})
