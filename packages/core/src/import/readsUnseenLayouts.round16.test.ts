import { describe, expect, it } from 'vitest'
import { ownersNamedAsSubject } from './ownersNamedAsSubject'
import { peelRef } from './peelRef'
import { readColourLegend } from './readColourLegend'
import { readRefLedLines } from './readRefLedLines'
import { tableToPlan } from './tableToPlan'
import { wholePlanOwner } from './wholePlanOwner'

// Layouts met in the round-16 development set of examples/data/unseen, each in a small table of our own.

describe('a one-column page whose actions are the lines opening with a ref', () => {
  const page = [
    ['Library staffing review: what happens next'],
    ['We asked every team what slows them down. This page lists what we will change.'],
    ['Reviewers said: you might publish the rota further ahead.'],
    ['What we will do:'],
    ['• R1  Publish the evening rota a term ahead, so staff can plan around it.'],
    ['Rooms and equipment'],
    ['• R2  Replace the two broken book scanners in the main hall.'],
    ['• R3 Head of Estates to survey the heating in the basement stores.'],
  ]

  it('takes the ref-led lines as the actions, the preamble as title rows and a short line between as a heading', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['R1', 'Publish the evening rota a term ahead, so staff can plan around it.'],
      ['R2', 'Replace the two broken book scanners in the main hall.'],
      ['R3', 'Head of Estates to survey the heating in the basement stores.'],
    ])
    expect(plan.title).toBe('Library staffing review: what happens next')
  })

  it('reads a status line under an item as its progress, and an owner named for the whole list as every owner', () => {
    const { plan } = tableToPlan([
      ['Priority: a greener campus'],
      ['The officer championing this priority is the Sustainability Officer.'],
      ['1. Cut the energy used by the sports hall lighting by a third.'],
      ['Complete. New lamps were fitted in the summer.'],
      ['2. Start a bike repair session every month on the main square.'],
      ['In progress: two sessions held so far.'],
      ['3. Offer refill points for water bottles in every building.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.owners, a.status.state])).toEqual([
      ['1', ['Sustainability Officer'], 'complete'],
      ['2', ['Sustainability Officer'], 'in-progress'],
      ['3', ['Sustainability Officer'], 'unknown'],
    ])
  })

  it('leaves a label line after the list (the leads, the metrics) out of the last action', () => {
    const read = readRefLedLines([
      ['Goal 4: healthy buildings'],
      ['1. Test the air quality in every lecture theatre.'],
      ['2. Fit opening windows in the older labs.'],
      ['3. Publish the readings each term.'],
      ['Lead offices: Estates, Health and Safety'],
      ['Measures: readings published, windows fitted'],
    ])
    expect(read?.rows.slice(1)).toEqual([
      ['Ref', 'Action', 'Progress', 'Lead'],
      ['1', 'Test the air quality in every lecture theatre.', '', 'Estates, Health and Safety'],
      ['2', 'Fit opening windows in the older labs.', '', 'Estates, Health and Safety'],
      ['3', 'Publish the readings each term.', '', 'Estates, Health and Safety'],
    ])
    expect(read?.skippedRows).toEqual([5, 6])
  })

  it('is not the layout when the numbered lines sit over unnumbered actions, nest, or only sum up the page', () => {
    // Objectives over the actions that serve them.
    expect(
      readRefLedLines([
        ['1. Every pupil meets a varied curriculum.'],
        ['Review the reading lists in every year group.'],
        ['2. Parents are heard on what we teach.'],
        ['Hold an open evening on the curriculum each spring.'],
        ['3. Staff share what works.'],
        ['Run a termly teaching exchange.'],
      ]),
    ).toBeNull()
    // Objectives, each over its own numbered actions.
    expect(
      readRefLedLines([
        ['1.1 Set up an equality office'],
        ['1. Hire two officers'],
        ['1.2 Form a council'],
        ['1. Name its members'],
        ['1.3 Support staff networks'],
      ]),
    ).toBeNull()
    // A list of commitments above the prose that says what will be done.
    expect(
      readRefLedLines([
        ['1. We have a zero tolerance of bullying.'],
        ['2. We recruit fairly.'],
        ['3. We help everyone progress.'],
        ['Each commitment has goals we report on every year.'],
        ['We will publish a clear statement on bullying.'],
      ]),
    ).toBeNull()
  })
})

describe('an owner named once for a whole list', () => {
  it('reads a label line or a sentence naming who champions or leads the section', () => {
    expect(wholePlanOwner('Lead entities: Finance, Estates')).toBe('Finance, Estates')
    expect(wholePlanOwner('The manager leading this goal is the Head of People.')).toBe('Head of People')
    expect(wholePlanOwner('We will lead this work together.')).toBeNull()
  })
})

