import { describe, expect, it } from 'vitest'
import { readTopicsWithLeads } from './readTopicsWithLeads'
import { tableToPlan } from './tableToPlan'

describe('readTopicsWithLeads: topics each followed by a colon and the people leading it', () => {
  const page = [
    ['Parish Priorities 2031'],
    ['At its March meeting the council agreed its priorities. Each one has members leading it:'],
    ['Allotments: Priya Shah and Tom Okafor'],
    ['Parking Review: Lena DeMarco'],
    ['Youth Provision: Sam Reid, Ada Brown'],
    ['Village Hall Roof: Tom Okafor & Lena DeMarco'],
  ]

  it('reads each topic as an action owned by the people after its colon', () => {
    const { plan } = tableToPlan(page)
    expect(plan.title).toBe('Parish Priorities 2031')
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Allotments', ['Priya Shah', 'Tom Okafor']],
      ['Parking Review', ['Lena DeMarco']],
      ['Youth Provision', ['Sam Reid', 'Ada Brown']],
      ['Village Hall Roof', ['Tom Okafor', 'Lena DeMarco']],
    ])
  })

  it('takes a short line between the topics as the heading of those below it', () => {
    const { plan } = tableToPlan([
      ['Committee leads'],
      ['Environment'],
      ['Tree Planting: Priya Shah'],
      ['Litter Picks: Tom Okafor'],
      ['Community'],
      ['Summer Fete: Lena Ward and Sam Reid'],
    ])
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['Tree Planting', 'Environment'],
      ['Litter Picks', 'Environment'],
      ['Summer Fete', 'Community'],
    ])
  })

  it('leaves attendance lines, officers and repeated labels to other readings', () => {
    expect(
      readTopicsWithLeads([
        ['Minutes'],
        ['Present: Priya Shah and Tom Okafor'],
        ['Apologies: Lena Ward'],
        ['In attendance: Sam Reid'],
      ]),
    ).toBeNull()
    expect(
      readTopicsWithLeads([
        ['Officers'],
        ['Chair: Priya Shah'],
        ['Treasurer: Tom Okafor'],
        ['Secretary: Lena Ward'],
      ]),
    ).toBeNull()
    expect(
      readTopicsWithLeads([
        ['Tasks'],
        ['Website: Priya Shah'],
        ['Website: Tom Okafor'],
        ['Newsletter: Lena Ward'],
      ]),
    ).toBeNull()
  })

  it('needs every line from the first topic on to be a topic or a heading', () => {
    expect(
      readTopicsWithLeads([
        ['Plan'],
        ['Allotments: Priya Shah'],
        ['Parking Review: Tom Okafor'],
        ['Youth Provision: Lena Ward'],
        ['We will review the allotment rents and write to every tenant by June.'],
      ]),
    ).toBeNull()
    expect(readTopicsWithLeads([['Plan'], ['Allotments: Priya Shah'], ['Parking: Tom Okafor']])).toBeNull()
  })

  it('reads a page of ten thousand topics in one pass', () => {
    const rows = [
      ['Leads'],
      ...Array.from({ length: 10_000 }, (_, i) => [
        `Area Number${'x'.repeat(i % 7)} ${toWord(i)}: Priya Shah and Tom Okafor`,
      ]),
    ]
    expect(readTopicsWithLeads(rows)?.rows.length).toBe(10_002)
  })
})

/** A distinct capitalised word for each number ("Bcd"), so every topic differs. */
function toWord(n: number): string {
  let word = ''
  let rest = n
  do {
    word += String.fromCharCode(97 + (rest % 26))
    rest = Math.floor(rest / 26)
  } while (rest > 0)
  return `Q${word}`
}
