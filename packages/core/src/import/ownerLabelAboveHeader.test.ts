import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a target block naming its lead once above its action list ("Lead person: …" over "Actions")', () => {
  const block = (leads: string[][]) => [
    ['School improvement plan 2025-26'],
    ['Target Q2: To raise attendance to at least 96% across all year groups.'],
    ...leads,
    ['Success criteria'],
    ['• Persistent absence below 10%'],
    ['Actions'],
    ['• Call home on the first day of any absence'],
    ['• Weekly attendance figures shared with form tutors'],
  ]

  it('gives the lead line’s owners to every action below the header', () => {
    const { plan, issues } = tableToPlan(
      block([['Lead person and governor: Head Teacher, Chair of Governors']]),
    )
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Head Teacher', 'Chair of Governors'],
      ['Head Teacher', 'Chair of Governors'],
    ])
    expect(issues.some((issue) => issue.code === 'owners-from-lead-in')).toBe(true)
  })

  it('gives no owner when two lead lines name different leads', () => {
    const { plan } = tableToPlan(
      block([['Lead person: Deputy Head'], ['Lead governor: Attendance Governor']]),
    )
    expect(plan.actions.map((a) => a.owners)).toEqual([[], []])
  })
})
