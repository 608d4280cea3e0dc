import { describe, expect, it } from 'vitest'
import { linksAtPageEnd } from './linksAtPageEnd'
import { tableToPlan } from './tableToPlan'

describe('the links a web page ends with, below its list', () => {
  const page = [
    ['Our priorities for the library'],
    ['We have chosen five priorities for the next three years:'],
    ['• Extend the opening hours of the main reading room in the exam term'],
    ['• Give every new student a tour of the special collections in their first month'],
    ['Download the library strategy (Word, 2 MB)'],
    ['Find out more about the reading room bookings'],
  ].map((line) => [line[0]!])

  it('leaves out the trailing lines that send the reader elsewhere', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Extend the opening hours of the main reading room in the exam term',
      'Give every new student a tour of the special collections in their first month',
    ])
  })

  it('keeps such a line when anything else follows it (the row the links begin on, or the page length)', () => {
    expect(linksAtPageEnd(page, 0)).toBe(4)
    expect(linksAtPageEnd([['Read the safety policy with every new starter'], ['Run a fire drill']], 0)).toBe(
      2,
    )
    expect(linksAtPageEnd([['Click here for our goals'], ['', 'a note in another column']], 0)).toBe(2)
  })
})
