import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe("a one-column table headed as a meeting's action items", () => {
  const rows = [
    ['Action items'],
    ['PK: book the hall for the spring fair'],
    ['Ask the county archive whether they hold the old parish maps'],
    ['Agenda template for the annual meeting'],
    ['Recruit two volunteers for the stall'],
    ['Leaflet wording for the bus shelters'],
  ]

  it('reads every line as an action item, however it opens, and none as a heading', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.section])).toEqual([
      ['book the hall for the spring fair', ['PK'], null],
      ['Ask the county archive whether they hold the old parish maps', [], null],
      ['Agenda template for the annual meeting', [], null],
      ['Recruit two volunteers for the stall', [], null],
      ['Leaflet wording for the bus shelters', [], null],
    ])
  })

  it('keeps a line ending in a colon as the heading of the items below it', () => {
    const { plan } = tableToPlan([...rows.slice(0, 3), ['Carried over:'], ...rows.slice(3)])
    expect(plan.actions.map((a) => a.section)).toEqual([
      null,
      null,
      'Carried over',
      'Carried over',
      'Carried over',
    ])
  })
})
