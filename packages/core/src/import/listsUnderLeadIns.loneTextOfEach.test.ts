import { describe, expect, it } from 'vitest'
import { asideRows } from './asideRows'
import { listAnnouncementRows } from './listAnnouncementRows'
import { listsUnderLeadIns, loneText, loneTextOfEach } from './listsUnderLeadIns'
import { objectivesAboveReasons } from './objectivesAboveReasons'
import { statusKeyRows } from './statusKeyRows'

const page = [
  ['Parish plan'],
  ['', ' '],
  ['Key: Done | Under way | Not begun'],
  ['Our aims are as follows.'],
  ['Objective Two'],
  ['To widen the footpath along the lane by the school'],
  ['Why have we chosen this objective?'],
  ['  Children walk in the road every morning.  '],
  ['Tasks:'],
  ['• Ask the county for a survey', 'Clerk'],
  ['• Book the hall'],
  ['(the rest of the list follows next month)'],
]

describe('loneTextOfEach: every row’s lone line, read once', () => {
  it('gives the one filled cell trimmed, null for a row of several, undefined for a blank one', () => {
    expect(loneTextOfEach([[' Goals '], ['', ' '], ['Fix the gate', 'Ana'], ['', 'Parish clerk']])).toEqual([
      'Goals',
      undefined,
      null,
      'Parish clerk',
    ])
  })

  it('agrees with loneText on every filled row', () => {
    const lone = loneTextOfEach(page)
    page.forEach((row, index) => {
      if (lone[index] !== undefined) expect(lone[index]).toBe(loneText(row))
    })
  })

  it('gives each walk of the page the reading it makes on its own', () => {
    const lone = loneTextOfEach(page)
    expect(statusKeyRows(page, 0, lone)).toEqual(statusKeyRows(page, 0))
    expect(asideRows(page, 0, lone)).toEqual(asideRows(page, 0))
    expect(listAnnouncementRows(page, 0, lone)).toEqual(listAnnouncementRows(page, 0))
    expect(objectivesAboveReasons(page, 0, lone)).toEqual(objectivesAboveReasons(page, 0))
    expect(listsUnderLeadIns(page, 0, lone)).toEqual(listsUnderLeadIns(page, 0))
    expect(asideRows(page, 0)).toEqual([11])
    expect(objectivesAboveReasons(page, 0)).toEqual([5])
  })
})
