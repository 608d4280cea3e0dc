import { describe, expect, it } from 'vitest'
import { peelRef } from './peelRef'
import { tableToPlan } from './tableToPlan'

describe('a label closed by a semicolon or colon and a dash', () => {
  it('peels "Action 2.1;-" and "Action 3:-" as it peels "Action 2.1:"', () => {
    expect(peelRef('ACTION 2.1;- Set up a youth council')).toEqual({
      ref: '2.1',
      rest: 'Set up a youth council',
    })
    expect(peelRef('Action 3:- Survey the allotment holders')).toEqual({
      ref: '3',
      rest: 'Survey the allotment holders',
    })
  })

  it('reads the first of a list of "ACTION n.m" lines even when only it is closed by ";-"', () => {
    const { plan } = tableToPlan([
      ['Parish plan 2026'],
      [
        '2. Young people. We want the village to offer more to its teenagers, with places to meet and things to do.',
      ],
      ['ACTION 2.1;- We will set up a youth council that meets in the village hall every month.'],
      ['ACTION 2.2 We will ask the county for a bus on Friday evenings to the leisure centre.'],
      ['ACTION 2.3 We will build a shelter beside the playing field with the help of the scouts.'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['2.1', '2.2', '2.3'])
    expect(plan.actions[0]?.title).toBe(
      'We will set up a youth council that meets in the village hall every month.',
    )
  })
})
