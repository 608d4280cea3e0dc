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

describe('fillMerges on overlapping merges (a hostile file)', () => {
  it('fills each cell once, from the first merge that covers it', () => {
    const rows = Array.from({ length: 2_000 }, (_, r) => [r === 0 ? 'V' : '', `action ${r}`])
    const merges = Array.from({ length: 5_000 }, () => ({
      firstRow: 0,
      firstColumn: 0,
      lastRow: 1_999,
      lastColumn: 0,
    }))
    const filled = fillMerges({ name: 'Plan', rows, merges, before: [] })
    expect(filled.every((row) => row[0] === 'V')).toBe(true)
  })
})
