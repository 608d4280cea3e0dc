import { describe, expect, it } from 'vitest'
import { foldListOntoLead, type ListOntoLead } from './foldListOntoLead'

const dashes: ListOntoLead<true> = {
  maxLeadLength: 100,
  lead: () => true,
  item: (cell) => (cell.startsWith('- ') ? cell.slice(2) : null),
}

describe('foldListOntoLead', () => {
  it('joins two or more lower-case items onto the line ending in a colon and empties their rows', () => {
    const rows = [['We will:'], ['- keep the plan'], ['- review it'], ['Next heading']]
    expect(foldListOntoLead(rows, dashes)).toEqual([
      ['We will: keep the plan; review it'],
      [''],
      [''],
      ['Next heading'],
    ])
  })

  it('leaves a single item, an item in capitals and a lead-in over the length limit as they are', () => {
    const one = [['We will:'], ['- keep the plan'], ['Done']]
    expect(foldListOntoLead(one, dashes)).toBe(one)
    const capitals = [['We will:'], ['- Keep the plan'], ['- Review it']]
    expect(foldListOntoLead(capitals, dashes)).toBe(capitals)
    const long = [[`${'word '.repeat(30)}:`], ['- keep the plan'], ['- review it']]
    expect(foldListOntoLead(long, dashes)).toBe(long)
  })

  it('stops where goesOn says the list ends', () => {
    const rows = [['Ensure that:'], ['- one;'], ['- two.'], ['- three;']]
    const folded = foldListOntoLead(rows, { ...dashes, goesOn: (cell) => cell.endsWith(';') })
    expect(folded[0]).toEqual(['Ensure that: one;; two.'])
    expect(folded[3]).toEqual(['- three;'])
  })
})
