import { describe, expect, it } from 'vitest'
import { readPeriodLabelledLists } from './readPeriodLabelledLists'
import { tableToPlan } from './tableToPlan'

// A library working group's page: the months ahead, numbered, each over the milestones due that month.
describe('milestones listed under period labels', () => {
  it('reads each line under a label as an action due by the end of that period, with no ref', () => {
    const { plan, issues } = tableToPlan([
      ['Reading room working group: milestones for 2027'],
      ['We have set out what we aim to finish over the next three months.'],
      ['1. March:'],
      ['Agree the opening hours with the unions'],
      ['Survey readers on the quiet zone'],
      ['2. Apr:'],
      ['Order the new shelving'],
      ['3. Q3:'],
      ['Open the refurbished room'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due])).toEqual([
      [null, 'Agree the opening hours with the unions', '2027-03-31'],
      [null, 'Survey readers on the quiet zone', '2027-03-31'],
      [null, 'Order the new shelving', '2027-04-30'],
      [null, 'Open the refurbished room', '2027-09-30'],
    ])
    expect(issues.filter((issue) => issue.code === 'period-inferred')).toHaveLength(3)
  })

  it('reads the months after December in the next year', () => {
    const { plan } = tableToPlan([
      ['Winter milestones, from November 2026'],
      ['Nov:'],
      ['Close the old store room'],
      ['Dec:'],
      ['Move the specimens'],
      ['Jan:'],
      ['Reopen the store room'],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2026-11-30', '2026-12-31', '2027-01-31'])
  })

  it('keeps the period as written when the page names no year', () => {
    const { plan } = tableToPlan([
      ['Milestones'],
      ['June:'],
      ['Name a lead for the archive move'],
      ['July:'],
      ['Pack the first floor'],
      ['Move the rare books'],
    ])
    expect(plan.actions.map((a) => [a.title, a.target.text])).toEqual([
      ['Name a lead for the archive move', 'June'],
      ['Pack the first floor', 'July'],
      ['Move the rare books', 'July'],
    ])
  })

  it('leaves other pages alone: labels that are no period, a label over nothing, one label', () => {
    expect(
      readPeriodLabelledLists([
        ['Notes'],
        ['Decisions:'],
        ['Buy a kiln'],
        ['Next steps:'],
        ['Hire a tutor'],
        ['Book a room'],
      ]),
    ).toBeNull()
    expect(
      readPeriodLabelledLists([
        ['Plan'],
        ['May:'],
        ['June:'],
        ['Buy a kiln'],
        ['Hire a tutor'],
        ['Book a room'],
      ]),
    ).toBeNull()
    expect(
      readPeriodLabelledLists([['Plan'], ['May:'], ['Buy a kiln'], ['Hire a tutor'], ['Book a room']]),
    ).toBeNull()
  })
})

describe('a period label saying its work is done', () => {
  it('gives its lines the done state and no target, and the later labels their periods as targets', () => {
    const { plan } = tableToPlan([
      ['Our access plan'],
      ['Completed in 2030:'],
      ['Ramp at the side entrance'],
      ['Large-print menus'],
      ['Planned for 2031:'],
      ['Hearing loop at the front desk'],
      ['Quiet hour on Tuesdays'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state, a.target.due])).toEqual([
      ['Ramp at the side entrance', 'complete', null],
      ['Large-print menus', 'complete', null],
      ['Hearing loop at the front desk', 'unknown', '2031-12-31'],
      ['Quiet hour on Tuesdays', 'unknown', '2031-12-31'],
    ])
  })
})

describe('a period heading over the lead-in that opens its list', () => {
  it('reads the heading as the period and the lead-in as the state of the lines under it', () => {
    const { plan } = tableToPlan([
      ['What we are building'],
      ['This page sets out the changes to the booking service and when we expect each to arrive.'],
      ['Autumn 2030'],
      ['So far we have:'],
      ['moved the booking pages onto the new platform'],
      ['added a waiting list for full sessions'],
      ['January 2031 to June 2031'],
      ['Next we will:'],
      ['let you pay for a block of sessions at once'],
      ['send reminders by text the day before'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state, a.target.due])).toEqual([
      ['moved the booking pages onto the new platform', 'complete', '2030-11-30'],
      ['added a waiting list for full sessions', 'complete', '2030-11-30'],
      ['let you pay for a block of sessions at once', 'unknown', '2031-06-30'],
      ['send reminders by text the day before', 'unknown', '2031-06-30'],
    ])
  })

  it('needs the lead-in: a date alone over lines is not a label', () => {
    expect(
      readPeriodLabelledLists([
        ['Plan'],
        ['Autumn 2030'],
        ['moved the booking pages onto the new platform'],
        ['January 2031'],
        ['let you pay for a block of sessions at once'],
        ['send reminders by text the day before'],
      ]),
    ).toBeNull()
  })
})

describe("a term's heading over groups of items set apart by blank lines", () => {
  const page = [
    ['Museum plan: how we get there'],
    ['The stages of writing the plan over the coming year.'],
    ['Spring Term 2031'],
    ['Trustees open the planning process at the members meeting (Jan 12)'],
    ['Members send comments on the draft process (Jan 12-Feb 3)'],
    [''],
    ['Staff workshops on the themes'],
    ['Working groups report to the trustees'],
  ]

  it('dates each item by its own day in the heading year, or by the end of the term', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title.slice(0, 20), a.target.due])).toEqual([
      ['Trustees open the pl', '2031-01-12'],
      ['Members send comment', '2031-02-03'],
      ['Staff workshops on t', '2031-03-31'],
      ['Working groups repor', '2031-03-31'],
    ])
    expect(readPeriodLabelledLists(page)).not.toBeNull()
  })

  it('needs the blank line between groups: one run of lines under a term is left to the other readers', () => {
    expect(readPeriodLabelledLists(page.filter((row) => row[0] !== ''))).toBeNull()
  })
})

describe('readPeriodLabelledLists: minutes with a roll are not a milestone list', () => {
  const agenda = [
    ['Board of the allotment society, 26 June 2031'],
    ['Present: Ana Cruz, Bo Lind, Cai Moss'],
    ['Minutes of 24 May 2031:'],
    ['The minutes were read by Ana and adopted.'],
    ['Plans for 2031 – 2032:'],
    ['Bo presents the outline of the letter to members.'],
    ['Cai proposes a survey of the plot holders.'],
  ]

  it('reads no period labels below a roll of who attended', () => {
    expect(readPeriodLabelledLists(agenda)).toBeNull()
  })

  it('still reads the same labels on a page without a roll', () => {
    expect(readPeriodLabelledLists([agenda[0]!, ...agenda.slice(2)])?.rows.length).toBeGreaterThan(3)
  })
})
