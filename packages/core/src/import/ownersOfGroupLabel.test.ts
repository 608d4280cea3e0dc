import { describe, expect, it } from 'vitest'
import { ownersOfGroupLabel } from './ownersOfGroupLabel'
import { tableToPlan } from './tableToPlan'

describe('a group label naming the owners of the actions below it', () => {
  it('splits owners joined in the label, and takes one offered in brackets', () => {
    expect(ownersOfGroupLabel('Mina and Joel')).toEqual(['Mina', 'Joel'])
    expect(ownersOfGroupLabel('Mina, Joel & Ruth')).toEqual(['Mina', 'Joel', 'Ruth'])
    expect(ownersOfGroupLabel('Mina (or the Data Team)')).toEqual(['Mina', 'Data Team'])
    expect(ownersOfGroupLabel('Everyone')).toEqual(['Everyone'])
    expect(ownersOfGroupLabel('Follow up with the vendor')).toBeNull()
  })

  it('gives each action under the label those owners', () => {
    const { plan } = tableToPlan([
      ['Steering group, 3 March'],
      ['Actions'],
      ['* Mina (or the Data Team):'],
      ['  * Send the survey results to the board.'],
      ['  * Draft a plan for the second survey.'],
      ['* Mina and Joel:'],
      ['  * Book a room for the open day.'],
      ['* Ruth:'],
      ['  * Circulate the revised terms of reference.'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Mina', 'Data Team'],
      ['Mina', 'Data Team'],
      ['Mina', 'Joel'],
      ['Ruth'],
    ])
  })
})
