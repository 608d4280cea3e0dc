import { describe, expect, it } from 'vitest'
import { helpersInBrackets } from './helpersInBrackets'
import { tableToPlan } from './tableToPlan'

describe('a lead with their helpers in brackets', () => {
  it('reads the lead and each helper as owners', () => {
    const { plan } = tableToPlan([
      ['Action', 'Owner', 'Target date'],
      ['Write the cluster upgrade runbook', 'Maria (Kwame, Lee...)', '12-01-2026'],
      ['Brief the site admins', 'Head of IT (Sara Jones)', '30-01-2026'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Maria', 'Kwame', 'Lee'],
      ['Head of IT (Sara Jones)'],
    ])
  })

  it.each([
    ['Ravi (Ann, Bo etc.)', ['Ravi', 'Ann', 'Bo']],
    ['Dana (Tom Hill, Ife Obi)', ['Dana', 'Tom Hill', 'Ife Obi']],
    ['Registry (exams, admissions)', ['Registry (exams, admissions)']],
    ['Chair (Professor of Chemistry, Dean of Science)', ['Chair (Professor of Chemistry, Dean of Science)']],
  ])('%j reads %j', (name, owners) => {
    expect(helpersInBrackets(name)).toEqual(owners)
  })
})
