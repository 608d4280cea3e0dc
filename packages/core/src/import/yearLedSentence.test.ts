import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'
import { yearLedSentence } from './yearLedSentence'

describe('a sentence that opens with its year among a roadmap’s lead-ins', () => {
  it.each([
    ['In 2031, the council will open the new library.', '2031'],
    ['From 2031 to 2033, we will run a reading survey each spring.', '2031 to 2033'],
    ['During 2032, the trust will replant the orchard!', '2032'],
    ['In 2032, the planned milestones include:', null],
    ['In 2032 the library opens', null],
    ['Strategic aim 1: Libraries for all by 2033', null],
    ['Libraries for all by 2033.', null],
    [`In 2031, ${'very '.repeat(100)}long.`, null],
  ])('%s → %s', (line, year) => {
    expect(yearLedSentence(line)).toBe(year)
  })

  const page = [
    ['Roadmap for the county libraries'],
    ['Outcome: a library within reach of every village by 2033'],
    ['In 2031, the council will open the new central library.'],
    ['In 2032, the planned steps include:'],
    ['- a mobile library for the northern parishes'],
    ['- longer opening hours at the three largest branches'],
    ['In 2033, the planned steps include:'],
    ['- a reading room in every secondary school'],
    ['From 2032 to 2034, there will be a yearly count of visitors.'],
  ]

  it('reads each such line as an action due by the end of its own year, not a heading', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.target?.due ?? null])).toEqual([
      ['In 2031, the council will open the new central library.', '2031-12-31'],
      ['a mobile library for the northern parishes', '2032-12-31'],
      ['longer opening hours at the three largest branches', '2032-12-31'],
      ['a reading room in every secondary school', '2033-12-31'],
      ['From 2032 to 2034, there will be a yearly count of visitors.', '2034-12-31'],
    ])
  })

  it('passes over a hostile line of a million characters', () => {
    expect(yearLedSentence(`In 2031, ${'a, '.repeat(350_000)}.`)).toBeNull()
    expect(yearLedSentence(`In 2031,${' '.repeat(1_000_000)}`)).toBeNull()
  })
})
