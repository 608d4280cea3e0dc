import { describe, expect, it } from 'vitest'
import { letteredItemsUnderRef } from './letteredItemsUnderRef'

describe('letteredItemsUnderRef', () => {
  it('cites lettered items by the number written once in the ref column and their letter', () => {
    const rows = [
      ['2.4', 'a) Audit the cycle racks'],
      ['', 'b) Add two racks by the library'],
    ]
    expect([...letteredItemsUnderRef(rows, 0, 0, 1)]).toEqual([
      [0, { ref: '2.4a', title: 'Audit the cycle racks' }],
      [1, { ref: '2.4b', title: 'Add two racks by the library' }],
    ])
  })

  it('reads a four-digit number in the ref column as the group’s', () => {
    const rows = [
      ['1200', '(a) Audit the cycle racks'],
      ['', '(b) Add two racks by the library'],
    ]
    expect([...letteredItemsUnderRef(rows, 0, 0, 1).values()].map((item) => item.ref)).toEqual([
      '1200(a)',
      '1200(b)',
    ])
  })

  it('leaves lettered items beside a year alone', () => {
    const rows = [
      ['2019', 'a) Audit the cycle racks'],
      ['', 'b) Add two racks by the library'],
    ]
    expect(letteredItemsUnderRef(rows, 0, 0, 1).size).toBe(0)
  })
})
