import { describe, expect, it } from 'vitest'
import { peelMinuteRef } from './peelMinuteRef'
import { peelRef } from './peelRef'
import { tableToPlan } from './tableToPlan'

describe('peelMinuteRef: a minute cited by four slash-joined numbers', () => {
  it.each([
    [
      '3/21/412/2 Hedge along the school lane – Ongoing',
      '3/21/412/2',
      'Hedge along the school lane – Ongoing',
    ],
    ['b. 10/19/377/4 Bus shelter glass', '10/19/377/4', 'Bus shelter glass'],
    ['c) 1/22/455/1 –Speeding on the hill', '1/22/455/1', 'Speeding on the hill'],
  ])('peels %s', (text, ref, rest) => {
    expect(peelMinuteRef(text)).toEqual({ ref, rest })
    expect(peelRef(text)).toEqual({ ref, rest })
  })

  it.each([['4/5/2021 Parish meeting'], ['12/03 Budget'], ['3/21/412/2'], ['b. Bus shelter glass']])(
    'leaves %s',
    (text) => {
      expect(peelMinuteRef(text)).toBeNull()
    },
  )

  it('reads a matters-arising list cited by minute', () => {
    const { plan } = tableToPlan([
      ['Present: Cllr. Ann Hill (Chair); Cllr. Tom Rees and the Clerk.'],
      ['The minutes of the last meeting were proposed as correct and duly signed.'],
      ['3/21/09 MATTERS ARISING'],
      ['a. 3/19/301/2 Potholes on the mill road – Ongoing.'],
      ['b. 8/20/344/1 Village notice board needs new glass – A quote has been asked for from two joiners.'],
      ['c. 1/21/390/5 Footpath sign at the ford is missing – Ongoing'],
    ])
    expect(plan.actions.map((action) => [action.ref, action.title.slice(0, 20)])).toEqual([
      ['3/19/301/2', 'Potholes on the mill'],
      ['8/20/344/1', 'Village notice board'],
      ['1/21/390/5', 'Footpath sign at the'],
    ])
  })
})