describe('actions numbered by a roman sub-item under their principle ("1. ii) …")', () => {
  it('peels the number and the numeral as one ref', () => {
    expect(peelRef('3. iv) Fund a mentoring scheme for new staff')).toEqual({
      ref: '3.iv',
      rest: 'Fund a mentoring scheme for new staff',
    })
    expect(peelRef('2.ii) Publish the code')).toEqual({ ref: '2.ii', rest: 'Publish the code' })
    // A roman numeral alone, or a number alone, reads as before.
    expect(peelRef('3. Fund a scheme')).toEqual({ ref: '3', rest: 'Fund a scheme' })
  })

  it('reads each row of such a table as its action, with the ref whole', () => {
    const { plan } = tableToPlan([
      ['Aims and actions', 'Indicators of success', 'Responsibility'],
      ['Principle 1', '', ''],
      [
        '1. i) Run a welcome session for new researchers (March 2026)',
        'Nine in ten attend',
        'Researcher Office',
      ],
      ['1. ii) Cut the share of short contracts (July 2026)', 'A tenth fewer', 'HR'],
      ['Principle 2', '', ''],
      ['2. i) Review the code of practice (May 2026)', 'Code published', 'HR'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 20)])).toEqual([
      ['1.i', 'Run a welcome sessio'],
      ['1.ii', 'Cut the share of sho'],
      ['2.i', 'Review the code of p'],
    ])
  })
})

describe('owners named by a role or a sponsor', () => {
  it('reads a role or governing body before "to" and its verb as the owner, when there is no owners column', () => {
    const { plan } = tableToPlan([
      ['Governance review: what the board agreed'],
      ['G1 Council to publish its register of interests every year.'],
      ['G2 Finance director to report the reserves each quarter.'],
      ['G3 Hold a skills audit of all members before the spring.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.owners])).toEqual([
      ['G1', []],
      ['G2', ['Finance director']],
      ['G3', []],
    ])
    expect(ownersNamedAsSubject('Trustees to agree a scheme of delegation')).toEqual(['Trustees'])
    expect(ownersNamedAsSubject('Governors to be told of every change')).toEqual([])
    expect(ownersNamedAsSubject('Ask the board to agree a scheme')).toEqual([])
    expect(ownersNamedAsSubject('Staff to attend the training')).toEqual([])
  })

  it('reads a "Sponsor" column as the owners', () => {
    const { plan } = tableToPlan([
      ['Action', 'Timeline', 'Sponsor', 'Status'],
      ['Open a digital scholarship lab', '1/2026 – 6/2026', 'Ada Park', 'In progress'],
    ])
    expect(plan.actions[0]?.owners).toEqual(['Ada Park'])
  })
})

describe("a page's own key to its RAG colours", () => {
  const page = [
    ['Priority 2: a welcoming campus'],
    ['1. Open a quiet room in every library for students who need one.'],
    ['Amber. One room open, two more planned.'],
    ['2. Train every porter in first aid by the end of the year.'],
    ['Green. All porters trained.'],
    ['3. Run a welcome week for part-time students each autumn.'],
    ['Red. Not yet planned.'],
    ['Green = Done'],
    ['Amber = Some progress but not finished'],
    ['Red = No progress yet'],
  ]

  it('reads each colour by what the key says, keeping the colour and the note', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.status.state, a.status.reportedRag])).toEqual([
      ['1', 'in-progress', 'amber'],
      ['2', 'complete', 'green'],
      ['3', 'not-started', 'red'],
    ])
    expect(plan.actions[0]?.notes).toBe('Amber. One room open, two more planned.')
  })

  it('takes the first clause of each meaning', () => {
    expect(
      readColourLegend([
        'Green: Target achieved',
        'Amber = progress made, target not achieved',
        'Blue = see note',
      ]),
    ).toEqual(
      new Map([
        ['green', 'complete'],
        ['amber', 'in-progress'],
      ]),
    )
  })
})

describe('a header that says its action cells carry the target date in brackets', () => {
  const rows = (actionHeader: string) => [
    [actionHeader, 'Indicators of success'],
    ['Publish the mentoring guide (March 2026)', 'Guide downloaded 200 times by December 2026'],
  ]

  it('reads the bracketed date of the action before a date in the indicators', () => {
    expect(tableToPlan(rows('Actions (Target date)')).plan.actions[0]?.target?.due).toBe('2026-03-31')
    // Without the header saying so, the indicators are read first, as before.
    expect(tableToPlan(rows('Actions')).plan.actions[0]?.target?.due).toBe('2026-12-31')
  })
})
