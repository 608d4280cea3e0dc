import { describe, expect, it } from 'vitest'
import { matchColumnHeader } from './columnSynonyms'
import { tableToPlan } from './tableToPlan'

describe('abbreviated headers of a quarterly progress report ("RESP. OFFICER", "COMP DATE")', () => {
  it.each([
    ['RESP. OFFICER', 'owners'],
    ['Resp person', 'owners'],
    ['COMP DATE', 'target'],
    ['Compl. date', 'target'],
  ])('%s → %s', (header, field) => {
    expect(matchColumnHeader(header)?.field).toBe(field)
  })

  it('reads the officer as the owner and the completion date, not the start date, as the target', () => {
    const { plan } = tableToPlan([
      ['ACTION', 'STATUS', 'RESP. OFFICER', 'START DATE', 'COMP DATE'],
      ['Resurface the depot yard', 'In progress', 'Works Manager', '1/07/2025', '31/12/2025'],
      ['Renew the pool chlorinator', 'Not started', 'Facilities Officer', '1/01/2026', '30/06/2026'],
    ])
    expect(plan.actions.map((a) => [a.owners, a.target.due])).toEqual([
      [['Works Manager'], '2025-12-31'],
      [['Facilities Officer'], '2026-06-30'],
    ])
  })
})
