import { describe, expect, it } from 'vitest'
import { bodyNameHeading } from './bodyNameHeading'
import { tableToPlan } from './tableToPlan'

describe('bodyNameHeading: a heading that names a body and nothing else', () => {
  it.each([
    ['Steering Committee', 'Steering Committee'],
    ['Board of Trustees', 'Board of Trustees'],
    ['Staff', 'Staff'],
    ['Volunteer Team', 'Volunteer Team'],
    ['Funding and growth', null],
    ['Our staff will grow', null],
    ['Students', null],
  ])('%s → %s', (line, body) => {
    expect(bodyNameHeading(line)).toBe(body)
  })

  it('gives each goal of a one-column list the body its heading names, when every heading names one', () => {
    const { plan } = tableToPlan([
      ['Orchard Trust plans'],
      ['This page sets out what the trust means to do over the coming seasons.'],
      ['Board of Trustees'],
      ['Recruit two new trustees to the board'],
      ['Agree a five-year budget with the bank'],
      ['Volunteer Team'],
      ['Train every steward in first aid'],
      ['Steadily widen the hedgerow along the lane'],
    ])
    expect(plan.actions.slice(-4).map((a) => [a.title, a.owners])).toEqual([
      ['Recruit two new trustees to the board', ['Board of Trustees']],
      ['Agree a five-year budget with the bank', ['Board of Trustees']],
      ['Train every steward in first aid', ['Volunteer Team']],
      ['Steadily widen the hedgerow along the lane', ['Volunteer Team']],
    ])
  })

  it('gives no owners when a heading names a theme', () => {
    const { plan } = tableToPlan([
      ['Orchard Trust plans'],
      ['This page sets out what the trust means to do over the coming seasons.'],
      ['Board of Trustees'],
      ['Recruit two new trustees to the board'],
      ['Agree a five-year budget with the bank'],
      ['Hedges and paths'],
      ['Train every steward in first aid'],
      ['Steadily widen the hedgerow along the lane'],
    ])
    expect(plan.actions.every((a) => a.owners.length === 0)).toBe(true)
  })
})
