import { describe, expect, it } from 'vitest'
import { bulletForFullStop } from './bulletForFullStop'
import { tableToPlan } from './tableToPlan'

describe('a list whose bullets were copied as full stops', () => {
  const page = [
    ['Trustees’ priorities 2025'],
    ['The Board of Trustees will:'],
    ['. Appoint a treasurer with audit experience.'],
    ['. Review the risk register each quarter'],
    [''],
    ['. Publish the annual report online'],
    ['. Meet the volunteers twice a year.'],
    ['Jo Bloggs'],
    ['Chair of Trustees'],
  ]

  it('reads each line opened by a full stop as a bulleted action', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Appoint a treasurer with audit experience.',
      'Review the risk register each quarter',
      'Publish the annual report online',
      'Meet the volunteers twice a year.',
    ])
  })

  it('leaves fewer than three such lines, and a stop before a lower-case word, as they are', () => {
    const two = [['. Appoint a treasurer'], ['. Review the register'], ['Other text']]
    expect(bulletForFullStop(two)).toEqual(two)
    const lower = [['. and then'], ['. or else'], ['. or not']]
    expect(bulletForFullStop(lower)).toEqual(lower)
  })

  it('reads a run of lines opened by a small letter o as a bulleted list', () => {
    const page = [
      ['Parish council aims for the year'],
      ['Safer lanes'],
      ['We will bring forward, with costings:'],
      ['o A speed survey on every lane near the school;'],
      ['o New signs at the two blind bends; and'],
      ['o Repairs to the footpath by the green.'],
      ['Greener verges'],
      ['o Sow wild flowers on the verge by the church'],
      ['o Plant twelve oaks along the bypass'],
      ['o Ask the county to mow twice a year'],
    ]
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'A speed survey on every lane near the school;',
      'New signs at the two blind bends; and',
      'Repairs to the footpath by the green.',
      'Sow wild flowers on the verge by the church',
      'Plant twelve oaks along the bypass',
      'Ask the county to mow twice a year',
    ])
    expect(bulletForFullStop(page)[3]).toEqual(['• A speed survey on every lane near the school;'])
  })

  it('leaves an o before a lower-case word, fewer than three, and a run mixing marks, as they are', () => {
    const lower = [['o and then'], ['o or else'], ['o or not']]
    expect(bulletForFullStop(lower)).toEqual(lower)
    const two = [['o Meet the clerk'], ['o Walk the lanes'], ['Other text']]
    expect(bulletForFullStop(two)).toEqual(two)
    const mixed = [['o Meet the clerk'], ['. Walk the lanes'], ['o Paint the signs']]
    expect(bulletForFullStop(mixed)).toEqual(mixed)
  })
})
