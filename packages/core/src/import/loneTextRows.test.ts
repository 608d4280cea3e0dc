import { describe, expect, it } from 'vitest'
import { loneTextOfEach } from './listsUnderLeadIns'
import { loneTextRows } from './loneTextRows'

describe('loneTextRows', () => {
  const table = [
    ['Notes: the pantry rota'],
    ['Notes: restock the shelves'],
    ['Notes: weigh the donations', 'Sam'],
    ['Notes: a long line that runs on well past the short limit set for this test'],
    ['Tidy the back room'],
  ]

  it('keeps the rows from the body on whose lone text passes the test, short enough', () => {
    expect(loneTextRows(table, 1, loneTextOfEach(table), 40, (text) => text.startsWith('Notes'))).toEqual([1])
  })

  it('reads no row of two filled cells, above the body or too long (near misses)', () => {
    expect(loneTextRows(table, 2, loneTextOfEach(table), 40, (text) => text.startsWith('Notes'))).toEqual([])
  })
})
