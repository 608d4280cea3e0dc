import { describe, expect, it } from 'vitest'
import { peelRef } from './peelRef'
import { tableToPlan } from './tableToPlan'

describe('peelRef: an item noun and its number ("Milestone 2 –", "Recommendation 4:", "Strategy #1:")', () => {
  it('peels the number after an item noun, with a colon, dash or number sign', () => {
    expect(peelRef('Milestone 3 – teams publish their rotas online')).toEqual({
      ref: '3',
      rest: 'teams publish their rotas online',
    })
    expect(peelRef('Recommendation 12: Review the late-return charges (Amber)')).toEqual({
      ref: '12',
      rest: 'Review the late-return charges (Amber)',
    })
    expect(peelRef('Strategy #2: Volunteer Drivers Scheme: recruiting has begun')).toEqual({
      ref: '2',
      rest: 'Volunteer Drivers Scheme: recruiting has begun',
    })
    expect(peelRef('Initiative No. 4: Open a youth hub')).toEqual({ ref: '4', rest: 'Open a youth hub' })
  })

  it('leaves an item noun used as a verb before a count', () => {
    expect(peelRef('Target 3 schools in the north')).toBeNull()
    expect(peelRef('Measure 2 outcomes every term')).toBeNull()
  })

  it('peels an outline number after an item noun when a capital follows, with no colon', () => {
    expect(peelRef('Task 2.1 Mentoring for newly appointed technicians')).toEqual({
      ref: '2.1',
      rest: 'Mentoring for newly appointed technicians',
    })
    expect(peelRef('Target 1.5 million visits a year')).toBeNull()
  })

  it('reads "Activity 1.2" lines under numbered aims as the actions, with their numbers as refs', () => {
    const { plan } = tableToPlan([
      ['Aim 1 - Greener Depots To cut what our depots burn by:'],
      ['Activity 1.1 Replacing the diesel vans'],
      ['Swap 12 vans for electric ones each year'],
      ['Fit chargers at both yards'],
      ['Activity 1.2 Heating the workshops with heat pumps'],
      ['Survey the three workshops'],
      ['Aim 2 - Safer Roads To make the routes safer for riders'],
      ['Activity 2.1 Training every driver'],
      ['Run a course for 40 drivers a year'],
      ['Activity 2.2 Mapping the risky junctions'],
      ['Publish the map online'],
    ])
    expect(plan.actions.map((action) => [action.ref, action.title])).toEqual([
      ['1.1', 'Replacing the diesel vans'],
      ['1.2', 'Heating the workshops with heat pumps'],
      ['2.1', 'Training every driver'],
      ['2.2', 'Mapping the risky junctions'],
    ])
  })

  it('reads numbered milestones on a one-column page with their numbers as refs', () => {
    const { plan } = tableToPlan([
      ['Our milestones'],
      ['Milestone 1 – depots report their fleet mileage every month'],
      ['Milestone 2 - depots replace half of their diesel vans'],
      ['Milestone 3 – by June 2027 depots run only electric vans'],
    ])
    expect(plan.actions.map((action) => [action.ref, action.title])).toEqual([
      ['1', 'depots report their fleet mileage every month'],
      ['2', 'depots replace half of their diesel vans'],
      ['3', 'by June 2027 depots run only electric vans'],
    ])
  })
})

describe('peelRef: a list number set apart from its text by a tab stop', () => {
  it('peels a number followed by a wide run of spaces, as a word processor leaves a tabbed list', () => {
    expect(peelRef('2      Offer evening clinics twice a month.')).toEqual({
      ref: '2',
      rest: 'Offer evening clinics twice a month.',
    })
    expect(peelRef('3.\t\tWrite to every tenant about the new bins')).toEqual({
      ref: '3',
      rest: 'Write to every tenant about the new bins',
    })
  })

  it('reads the tabbed numbered points of a report as its actions, leaving the findings between them', () => {
    const { plan } = tableToPlan([
      ['Members survey 2024: what we will do'],
      ['We sent 300 forms and 120 came back. Most replies came from members who joined before 2015.'],
      ['1      Ask the newer members why they did not reply.'],
      ['2      Run the next survey online as well as on paper.'],
      ['Part 1: the newsletter'],
      ['Readers liked the events page; a third had not seen the recipes column.'],
      ['3      Move the recipes column to the front page.'],
    ])
    expect(plan.actions.map((action) => [action.ref, action.title])).toEqual([
      ['1', 'Ask the newer members why they did not reply.'],
      ['2', 'Run the next survey online as well as on paper.'],
      ['3', 'Move the recipes column to the front page.'],
    ])
  })
})

