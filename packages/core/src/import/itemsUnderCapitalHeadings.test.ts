import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'
import { itemsUnderCapitalHeadings } from './itemsUnderCapitalHeadings'

describe('a one-column list whose headings are written in capitals', () => {
  it('reads every plain line under the capitals headings as an item, however it opens', () => {
    const { plan, issues } = tableToPlan([
      ['Village green restoration: task list'],
      ['PROJECT: RESTORING THE GREEN AT ASHWORTH'],
      ['SURVEY AND CONSENT'],
      ['Walk the boundary with the landowners'],
      ['Volunteers count the trees and mark the diseased ones'],
      ['Request consent from the highways team'],
      ['Photographs of each gate and stile'],
      ['PLANTING AND UPKEEP'],
      ['Order hedging whips from the nursery'],
      ['Schoolchildren plant the wildflower strip'],
      ['Agree a mowing rota with the club'],
    ])
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([])
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['Walk the boundary with the landowners', 'SURVEY AND CONSENT'],
      ['Volunteers count the trees and mark the diseased ones', 'SURVEY AND CONSENT'],
      ['Request consent from the highways team', 'SURVEY AND CONSENT'],
      ['Photographs of each gate and stile', 'SURVEY AND CONSENT'],
      ['Order hedging whips from the nursery', 'PLANTING AND UPKEEP'],
      ['Schoolchildren plant the wildflower strip', 'PLANTING AND UPKEEP'],
      ['Agree a mowing rota with the club', 'PLANTING AND UPKEEP'],
    ])
  })

  it('keeps title-cased theme lines as headings under a single capitals heading', () => {
    const rows = [
      ['COUNCIL PRIORITIES'],
      ['Parks and Open Spaces'],
      ['Renew the play areas'],
      ['Plant street trees'],
      ['Roads and Footways'],
      ['Resurface the high street'],
    ]
    expect(itemsUnderCapitalHeadings(rows, 0, 0, new Set([2, 3, 5]))).toBeNull()
  })

  it('leaves a page of capitals headings over prose and short sub-headings as it is', () => {
    const rows = [
      ['SECTION ONE'],
      ['Our context'],
      ['The district has grown quickly in the last ten years.'],
      ['SECTION TWO'],
      ['Next steps for us'],
      ['Budget pressures remain.'],
    ]
    // The two short lines are not read as items yet, and only one plain line of three is.
    expect(itemsUnderCapitalHeadings(rows, 0, 0, new Set([2]))).toBeNull()
    expect(
      itemsUnderCapitalHeadings(
        [
          ['1. SURVEY WORK'],
          ['Walk the boundary'],
          ['Volunteers count trees'],
          ['2. FINAL REPORTING'],
          ['Photograph each gate'],
        ],
        0,
        0,
        new Set([1, 4]),
      ),
    ).toEqual({ items: [1, 2, 4], others: [0, 3] })
  })

  it('reads a page of 10,000 items', () => {
    const rows: string[][] = []
    for (let group = 0; group < 1000; group++) {
      rows.push([`${group + 1}. GROUP NUMBER ${group + 1}`])
      for (let item = 0; item < 10; item++)
        rows.push([`Volunteers tidy verge ${group}-${item} by the church`])
    }
    const listed = new Set(rows.flatMap((_, index) => (index % 11 === 0 ? [] : [index])))
    expect(itemsUnderCapitalHeadings(rows, 0, 0, listed)?.items.length).toBe(10_000)
  })
})
