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
})
