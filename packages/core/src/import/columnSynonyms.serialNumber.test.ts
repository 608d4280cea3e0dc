import { describe, expect, it } from 'vitest'
import { matchColumnHeader } from './columnSynonyms'
import { tableToPlan } from './tableToPlan'

describe('a serial number column written short ("Sr. No.", "S. No.", "Sl. No.")', () => {
  it.each([['Sr. No.'], ['S. No.'], ['Sl. No']])('%s → ref', (header) => {
    expect(matchColumnHeader(header)?.field).toBe('ref')
  })

  it('reads its numbers as the refs, with outcome lines below the table', () => {
    const { plan } = tableToPlan([
      ['Sr. No.', 'Key actions', 'Timeframes'],
      ['1', 'Run a reo Māori course for the board members', '1–3yrs'],
      ['2', 'Set up a youth seat on each of the trust committees', '4–7yrs'],
      ['Outcomes: young people sit on every committee and the board speaks te reo at its meetings'],
      ['Every marae in the district has a member on the regional forum by the end of the plan'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['1', '2'])
  })
})
