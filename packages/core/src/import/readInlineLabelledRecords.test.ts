import { describe, expect, it } from 'vitest'
import { dropSecondLabels, readInlineLabelledRecords } from './readInlineLabelledRecords'
import { tableToPlan } from './tableToPlan'

describe('a roadmap of headed items, each over a field list', () => {
  const rows = [
    ['IT services roadmap 2025'],
    ['What we will deliver this year.'],
    ['Teaching'],
    ['Lecture capture in every room'],
    ['tags: teaching, estates'],
    ['task: IT-204'],
    ['lead: jsmith'],
    ['effort: 2 months'],
    ['Includes work:'],
    ['buy the cameras'],
    ['train the timetabling team'],
    ['New student portal'],
    ['tags: students'],
    ['task: IT-311'],
    ['lead: akhan'],
    ['effort: 5 months'],
    ['Research'],
    ['Storage'],
    ['tags: research'],
    ['task: IT-57'],
    ['lead: pmorris'],
  ]

  it('reads each heading as an action, its lead as its owner, the tracker task and the rest as its description', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      [null, 'Lecture capture in every room', ['jsmith']],
      [null, 'New student portal', ['akhan']],
      [null, 'Storage', ['pmorris']],
    ])
    expect(plan.actions[0]?.description).toContain('task: IT-204')
    expect(plan.actions[0]?.description).toContain('buy the cameras')
  })

  it('reads capitalised labels too, a status among them', () => {
    const { plan } = tableToPlan([
      ['Library projects'],
      ['Open the new reading room'],
      ['Owner: Estates'],
      ['Status: In progress'],
      ['Move the special collections'],
      ['Owner: Archives'],
      ['Status: Done'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Open the new reading room', ['Estates'], 'in-progress'],
      ['Move the special collections', ['Archives'], 'complete'],
    ])
  })

  it('numbers each item by the number its file name opens with, the name kept whole as the title', () => {
    const { plan } = tableToPlan([
      ['Working group proposals'],
      ['017-shared-build-cache.md'],
      ['Submitted: March 2021'],
      ['Status: active'],
      ['018-retire-old-docs.md'],
      ['Submitted: April 2021'],
      ['Status: dormant'],
      ['019_faster_ci'],
      ['Submitted: May 2021'],
      ['Status: done'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.status.state])).toEqual([
      ['017', '017-shared-build-cache.md', 'in-progress'],
      ['018', '018-retire-old-docs.md', 'on-hold'],
      ['019', '019_faster_ci', 'complete'],
    ])
  })

  it('leaves a sentence over a lone label to other readers', () => {
    expect(
      readInlineLabelledRecords([
        ['Plan'],
        ['Develop and publish guidance on how every unit should report its progress each year'],
        ['lead: Provost'],
        ['Short item'],
        ['lead: Registrar'],
      ]),
    ).toBeNull()
  })
})

describe('a record of labelled lines whose labels come in two parts or with full stops', () => {
  const page = [
    ['Follow-up of the review'],
    ['Ref. No.: 1'],
    ['Agreed Action: Done or Due: Finance will reconcile the grant ledger each quarter.'],
    ['Target Date: June 30, 2031'],
    ['Open or Closed: Open'],
    ['Ref. No.: 2'],
    ['Agreed Action: Done or Due: Estates will survey the roofs of the older blocks.'],
    ['Target Date: March 31, 2031'],
    ['Open or Closed: Closed'],
  ]

  it('drops the second part of a label from each value, and reads the dotted label as the ref', () => {
    const { plan } = tableToPlan(page)
    expect(
      plan.actions.map((a) => ({ ref: a.ref, title: a.title, due: a.target.due, state: a.status.state })),
    ).toEqual([
      {
        ref: '1',
        title: 'Finance will reconcile the grant ledger each quarter.',
        due: '2031-06-30',
        state: 'in-progress',
      },
      {
        ref: '2',
        title: 'Estates will survey the roofs of the older blocks.',
        due: '2031-03-31',
        state: 'complete',
      },
    ])
  })

  it('keeps a colon phrase that differs from record to record in the value', () => {
    const rows = [['Action'], ['Phase one: Map the rooms'], ['Phase two: Book the movers']]
    dropSecondLabels(rows, 1)
    expect(rows.slice(1)).toEqual([['Phase one: Map the rooms'], ['Phase two: Book the movers']])
  })
})

describe('a label naming the action written once over several lines of a plainer label', () => {
  const page = [
    ['Library access plan'],
    ['Focus areas for the year'],
    ['Priority: Make the building easier to reach'],
    ['Goal: Fit a ramp at the north door before the winter term.'],
    ['Goal: Survey the signage on every floor with the student union.'],
    ['Priority: Make our documents easier to read'],
    ['Goal: Publish every form in large print and plain language.'],
    ['Goal: Train the front desk team to produce accessible handouts.'],
    ['Goal: Check the catalogue pages against the web guidelines.'],
  ]

  it('reads each line under the heading label as an action, and the heading label not as one', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Fit a ramp at the north door before the winter term.',
      'Survey the signage on every floor with the student union.',
      'Publish every form in large print and plain language.',
      'Train the front desk team to produce accessible handouts.',
      'Check the catalogue pages against the web guidelines.',
    ])
  })
})

describe('action records numbered by a code, "Action: <code>" over "On:", "Requirement:" and "Conclusion:"', () => {
  const minutes = [
    '1. Welcome',
    'The chair opened the meeting.',
    '2. Actions arising',
    'March meeting',
    '- Action: 12/03/31/1',
    'On: Priya Shah',
    'Requirement: Ask the council about the towpath lights.',
    'Conclusion: Action complete.',
    '- Action: 12/03/31/2',
    'On: Tom Reid',
    'Requirement: Price a second trailer for the boats.',
    'Conclusion: Action ongoing. Two quotes in so far.',
    'April meeting',
    '- Action: 09/04/31/1',
    'On: Treasurer',
    'Requirement: Move the savings to the new account.',
    'Conclusion: Action ongoing.',
  ].map((line) => [line])

  it('reads the code as the ref, the requirement as the action, "On" as the owner and the conclusion as the status', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.status.state])).toEqual([
      ['12/03/31/1', 'Ask the council about the towpath lights.', ['Priya Shah'], 'complete'],
      ['12/03/31/2', 'Price a second trailer for the boats.', ['Tom Reid'], 'ongoing'],
      ['09/04/31/1', 'Move the savings to the new account.', ['Treasurer'], 'ongoing'],
    ])
  })

  it('leaves records whose "Action:" holds words, not codes, titled by the action', () => {
    const worded = minutes.map(([line]) => [line!.replace(/^- Action: \d.*$/, '- Action: Check the lights')])
    const read = readInlineLabelledRecords(worded)
    expect(read?.rows[read.headerRow - 1]?.[0]).toBe('Action')
    expect(read?.rows[read.headerRow]?.[0]).toBe('Check the lights')
  })
})
