import { describe, expect, it } from 'vitest'
import { statusFromHeading } from './statusFromHeading'
import { tableToPlan } from './tableToPlan'

// A tracker page lists each task under a bullet holding only its date, the task on the line below, under headings
// asking what is under way and what is done; the bullets above (a legend of stages, a description's points) are
// the page's own lines.
describe('dated bullets over their tasks on a tracker page', () => {
  const page = [
    ['Set up a shared booking system for the lab rooms'],
    ['Progress'],
    ['- Not started'],
    ['- Underway'],
    ['- Finished'],
    ['Why it matters'],
    ['- Staff waste time finding free rooms;'],
    ['- Rooms sit empty while others are double booked.'],
    ['Tasks'],
    ['What are we doing?'],
    ['- 2032'],
    ['Add the teaching labs to the system'],
    ['What has been done?'],
    ['- 14.03.2031'],
    ['Open the system to all staff'],
    ['- 02.02.2031'],
    ['Run a trial with two research groups'],
  ]

  it('reads each task with the date above it, and its status from the heading over it', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.target.due, a.status.state])).toEqual([
      ['Add the teaching labs to the system', '2032-12-31', 'in-progress'],
      ['Open the system to all staff', '2031-03-14', 'complete'],
      ['Run a trial with two research groups', '2031-02-02', 'complete'],
    ])
  })
})

describe('statusFromHeading: the work under way, asked or stated', () => {
  it.each([
    ['What are we doing?', 'in-progress'],
    ['What we are doing now', 'in-progress'],
    ["What we're working on:", 'in-progress'],
    ['What we are doing to make the site easier to use', null],
    ['What are we doing next?', null],
  ])('%j', (heading, state) => {
    expect(statusFromHeading(heading)?.state ?? null).toBe(state)
  })
})
