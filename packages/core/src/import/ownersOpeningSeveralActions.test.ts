import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('ownersOpeningSeveralActions', () => {
  it('gives each action that opens with a role before "to" that role, when the plan writes three or more so', () => {
    const { plan, issues } = tableToPlan([
      ['Equality objectives'],
      ['Objectives for 2031-2035'],
      ['Objective One'],
      ['Office to publish the club take-up figures each term.'],
      ['Class teachers to plan one visit a year from a local faith group.'],
      ['Governors and Leaders to review the figures every summer.'],
      ['Publish the objectives on the school website.'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Office'],
      ['Class teachers'],
      ['Governors', 'Leaders'],
      [],
    ])
    expect(issues.filter((issue) => issue.code === 'owners-opening-actions')).toHaveLength(3)
  })

  it('names no owner from two such lines, or from instructions that take "to"', () => {
    const two = tableToPlan([
      ['Equality objectives'],
      ['Objectives for 2031-2035'],
      ['Objective One'],
      ['Office to publish the club take-up figures each term.'],
      ['Class teachers to plan one visit a year from a local faith group.'],
      ['Publish the objectives on the school website.'],
    ])
    expect(two.plan.actions.map((a) => a.owners)).toEqual([[], [], []])
    const instructions = tableToPlan([
      ['Equality objectives'],
      ['Objectives for 2031-2035'],
      ['Objective One'],
      ['Continue to meet the staff network each term.'],
      ['Write to the Chair of Governors about the budget.'],
      ['Use Data to plan the next year of visits.'],
      ['Reach out to local faith groups.'],
    ])
    expect(instructions.plan.actions.every((a) => a.owners.length === 0)).toBe(true)
  })
})
