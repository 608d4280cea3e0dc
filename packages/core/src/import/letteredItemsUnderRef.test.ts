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

  it('cites actions numbered afresh under each objective by the objective’s number and theirs', () => {
    const rows = [
      ['3.2', '1) Survey the cycle racks on each site'],
      ['', '2) Add two racks by the library'],
      ['3.3', '1) Publish the travel plan'],
      ['', '(2) Review it each spring'],
    ]
    expect([...letteredItemsUnderRef(rows, 0, 0, 1)]).toEqual([
      [0, { ref: '3.2.1', title: 'Survey the cycle racks on each site' }],
      [1, { ref: '3.2.2', title: 'Add two racks by the library' }],
      [2, { ref: '3.3.1', title: 'Publish the travel plan' }],
      [3, { ref: '3.3.2', title: 'Review it each spring' }],
    ])
  })

  it('leaves a numbered run that skips a number, or one mixed with letters, alone', () => {
    const rows = [
      ['4', '1) Survey the racks'],
      ['', '3) Add two racks'],
      ['5', '1) Publish the plan'],
      ['', 'b) Review it'],
    ]
    expect(letteredItemsUnderRef(rows, 0, 0, 1).size).toBe(0)
  })
})
