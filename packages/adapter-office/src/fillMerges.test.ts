import { describe, expect, it } from 'vitest'
import { fillMerges } from './fillMerges'
import type { OfficeTable } from './officeOptions'

describe('fillMerges', () => {
  const table: OfficeTable = {
    name: 'Plan',
    rows: [
      ['Plan title', '', ''],
      ['Pillar', 'Action', 'Owner'],
      ['Visibility', 'Webpage', 'Forum'],
      ['', 'Newsletter', ''],
      ['', 'Awards', ''],
    ],
    merges: [
      { firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 2 },
      { firstRow: 2, firstColumn: 0, lastRow: 4, lastColumn: 0 },
      { firstRow: 2, firstColumn: 2, lastRow: 3, lastColumn: 2 },
    ],
    before: [],
  }

  it('gives a merged-down value to every row it covers; an across-only merge stays one cell', () => {
    expect(fillMerges(table)).toEqual([
      ['Plan title', '', ''],
      ['Pillar', 'Action', 'Owner'],
      ['Visibility', 'Webpage', 'Forum'],
      ['Visibility', 'Newsletter', 'Forum'],
      ['Visibility', 'Awards', ''],
    ])
  })

  it('leaves the table itself untouched', () => {
    const before = JSON.stringify(table)
    fillMerges(table)
    expect(JSON.stringify(table)).toBe(before)
  })
})
