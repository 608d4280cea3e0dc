import { describe, expect, it } from 'vitest'
import { statusFromHeading } from './statusFromHeading'
import { tableToPlan } from './tableToPlan'

describe('statusFromHeading', () => {
  it.each([
    ['Workshop projects in progress', 'in-progress'],
    ['CURRENT IN-PROGRESS PROJECTS', 'in-progress'],
    ['Actions under way', 'in-progress'],
    ['Completed actions', 'complete'],
    ['Actions on hold', 'on-hold'],
    ['Projects on track', 'in-progress'],
    ['Current projects', 'in-progress'],
    ['Live programmes', 'in-progress'],
    ['New actions', 'not-started'],
    ['Open and new actions:', 'not-started'],
    ['New action items', 'not-started'],
  ])('%s → %s', (heading, state) => {
    expect(statusFromHeading(heading)?.state).toBe(state)
  })

  it.each([
    'Projects to be started in 2026',
    'Progress report',
    'Improving recruitment',
    'Planned projects',
    'Current position',
    'New actions for the library',
    'Open actions',
  ])('%s reports no state', (heading) => {
    expect(statusFromHeading(heading)).toBeNull()
  })

  it('gives "in progress" to the numbered items under such a heading', () => {
    const { plan } = tableToPlan([
      ['Technical services projects 2025'],
      ['WORKSHOP PROJECTS IN PROGRESS'],
      ['1. Replace the dust extraction in the wood workshop'],
      ['2. Move the laser cutter booking online'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['in-progress', 'in-progress'])
  })

  it('gives "on track" to the numbered items under it, past a lead-in sentence', () => {
    const { plan } = tableToPlan([
      ['Estates programme update'],
      ['Completed schemes'],
      ['1. New passenger lift in the library'],
      ['2. Rewiring of the sports hall'],
      ['Schemes on track'],
      ['Both schemes below are on track to be finished this year:'],
      ['1. Roof repairs to the chapel, end date March 2026'],
      ['2. New boilers in the science block, end date June 2026'],
    ])
    expect(plan.actions.map((a) => [a.status.state, a.target.due])).toEqual([
      ['complete', null],
      ['complete', null],
      ['in-progress', '2026-03-31'],
      ['in-progress', '2026-06-30'],
    ])
  })
})
