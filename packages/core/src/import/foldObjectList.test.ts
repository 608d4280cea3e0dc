import { describe, expect, it } from 'vitest'
import { foldObjectList } from './foldObjectList'
import { tableToPlan } from './tableToPlan'

describe('a list that finishes the sentence above it', () => {
  const page = [
    ['Our commitments'],
    ['• Set up a travel fund to encourage:'],
    ['    - cycling to the labs'],
    ['    - shared vans for field work by June 2026'],
    ['• Agree a rota with the stores team to:'],
    ['    - check the fume cupboards each week'],
    ['    - log each repair'],
    ['• Run the showcase with the forum, and then:'],
    ['    - Publish the talks online'],
    ['    - Survey everyone who came'],
  ].map((line) => [line[0]!])

  it('is one action with its items, dated by them', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions[0]?.title).toBe(
      'Set up a travel fund to encourage: cycling to the labs; shared vans for field work by June 2026',
    )
    expect(plan.actions[0]?.target.due).toBe('2026-06-30')
  })

  it('but items after "to:" or in capitals are actions of their own', () => {
    expect(foldObjectList(page.slice(4))).toEqual(page.slice(4))
    const titles = tableToPlan(page).plan.actions.map((a) => a.title)
    expect(titles).toContain('check the fume cupboards each week')
    expect(titles).toContain('Publish the talks online')
  })
})
