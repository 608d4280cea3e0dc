import { describe, expect, it } from 'vitest'
import { readDeadlineHeadedRequirements } from './readDeadlineHeadedRequirements'
import { tableToPlan } from './tableToPlan'

describe('requirement headings that end with their deadline in brackets, over bullets', () => {
  const rows = [
    ['Guidance for departments on the records policy'],
    ['1. Keep a register of records'],
    ['What every department must do'],
    ['Draft a register of record types (by 31 March 2031)'],
    ['* List the record types each team holds.'],
    ['* Name an owner for each type. Retire the old register (by 30 June 2031)'],
    ['Keep the register current (ongoing after 31 March 2031)'],
    ['* Review it each term.'],
    ['2. Name the people responsible'],
    ['What every department must do'],
    ['Send the names of the records leads to the secretary by 30 April 2031'],
  ]

  it('reads each heading as one action dated by its bracket, the bullets its description', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Draft a register of record types', '2031-03-31'],
      ['Keep the register current', null],
      ['Send the names of the records leads to the secretary', '2031-04-30'],
    ])
    expect(plan.actions[0]?.description).toContain('Name an owner for each type.')
  })

  it('needs two bracketed deadlines over bullets', () => {
    expect(readDeadlineHeadedRequirements(rows.slice(0, 6))).toBeNull()
    expect(
      readDeadlineHeadedRequirements([
        ['Draft the register (by 31 March 2031)'],
        ['Keep it current (by 30 June 2031)'],
      ]),
    ).toBeNull()
  })
})
