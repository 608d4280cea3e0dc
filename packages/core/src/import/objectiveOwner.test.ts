import { describe, expect, it } from 'vitest'
import { objectiveOwner } from './objectiveOwner'
import { tableToPlan } from './tableToPlan'

describe('objectiveOwner', () => {
  it.each([
    [
      'By June 2031, the Parks Office, in partnership with the Water Board, will restore the banks.',
      'Parks Office, Water Board',
    ],
    ['By March 2030, Estates, together with Finance, will cut the energy bill.', 'Estates, Finance'],
    ['By 2032, the Library will refit its reading rooms.', 'Library'],
    ['By May 2032 May 2031, Estates will reroof the gym.', 'Estates'],
    ['By June 2031, we will restore the banks.', null],
    ['By June 2031, all staff will be trained.', null],
    ['By working together, the Parks Office will restore the banks.', null],
    ['The Parks Office will restore the banks by June 2031.', null],
  ])('%j names %j', (sentence, owner) => {
    expect(objectiveOwner(sentence)).toBe(owner)
  })

  it('gives each step below the objective its owners and deadline', () => {
    const { plan } = tableToPlan([
      ['Objectives'],
      ['River restoration'],
      ['By June 2031, the Parks Office, in partnership with the Water Board, will restore the river banks.'],
      ['Key steps', '', ''],
      ['1', '2', '3'],
      ['Survey the eroded banks', 'Plant willow along the worst stretches', 'Report the work to the council'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Survey the eroded banks', ['Parks Office', 'Water Board'], '2031-06-30'],
      ['Plant willow along the worst stretches', ['Parks Office', 'Water Board'], '2031-06-30'],
      ['Report the work to the council', ['Parks Office', 'Water Board'], '2031-06-30'],
    ])
  })

  it('reads a deadline revised in place, the new date before the one it replaced, for the owner and the due date', () => {
    const { plan } = tableToPlan([
      ['Objectives'],
      ['Flood defences'],
      ['By March 2032 March 2031, Highways will raise the embankment on the east road.'],
      ['Key steps', '', ''],
      ['1', '2', '3'],
      [
        'Survey the embankment after the winter storms',
        'Agree the new design with residents',
        'Raise the embankment by a metre',
      ],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Survey the embankment after the winter storms', ['Highways'], '2032-03-31'],
      ['Agree the new design with residents', ['Highways'], '2032-03-31'],
      ['Raise the embankment by a metre', ['Highways'], '2032-03-31'],
    ])
  })
})
