import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'
import { yearOfPageStamp } from './yearOfPageStamp'

describe('yearOfPageStamp', () => {
  it.each([
    [[['Our roadmap'], ['Last Updated: 14/02/2031'], ['June & July']], '2031-01-01'],
    [[['Our roadmap'], ['• Published 3 May 2029']], '2029-01-01'],
    [[['Our roadmap'], ['Reviewed every year since 2020']], null],
    [[['Our roadmap'], ['Last updated: soon']], null],
    [[['Our roadmap'], ['Published 3 May 2029'], ['Last updated 4 June 2030']], null],
  ])('%j → %s', (table, year) => {
    expect(yearOfPageStamp(table, table.length)).toBe(year)
  })

  it('reads only the lines above the table', () => {
    expect(yearOfPageStamp([['Our roadmap'], ['Task'], ['Last updated: 4 June 2030']], 1)).toBeNull()
  })

  it('dates the tables of a roadmap under period headings with no year by the page stamp', () => {
    const { plan } = tableToPlan([
      ['Member portal roadmap'],
      ['What we plan to build next, with where each piece stands. We revise it every sprint.'],
      ['Last Updated: 14/02/2031'],
      ['June & July'],
      ['Accounts'],
      ['Task', 'Description', 'Status'],
      ['Password reset', 'Let members reset their own password', 'Done'],
      ['Two-step login', 'Offer a second step at login', 'In progress'],
      ['Notifications'],
      ['Task', 'Description', 'Status'],
      ['Email digest', 'A weekly summary of new messages', 'Not started'],
      ['August & September'],
      ['Search'],
      ['Task', 'Description', 'Status'],
      ['Search box', 'A search field on every page', 'Not started'],
    ])
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Password reset', '2031-07-31'],
      ['Two-step login', '2031-07-31'],
      ['Email digest', '2031-07-31'],
      ['Search box', '2031-09-30'],
    ])
  })

  it('leaves the targets in the cells alone: the stamp dates the page, not them', () => {
    const { plan } = tableToPlan([
      ['Reconciliation plan: governance'],
      ['Published 3 April 2031'],
      ['Deliverable', 'Timeline', 'Lead'],
      ['Review the terms of reference', 'Annually (June)', 'Head of Strategy'],
      ['Report progress to the board', 'Each quarter', 'Head of Strategy'],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual([null, null])
  })
})
