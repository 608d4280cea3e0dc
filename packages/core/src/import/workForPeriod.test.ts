import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'
import { workForPeriod } from './workForPeriod'

describe('workForPeriod: a line naming the work of a period', () => {
  it.each([
    ['Targets for end of 2030', 'end of 2030'],
    ['Goals for the end of 2027', 'the end of 2027'],
    ['Our priorities by June 2026', 'June 2026'],
    ['Actions for 2031-32', '2031-32'],
    ['Target actions for FY31', 'FY31'],
    ['Our actions for this year', 'this year'],
    ['Goals for 2029:', '2029'],
    ['Actions for the 2031/32 year include:', 'the 2031/32 year'],
    ['Actions for the 2031-32 academic year', 'the 2031-32 academic year'],
    ['Actions for staff', null],
    ['Targets for the communications team', null],
    ['Our goals are ambitious for 2030 and beyond', null],
    ['Orchard Trust 2031 goals', '2031'],
    ['Our 2031-32 priorities', '2031-32'],
    ['2031 targets:', '2031'],
    ['The 2031 goals we missed last spring', null],
  ])('%s → %s', (line, period) => {
    expect(workForPeriod(line)).toBe(period)
  })

  it('gives every action on a page so titled the end of its period as the due date', () => {
    const plan = tableToPlan([
      ['Targets for end of 2030'],
      ['What the network can do'],
      ['Volunteering:'],
      ['Recruit forty new stewards'],
      ['Train every steward in first aid'],
      ['Outreach:'],
      ['12 school visits'],
      ['3 open days'],
    ]).plan
    expect(plan.actions.map((action) => [action.title, action.section, action.target.due])).toEqual([
      ['Recruit forty new stewards', 'Volunteering', '2030-12-31'],
      ['Train every steward in first aid', 'Volunteering', '2030-12-31'],
      ['12 school visits', 'Outreach', '2030-12-31'],
      ['3 open days', 'Outreach', '2030-12-31'],
    ])
  })

  it('gives every action under a title naming its year before the work ("… 2030 goals") the year\'s end', () => {
    const plan = tableToPlan([
      ['Orchard Trust 2030 goals'],
      ['Board of Trustees'],
      ['Recruit two new trustees to the board'],
      ['Agree a five-year budget with the bank'],
      ['Review the insurance of the orchard'],
      ['Volunteer Team'],
      ['Train every steward in first aid'],
      ['Hold a planting day each spring'],
      ['Keep the tool shed stocked and tidy'],
    ]).plan
    expect(plan.actions.map((action) => action.target.due)).toEqual(Array(6).fill('2030-12-31'))
  })

  it('reads such a subtitle under a title naming no period, past an introduction in sentences', () => {
    const rows = (subtitle: string, more: string[][] = []) => [
      ['Orchard Trust'],
      [''],
      ['This page lists what the trust means to do and who will see to each part of it.'],
      [subtitle],
      ['Board of Trustees'],
      ['Recruit two new trustees to the board'],
      ['Agree a five-year budget with the bank'],
      ['Review the insurance of the orchard'],
      ...more,
    ]
    // The three tasks under the board's heading (the introduction is left to the page's other rules).
    const dues = (table: string[][]) =>
      tableToPlan(table)
        .plan.actions.filter((action) => action.section === 'Board of Trustees')
        .map((action) => action.target.due)
    expect(dues(rows('Our 2030 goals'))).toEqual(Array(3).fill('2030-12-31'))
    // A page of one period's goals after another: each names only its own, never the page's.
    const twoYears = rows('Goals for 2030', [
      ['Goals for 2031'],
      ['Plant a second orchard by the river'],
      ['Open a shop at the gate'],
    ])
    expect(dues(twoYears)).not.toEqual(Array(3).fill('2030-12-31'))
  })

  it('stays linear on a long line', () => {
    expect(workForPeriod(`Targets for ${'a '.repeat(100_000)}`)).toBeNull()
    expect(workForPeriod(`Orchard ${'2030 '.repeat(20_000)}goals`)).toBeNull()
  })
})
