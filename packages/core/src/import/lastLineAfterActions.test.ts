import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('the last line of a table, alone in the action column', () => {
  const plan = (last: string) =>
    tableToPlan([
      ['Library action plan', ''],
      ['Open a quiet study room on the top floor', 'March 2026'],
      ['Lend laptops to students for a term', 'June 2026'],
      [last, ''],
    ]).plan.actions.map((a) => a.title)

  it('is the last action when it reads as an instruction, its date cell still empty', () => {
    expect(plan('Publish monthly figures on loans on the library website.')).toEqual([
      'Open a quiet study room on the top floor',
      'Lend laptops to students for a term',
      'Publish monthly figures on loans on the library website.',
    ])
  })

  it('is no action when it is a closing note', () => {
    expect(plan('This plan will be reviewed by the library committee each year.')).toHaveLength(2)
    expect(plan('After the first term the loans will be reviewed by the committee.')).toHaveLength(2)
  })
})
