import { describe, expect, it } from 'vitest'
import { statusOfUpdate } from './statusOfUpdate'
import { tableToPlan } from './tableToPlan'

describe('statusOfUpdate: the state a review of an earlier action reports', () => {
  it.each([
    ['done, report sent to the treasurer', 'done'],
    ['ongoing with the rota to be shared at the next meeting', 'ongoing'],
    ['gate repaired, to be marked as complete', 'to be marked as complete'],
    ['quotes received and one accepted. Leave as ongoing', 'Leave as ongoing'],
    ['nothing heard yet; keep as on hold', 'keep as on hold'],
  ])('%s → %s', (update, status) => {
    expect(statusOfUpdate(update)?.status).toBe(status)
  })

  it('reads a completion promised for a later day as work in progress due that day', () => {
    expect(statusOfUpdate('will complete on 14 March 2031')).toEqual({
      status: 'In progress',
      due: '14 March 2031',
    })
    expect(statusOfUpdate('will be completed by June 2031')).toEqual({
      status: 'In progress',
      due: 'June 2031',
    })
  })

  it.each([
    'quotes for the shed roof still awaited',
    'treasurer to mark the accounts as read by the auditor',
    'new padlocks fitted to both gates, to be closed',
  ])('reads no state from "%s"', (update) => {
    expect(statusOfUpdate(update)).toBeNull()
  })

  it('gives each cited action the state its update reports, and the day it promises as its target', () => {
    const { plan } = tableToPlan([
      ['Allotment society committee, 4 May 2031'],
      ['Review of the action log:'],
      ['• Item 41 – hedges cut back, to be marked as complete'],
      ['• Item 42 – ongoing with the treasurer chasing the water rates refund'],
      ['• Item 45 – will complete on 20 May 2031'],
      ['• Item 47 – the site visit happened, another is planned. Leave as ongoing'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.status.state, a.target.due])).toEqual([
      ['41', 'complete', null],
      ['42', 'ongoing', null],
      ['45', 'in-progress', '2031-05-20'],
      ['47', 'ongoing', null],
    ])
  })

  it('reads a 1 MB update in linear time', () => {
    const update = `${'word, '.repeat(170_000)}as`
    expect(statusOfUpdate(update)).toBeNull()
  })
})
