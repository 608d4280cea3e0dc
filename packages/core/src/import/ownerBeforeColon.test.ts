import { describe, expect, it } from 'vitest'
import { ownerBeforeColon } from './ownerBeforeColon'
import { tableToPlan } from './tableToPlan'

describe('the owner a step names before a colon ("Clerk: circulates the minutes")', () => {
  it.each([
    ['Clerk: circulates the draft minutes to governors', ['Clerk']],
    ['Finance Committee: approves the revised budget', ['Finance Committee']],
    ['HR: publishes the pay gap report', ['HR']],
    ['Head Teacher/Chair: agree the visit rota', ['Head Teacher', 'Chair']],
    // One team's name with "&" in it stays whole, as an owners cell reads it.
    ['Estates & Facilities: survey the car parks', ['Estates & Facilities']],
    // Labels and parts of the text name nobody.
    ['Action: review the lone working policy', []],
    ['Progress: meetings held with each faculty', []],
    ['Issue: lifts are often out of service', []],
    ['Year 2: publishes the second report', []],
    // One name with a plain verb is an instruction, not who does it.
    ['Governors: review the policy', []],
    ['Review the policy: all staff', []],
  ])('%j → %j', (title, owners) => {
    expect(ownerBeforeColon(title)).toEqual(owners)
  })

  it('gives each step of a one-column timeline its owner when the table has no owners column', () => {
    const { plan } = tableToPlan([
      ['Action', 'Date'],
      ['Clerk: circulates the draft minutes to governors', 'March 2026'],
      ['Finance Committee: approves the revised budget', 'April 2026'],
      ['Publish the approved budget on the website', 'May 2026'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Clerk'], ['Finance Committee'], []])
  })
})
