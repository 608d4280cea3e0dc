import { describe, expect, it } from 'vitest'
import { milestoneHeadingsWithBadges } from './milestoneHeadingsWithBadges'
import { tableToPlan } from './tableToPlan'

describe('milestoneHeadingsWithBadges: "Name - Month Year [status]" headings over their descriptions', () => {
  const page = [
    ['Lighthouse app milestones'],
    ['Groundwork'],
    ['March 2031 - August 2031'],
    ['Sign-in service - April 2031 [complete]'],
    ['Let visitors sign in with their library card.'],
    ['Offline maps - June 2031 [in progress]'],
    ['Keep the trail maps on the phone for walks with no signal.'],
    ['Second pass'],
    ['September 2031 - March 2032'],
    ['Push alerts - TBD [not yet started]'],
    ['Warn walkers of closed paths.'],
  ]

  it('reads each heading as a milestone: its name, due date, status, and the lines under it', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((action) => [action.title, action.target.due, action.status.state])).toEqual([
      ['Sign-in service', '2031-04-30', 'complete'],
      ['Offline maps', '2031-06-30', 'in-progress'],
      ['Push alerts', null, 'not-started'],
    ])
    expect(plan.actions[1]?.description).toBe('Keep the trail maps on the phone for walks with no signal.')
  })

  it('leaves a page with fewer headings, or brackets naming no status, to the other readers', () => {
    const two = page.slice(0, 7)
    expect(milestoneHeadingsWithBadges(two)).toBe(two)
    const notes = [
      ['Reading list - spring [fiction]'],
      ['Reading list - summer [poetry]'],
      ['Reading list - autumn [essays]'],
    ]
    expect(milestoneHeadingsWithBadges(notes)).toBe(notes)
  })
})
