import { describe, expect, it } from 'vitest'
import { readObjectiveBlocks } from './readObjectiveBlocks'

const page = (first: string, second: string): string[][] =>
  [
    'Grounds plan',
    first,
    'Plant a hedge along the north field.',
    'Order the saplings',
    'March 2027',
    second,
    'Open a wildflower strip by the car park.',
    'Sow the seed mix',
  ].map((line) => [line])

describe('readObjectiveBlocks', () => {
  it('reads each "Objective N" label, its statement and its own lines as one action', () => {
    expect(readObjectiveBlocks(page('Objective 1', 'Objective 2'))?.rows.slice(2)).toEqual([
      ['1. Plant a hedge along the north field.', 'March 2027', 'Order the saplings'],
      ['2. Open a wildflower strip by the car park.', '', 'Sow the seed mix'],
    ])
  })

  it('reads a four-digit objective number as its ref', () => {
    expect(
      readObjectiveBlocks(page('Priority 1200', 'Priority 1201'))
        ?.rows.slice(2)
        .map((row) => row[0]),
    ).toEqual([
      '1200. Plant a hedge along the north field.',
      '1201. Open a wildflower strip by the car park.',
    ])
  })

  it('reads no block under a label naming a year: "Goal 2030" heads a period', () => {
    expect(readObjectiveBlocks(page('Goal 2030', 'Goal 2031'))).toBeNull()
  })
})
