import { describe, expect, it } from 'vitest'
import { readStepDateRows } from './readStepDateRows'
import { tableToPlan } from './tableToPlan'

describe('readStepDateRows: a one-column schedule whose lines close with their date after a colon', () => {
  const rows = [
    ['Community orchard: project outline'],
    ['Drafted on'],
    ['2031-01-09'],
    ['Timetable'],
    ['Survey the plot: Done'],
    ['Order the saplings: 2031/02/14'],
    ['Dig the planting holes: 14 March 2031'],
    [''],
    ['Plant the first row: end of March 2031'],
    ['Open day for neighbours: May 2031'],
    ['Where we meet'],
    ['The church hall'],
  ]

  it('reads each dated line as a step, the words before the colon its title and the date after it its target', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.target.due, a.section])).toEqual([
      ['Survey the plot', null, 'Timetable'],
      ['Order the saplings', '2031-02-14', 'Timetable'],
      ['Dig the planting holes', '2031-03-14', 'Timetable'],
      ['Plant the first row', '2031-03-31', 'Timetable'],
      ['Open day for neighbours', '2031-05-31', 'Timetable'],
    ])
  })

  it('reads a state after the colon in place of a date as the step being done', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions[0]?.status.state).toBe('complete')
  })

  it('keeps the lines above the first step as the page title rows', () => {
    expect(readStepDateRows(rows)?.rows.slice(0, 3)).toEqual([
      ['Community orchard: project outline'],
      ['Drafted on'],
      ['2031-01-09'],
    ])
  })

  it('leaves a lone dated line above the steps whole: it is the page stamp, not a step', () => {
    const stamped = [
      ['Allotment society calendar'],
      ['Last edited: 3 January 2031'],
      ['Jobs for the year'],
      ['Prune the fruit trees: February 2031'],
      ['Sow the broad beans: March 2031'],
      ['Lift the potatoes: July 2031'],
    ]
    const { plan } = tableToPlan(stamped)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Prune the fruit trees',
      'Sow the broad beans',
      'Lift the potatoes',
    ])
  })

  it('leaves a page of colon lines whose tails are not dates to the other readers', () => {
    expect(
      readStepDateRows([
        ['Venue: the church hall'],
        ['Chair: Ana Ruiz'],
        ['Minutes: Tom Berg'],
        ['Next meeting: soon, once the hall confirms the booking for the spring'],
      ]),
    ).toBeNull()
  })

  it('reads a page of 10,000 dated lines', () => {
    const jobs = ['Weed the beds', 'Mend the fence', 'Water the saplings', 'Turn the compost']
    const long = [['Schedule'], ...Array.from({ length: 10_000 }, (_, i) => [`${jobs[i % 4]}: 2031/03/14`])]
    expect(readStepDateRows(long)?.rows.length).toBe(10_002)
  })
})

describe('readStepDateRows: a release schedule setting its dates off by a spaced dash', () => {
  it('reads each milestone with its date, year-less days in the year above, and an undated open task', () => {
    const { plan } = tableToPlan(
      [
        'Orchard app 3.2 release plan',
        'Planned dates',
        'Two betas and one release candidate, one a week, for a final release in early May 2031:',
        'branch creation, 3.2.0-beta1 : Mon. April 7th, 2031',
        '3.2.0-beta2 - Mon. Apr 14th',
        '3.2.0-rc1 -   Mon. Apr 21st',
        '3.2.0 (final) - Mon. Apr 28th',
        'Release manager',
        'TBD',
        'Open tasks',
        'Move the build scripts to the new runner',
      ].map((line) => [line]),
    )
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['branch creation, 3.2.0-beta1', '2031-04-07'],
      ['3.2.0-beta2', '2031-04-14'],
      ['3.2.0-rc1', '2031-04-21'],
      ['3.2.0 (final)', '2031-04-28'],
      ['Move the build scripts to the new runner', null],
    ])
  })
})

describe('readStepDateRows: a release timetable under "Actual:" and "Expected:" labels', () => {
  const rows = [
    ['Orchard toolkit 7.2 schedule'],
    ['Created: 03-Feb-2031'],
    ['Release team'],
    ['Release lead: Ana Ruiz'],
    ['7.2 schedule'],
    ['Actual:'],
    ['7.2 work opens: Monday, 2031-02-03'],
    ['7.2.0 preview 1: Friday, 2031-03-14'],
    ['7.2.0 preview 2: Friday, 2031-04-11\n(preview 2 was pulled and rebuilt.)'],
    ['Expected:'],
    ['7.2.0 final: Tuesday, 2031-06-03'],
    ['7.2.1 final: Tuesday, 2031-08-05'],
  ]

  it('reads each step whole, its version kept in the title and its date the target', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due])).toEqual([
      [null, '7.2 work opens', '2031-02-03'],
      [null, '7.2.0 preview 1', '2031-03-14'],
      [null, '7.2.0 preview 2', '2031-04-11'],
      [null, '7.2.0 final', '2031-06-03'],
      [null, '7.2.1 final', '2031-08-05'],
    ])
  })

  it('takes the steps under "Actual:" as done and leaves those under "Expected:" without a state', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.status.state)).toEqual([
      'complete',
      'complete',
      'complete',
      'unknown',
      'unknown',
    ])
  })

  it('keeps every step in its phase: "Expected:" says what the dates are, it names no phase', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.section)).toEqual(Array(5).fill('7.2 schedule'))
  })

  it('reads a short label naming no kind of date ("Stage two:") as a phase', () => {
    const { plan } = tableToPlan([
      ['Library refit timeline'],
      ['Stage one:'],
      ['Survey the building', 'March 2031'],
      ['Agree the layout', 'April 2031'],
      ['Stage two:'],
      ['Strip out the old shelving', 'June 2031'],
      ['Estimated dates:'],
      ['Reopen to the public', 'September 2031'],
    ])
    expect(plan.actions.map((a) => [a.section, a.status.state])).toEqual([
      ['Stage one', 'unknown'],
      ['Stage one', 'unknown'],
      ['Stage two', 'unknown'],
      ['Stage two', 'unknown'],
    ])
  })

  it('keeps the line below a dated step as its note', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions[2]?.notes).toBe('(preview 2 was pulled and rebuilt.)')
  })
})
