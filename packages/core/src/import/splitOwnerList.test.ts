import { describe, expect, it } from 'vitest'
import { splitOwnerList } from './splitOwnerList'

describe('splitOwnerList', () => {
  it.each([
    ['RT, DS and MO', ['RT', 'DS', 'MO']],
    ['RT/DS', ['RT', 'DS']],
    ['RT & DS', ['RT', 'DS']],
    ['RT,  DS', ['RT', 'DS']],
    ['RT', ['RT']],
    ['RT,', ['RT']],
    ['Sandy and Anders', ['Sandy', 'Anders']],
  ])('splits %j', (list, owners) => {
    expect(splitOwnerList(list)).toEqual(owners)
  })
})
