import { describe, expect, it } from 'vitest'
import { readNestedCodedItems } from './readNestedCodedItems'
import { tableToPlan } from './tableToPlan'

// A technical services plan pasted from a web page: a numbered list of coded strategies, two of them joined into
// one project whose own items are nested one column to the right.
const page = [
  ['Technical services priorities'],
  ['The steering group chose these strategies from the plan to deliver first:'],
  ['1. LB-2 and LB-5: joined into one project because they share a budget.'],
  ['', '1. LB-5: Shared Equipment Booking Calendar'],
  ['', '2. LB-2 is the audit of every teaching laboratory added this year.'],
  ['2. TR-1: Funded Training Days for Technicians'],
  ['3. CR-4 – Technician Profiles on Research Pages'],
]

describe('a numbered list of coded items, with grouped items nested one column right', () => {
  it('reads each coded item as an action cited by its code, the group as their heading', () => {
    const { plan, explanation } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['LB-5', 'Shared Equipment Booking Calendar'],
      ['LB-2', 'the audit of every teaching laboratory added this year.'],
      ['TR-1', 'Funded Training Days for Technicians'],
      ['CR-4', 'Technician Profiles on Research Pages'],
    ])
    expect(explanation.rows).toContainEqual({ row: 3, kind: 'section' })
  })

  it('is not this layout when a group names other codes than its nested items', () => {
    const wrong = page.map((row) => (row[0]?.startsWith('1. LB-2') ? ['1. LB-2 and LB-9: joined.'] : row))
    expect(readNestedCodedItems(wrong)).toBeNull()
  })

  it('is not this layout when an item has no code, or nothing is nested', () => {
    expect(
      readNestedCodedItems(
        page.map((row) =>
          row[0] === '2. TR-1: Funded Training Days for Technicians' ? ['2. Fund training days'] : row,
        ),
      ),
    ).toBeNull()
    expect(
      readNestedCodedItems([
        ['Plan'],
        ['1. TR-1: Fund days'],
        ['2. TR-2: Hold fairs'],
        ['3. CR-1: Write profiles'],
      ]),
    ).toBeNull()
  })
})
