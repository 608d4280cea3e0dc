import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'
import { timelineStepOwners } from './timelineStepOwners'

describe('a timeline of "day month — step" lines with no year, the last steps in square brackets', () => {
  const page = [
    ['Draft timetable:'],
    ['3 Jun — Clerk will circulate the draft scheme to all members'],
    ['7 Jun — Fold in comments from the working party (clerk)'],
    ['14 Jun — Members send any objections in writing'],
    ['[21 Jun — Council votes on the scheme]'],
    ['[28 Jun — Scheme published on the website]'],
    ['[dates in brackets to be agreed]'],
  ].map((line) => [line[0]!])

  it('reads each line as a step, its day and month the target, and who does it', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((action) => [action.title, action.target.text, action.owners])).toEqual([
      ['Clerk will circulate the draft scheme to all members', '3 Jun', ['Clerk']],
      ['Fold in comments from the working party (clerk)', '7 Jun', ['clerk']],
      ['Members send any objections in writing', '14 Jun', []],
      ['Council votes on the scheme', '21 Jun', []],
      ['Scheme published on the website', '28 Jun', []],
    ])
  })

  it('takes a closing bracket as the doer only when another step names that doer as its subject', () => {
    expect(timelineStepOwners(['Open the hall (if needed)', 'Ana Lee will lock up (Ana Lee)'])).toEqual([
      '',
      'Ana Lee',
    ])
    expect(timelineStepOwners(['Review the bids (board)', 'Publish the list'])).toEqual(['', ''])
  })
})
