import { describe, expect, it } from 'vitest'
import { numberAfterMonthOfTargets } from './numberAfterMonthOfTargets'
import { tableToPlan } from './tableToPlan'

describe('numberAfterMonthOfTargets', () => {
  it('reads numbers spread over a month as days, once the plan has a year', () => {
    expect(numberAfterMonthOfTargets(['2031 Apr-1', 'Jun-16', 'Jul-28', 'Sep-30'], '2031-01-01')).toBe('day')
    expect(numberAfterMonthOfTargets(['Jun-16', 'Jul-28', 'Sep-30'], undefined)).toBeNull()
  })

  it('leaves numbers that cluster as two-digit years, and columns with none, to the default', () => {
    expect(numberAfterMonthOfTargets(['Apr-19', 'May-20', 'Jun-20'], '2019-01-01')).toBeNull()
    expect(numberAfterMonthOfTargets(['March 2031', 'by 4 May'], '2031-01-01')).toBeNull()
  })

  it("dates a release schedule's milestones on their days, in the year its first row names", () => {
    const { plan, issues } = tableToPlan([
      ['Release timetable of the 4.2 branch'],
      ['Milestone', 'Date'],
      ['Planning opens', '2031 Apr-1'],
      ['Code freeze', 'Thursday: Jun-16'],
      ['String freeze', 'Thursday: Jul-28'],
      ['Release candidate', 'Any time after string freeze'],
      ['Final release', 'Sep-30'],
      ['End of support', '2032 Apr-1'],
    ])
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Planning opens', '2031-04-01'],
      ['Code freeze', '2031-06-16'],
      ['String freeze', '2031-07-28'],
      ['Release candidate', null],
      ['Final release', '2031-09-30'],
      ['End of support', '2032-04-01'],
    ])
    expect(issues.some((issue) => issue.message.includes('as a day of that month'))).toBe(true)
  })

  it('reads a column of ten thousand milestones from its top', () => {
    const rows = [
      ['Milestone', 'Date'],
      ['Planning opens', '1 April 2031'],
      ['Branch cut', '15 April 2031'],
    ]
    for (let i = 0; i < 10_000; i++)
      rows.push([`Checkpoint number ${i} of the branch`, `Jun-${(i % 28) + 1}`])
    const { plan } = tableToPlan(rows)
    expect(plan.actions).toHaveLength(10_002)
    expect(plan.actions[4]!.target.due).toBe('2031-06-03')
  })
})
