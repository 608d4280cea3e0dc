import { describe, expect, it } from 'vitest'
import { matchColumnHeader } from './columnSynonyms'
import { tableToPlan } from './tableToPlan'

describe('columnSynonyms: a council decision action list', () => {
  it.each([
    ['Decision No.', 'ref'],
    ['Resolution number', 'ref'],
    ['Report Title', 'title'],
    ['Item title', 'title'],
    ['Report Author', 'owners'],
  ])('%s → %s', (header, field) => {
    expect(matchColumnHeader(header)?.field).toBe(field)
  })

  it('reads each decision as an action: its number the ref, the report its title, the author its owner', () => {
    const { plan } = tableToPlan([
      ['Decisions of the council 2027-28'],
      ['Meeting', 'Item', 'Report Title', 'Resolution No.', 'Report Author', 'Progress Status'],
      ['OC 04.05.27', '8.2', 'Library opening hours review', 'OC0527/4', 'Mara Quinn', 'Letters sent'],
      ['', '8.3', 'Skate park lighting', 'OC0527/5', 'Tom Reyes', 'Quotes sought'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['OC0527/4', 'Library opening hours review', ['Mara Quinn']],
      ['OC0527/5', 'Skate park lighting', ['Tom Reyes']],
    ])
  })
})
