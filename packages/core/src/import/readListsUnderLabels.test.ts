import { describe, expect, it } from 'vitest'
import { readListsUnderLabels } from './readListsUnderLabels'
import { tableToPlan } from './tableToPlan'

describe('numbered actions, each over labelled lists', () => {
  const page = [
    ['Aim 2: Fair recruitment'],
    ['2.1. Publish the ethnicity pay gap every year.'],
    ['Measures and dates:'],
    ['- 2.1.1. First report published by March 2025.'],
    ['Led by:'],
    ['- Director of People'],
    ['2.2. Train every panel chair in fair selection,'],
    ['including the use of structured interviews.'],
    ['Measures and dates:'],
    ['- 2.2.1. All chairs trained by end 2025.'],
    ['- 2.2.2. Refresher offered every two years.'],
    ['Led by:'],
    ['- Recruitment team'],
    ['- Staff networks'],
    ['Aim 3: Inclusive spaces'],
    ['3.1. Open a quiet room on each campus.'],
    ['Led by:'],
    ['- Estates'],
  ].map((line) => [line[0]!])

  it('reads one action per numbered line, its lists as its measures and owners, never the list items as actions', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.owners, a.target.due])).toEqual([
      ['2.1', ['Director of People'], '2025-03-31'],
      ['2.2', ['Recruitment team', 'Staff networks'], '2025-12-31'],
      ['3.1', ['Estates'], null],
    ])
    expect(plan.actions[1]?.title).toBe(
      'Train every panel chair in fair selection, including the use of structured interviews.',
    )
    expect(plan.actions[1]?.successMeasures).toHaveLength(2)
    expect(plan.actions.map((a) => a.section)).toEqual([
      'Fair recruitment',
      'Fair recruitment',
      'Inclusive spaces',
    ])
  })

  it('skips the footer below the last list, and leaves a page with other lines among its actions to the other readers', () => {
    const signed = tableToPlan([...page, ['Signed by the Chair of Council'], ['March 2025']])
    expect(signed.plan.actions.map((a) => a.ref)).toEqual(['2.1', '2.2', '3.1'])
    const middle = [...page.slice(0, 6), ['This aim was added in 2024.'], ...page.slice(6)]
    expect(readListsUnderLabels(middle)).toBeNull()
  })
})