describe('peelRef: a deliverable code with the number of its instalment ("D2.4.1-2")', () => {
  it('keeps the instalment in the ref of a lettered outline code, and peels nothing else so', () => {
    expect(peelRef('D2.4.1-2 Yearly progress report - 2')).toEqual({
      ref: 'D2.4.1-2',
      rest: 'Yearly progress report - 2',
    })
    expect(peelRef('M3.2-1 First pilot site opened')).toEqual({
      ref: 'M3.2-1',
      rest: 'First pilot site opened',
    })
    expect(peelRef('3.2-4 weeks of testing on site')).toBeNull()
    expect(peelRef('D2-3 weeks of testing on site')).toBeNull()
  })

  it('gives each instalment of a repeated deliverable its own ref', () => {
    const { plan } = tableToPlan([
      ['Output', 'Lead'],
      ['D2.4.1-1 Yearly progress report - 1', 'NORDLAB'],
      ['D2.4.1-2 Yearly progress report - 2', 'NORDLAB'],
      ['D2.4.2 Final report', 'CIVITAS'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['D2.4.1-1', 'Yearly progress report - 1'],
      ['D2.4.1-2', 'Yearly progress report - 2'],
      ['D2.4.2', 'Final report'],
    ])
  })
})

describe('peelRef: a labelled item with its dash typed against the number ("Priority 2- …")', () => {
  it('peels the number after an item word when the dash touches it, and not a bare number so written', () => {
    expect(peelRef('Priority 2- Open the library on Saturdays.')).toEqual({
      ref: '2',
      rest: 'Open the library on Saturdays.',
    })
    expect(peelRef('Aim 4– Publish the minutes within a week')).toEqual({
      ref: '4',
      rest: 'Publish the minutes within a week',
    })
    expect(peelRef('27- Highways and Footpaths')).toBeNull()
    expect(peelRef('Goal 2030- Net zero across the estate')).toBeNull()
    expect(peelRef('Target 10-15 new volunteers')).toBeNull()
  })

  it('reads a one-column list of such items under two group lines, numbering restarting, as every item', () => {
    const { plan } = tableToPlan([
      ['Our Priorities for Next Year'],
      ['Council Priorities'],
      ['Priority 1- Repair the bandstand roof before summer.'],
      ['Priority 2 - Plant forty trees along the river path.'],
      ['Staff Priorities'],
      ['Priority 1- Train every clerk in the new booking system.'],
      ['Priority 2 - Publish the minutes within a week of each meeting.'],
      ['Priority 3 - Agree a rota for the weekend cover.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Repair the bandstand roof before summer.'],
      ['2', 'Plant forty trees along the river path.'],
      ['1', 'Train every clerk in the new booking system.'],
      ['2', 'Publish the minutes within a week of each meeting.'],
      ['3', 'Agree a rota for the weekend cover.'],
    ])
  })
})

describe('peelRef: an action numbered by the meeting that set it ("Action 31/4:")', () => {
  it.each([
    [
      'Action 31/4: Tom Reed to price the new ladders.',
      { ref: '31/4', rest: 'Tom Reed to price the new ladders.' },
    ],
    ['New action 33/1: Mei Lin to ask the school.', { ref: '33/1', rest: 'Mei Lin to ask the school.' }],
    ['action 7/12: Olu to book the hall', { ref: '7/12', rest: 'Olu to book the hall' }],
  ])('%s', (text, want) => {
    expect(peelRef(text)).toEqual(want)
  })

  it.each([
    ['Action 31/4 Tom Reed to price the ladders'],
    ['Meeting 31/4: ladders'],
    ['31/4/2031: ladders priced'],
  ])('reads no meeting-numbered action in "%s"', (text) => {
    expect(peelRef(text)?.ref).not.toBe('31/4')
  })
})
