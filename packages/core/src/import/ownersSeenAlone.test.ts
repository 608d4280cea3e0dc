import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe("a small group's action notes: an unheaded column of the members' first names", () => {
  const rows = [
    ['Friends of the Park'],
    ['Working group, 12 March'],
    ['Actions agreed'],
    ['Present: Priya Shah, Owen Burke, Marta Silva, Femi Ade'],
    ['Book the community room for the April meeting', 'Priya'],
    ['Ask the council about the broken bench by the pond', 'Owen'],
    ['Write a short piece for the parish newsletter', 'Marta and Owen'],
    ['Collect the litter pickers from the depot', 'Femi'],
    ['Put the poster up in the café', 'All/Priya when she passes by'],
    ['Print the leaflets for the open day', 'Marta'],
  ]

  it('reads the names as the owners, split where the other actions name the same people alone', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Priya'],
      ['Owen'],
      ['Marta', 'Owen'],
      ['Femi'],
      ['All', 'Priya'],
      ['Marta'],
    ])
  })

  it('keeps the names in extra when the minutes list no one present by them', () => {
    const { plan } = tableToPlan(rows.filter((row) => !row[0]!.startsWith('Present')))
    expect(plan.actions.every((a) => a.owners.length === 0)).toBe(true)
  })
})
