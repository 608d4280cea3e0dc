import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('minutes one a line beside their owners one a line', () => {
  const rows = [
    ['Bowls club committee, 12 May', ''],
    ['', 'Action'],
    ['Open day\nPosters to go up in the library by Friday\nThe tea urn needs a new fuse', 'LK\nRB'],
    ['Green\nThe roller is to be serviced before June\nA new rake may be needed', 'RB'],
  ]

  it('gives each minute the name on its line, the topic above heading both', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.section])).toEqual([
      ['Posters to go up in the library by Friday', ['LK'], 'Open day'],
      ['The tea urn needs a new fuse', ['RB'], 'Open day'],
      // One name beside two lines: one minute with both lines.
      ['The roller is to be serviced before June A new rake may be needed', ['RB'], 'Green'],
    ])
  })

  it('keeps a row whole under a headed text column', () => {
    const { plan } = tableToPlan(rows.map((row, i) => (i === 1 ? ['Minute', 'Action'] : row)))
    expect(plan.actions).toHaveLength(2)
  })
})
