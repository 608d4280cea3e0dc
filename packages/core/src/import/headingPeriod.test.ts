import { describe, expect, it } from 'vitest'
import { parseTargetDate } from '../dates/parseTargetDate'
import { actionCellPeriod, headingPeriod, isDatedPeriod, periodAtStart } from './headingPeriod'
import { tableToPlan } from './tableToPlan'

describe('a heading that is only a period dates the tasks below it', () => {
  it('reads periods and nothing else', () => {
    expect(headingPeriod('Autumn/Winter 2024', {})?.due).toBe('2025-02-28')
    expect(headingPeriod('January – March 2026', {})?.due).toBe('2026-03-31')
    expect(headingPeriod('2025-26', {})?.due).toBe('2026-07-31')
    expect(headingPeriod('Stage 2: Consultation 2025', {})).toBeNull()
    expect(headingPeriod('Spring', {})).toBeNull()
  })

  it('reads a phase heading naming the middle, start or end of a period', () => {
    expect(headingPeriod('Middle of March 2031', {})?.due).toBe('2031-03-20')
    expect(headingPeriod('End of June 2031', {})?.due).toBe('2031-06-30')
    expect(headingPeriod('Start of 2032', {})).not.toBeNull()
    expect(headingPeriod('Middle school 2031', {})).toBeNull()
  })

  it('reads a day written with its weekday, its ordinal ending too', () => {
    expect(headingPeriod('Friday 7 March 2031', {})?.due).toBe('2031-03-07')
    expect(headingPeriod('Wednesday April 2nd 2031', {})?.due).toBe('2031-04-02')
    expect(headingPeriod('Monday', {})).toBeNull()
    expect(headingPeriod('Friday club 2031', {})).toBeNull()
  })

  it('reads a period whose last word names what it lists', () => {
    expect(headingPeriod('2030-2031 Academic Year Priorities', {})?.due).toBe('2031-07-31')
    expect(headingPeriod('Autumn term 2029 actions', {})?.due).toBe('2029-12-31')
    expect(headingPeriod('Vision 2030 goals', {})).toBeNull()
    expect(headingPeriod('2030 Goals', {})).toBeNull()
  })

  it('reads a period whose first word names what it lists, as a page of objectives and key results heads it', () => {
    expect(headingPeriod('OKRs Q1 2031', {})?.due).toBe('2031-03-31')
    expect(headingPeriod('Q2 2031 OKRs', {})?.due).toBe('2031-06-30')
    expect(headingPeriod('Objectives Autumn term 2029', {})?.due).toBe('2029-12-31')
    expect(headingPeriod('Goals 2030', {})).toBeNull()
    expect(headingPeriod('Team OKRs Q1 2031', {})).toBeNull()
  })

  it('reads two months joined, and a period without a year once the page says which year it is in', () => {
    expect(headingPeriod('June & July 2027', {})?.due).toBe('2027-07-31')
    expect(headingPeriod('June & July', {})).toBeNull()
    expect(headingPeriod('June & July', { referenceDate: '2027-01-01' })?.due).toBe('2027-07-31')
    expect(headingPeriod('Autumn', { referenceDate: '2027-01-01' })?.due).toBe('2027-11-30')
    expect(headingPeriod('Search and filters', { referenceDate: '2027-01-01' })).toBeNull()
  })

  const schedule = [
    ['Workshop refit: schedule'],
    ['Stage 1: Survey'],
    ['Spring 2025'],
    ['• Survey every workshop for trip hazards'],
    ['• Check the 2019 fire audit is still current'],
    ['• Order new benches by 10 April 2025'],
    ['Stage 2: Refit'],
    ['• Agree the budget with the faculty'],
    ['Summer/Autumn 2025'],
    ['• Fit the benches and extraction'],
  ].map((line) => [line[0]!])

  it('until the next heading; a date of the task itself wins only inside the period', () => {
    const { plan, issues } = tableToPlan(schedule)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Survey every workshop for trip hazards', '2025-05-31'],
      ['Check the 2019 fire audit is still current', '2025-05-31'],
      ['Order new benches by 10 April 2025', '2025-04-10'],
      ['Agree the budget with the faculty', null],
      ['Fit the benches and extraction', '2025-11-30'],
    ])
    expect(issues.filter((issue) => issue.code === 'target-from-heading')).toHaveLength(3)
  })
})

describe('a French quarter or half-year heading', () => {
  it('is a period, by the months it names', () => {
    expect(headingPeriod('2e trimestre : avril 2031 à juin 2031', {})?.due).toBe('2031-06-30')
    expect(headingPeriod('1er semestre 2031', {})?.due).not.toBeUndefined()
    expect(headingPeriod('Trimestre des ateliers 2031', {})).toBeNull()
  })
})

describe('period headings under an owner label keep its owner', () => {
  it("gives the label's owner to the steps under each period and under the caption over them", () => {
    const { plan } = tableToPlan(
      [
        ['Widen access to the makerspace'],
        ['Lead: Workshop Managers'],
        ['Schedule'],
        ['Autumn 2030'],
        ['Write a safety induction that every new user takes first.'],
        ['Spring 2031'],
        ['Open the space two evenings a week for all students.'],
        ['Funding'],
        ['Ask the faculty for a second technician post.'],
      ].map((line) => [line[0]!]),
    )
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Write a safety induction that every new user takes first.', ['Workshop Managers'], '2030-11-30'],
      ['Open the space two evenings a week for all students.', ['Workshop Managers'], '2031-05-31'],
      ['Ask the faculty for a second technician post.', [], null],
    ])
  })
})

describe('periodAtStart: a period opening an action cell', () => {
  it.each([
    [
      'March 2031: Open the new imaging suite to all faculties',
      'Open the new imaging suite to all faculties',
      '2031-03-31',
    ],
    [
      'Q2 2032: Publish the first technician careers report',
      'Publish the first technician careers report',
      '2032-06-30',
    ],
    [
      'Phase 2: Publish the technician careers report',
      'Phase 2: Publish the technician careers report',
      null,
    ],
    [
      'Open the imaging suite: March 2031 at the latest',
      'Open the imaging suite: March 2031 at the latest',
      '2031-03-31',
    ],
  ])('a table with no target column reads %s as its title and due', (cell, title, due) => {
    const { plan } = tableToPlan([
      ['Actions planned for the period', 'Comments'],
      [cell, 'Agreed with the faculty boards.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([[title, due]])
  })

  it('keeps the period in the title when a target column dates the action', () => {
    const { plan } = tableToPlan([
      ['Action', 'Target date'],
      ['March 2031: Open the new imaging suite to all faculties', 'June 2031'],
    ])
    expect(plan.actions[0]?.title).toBe('March 2031: Open the new imaging suite to all faculties')
  })

  it.each([
    ['June 2031: Launch', null],
    ['3 years: run the mentoring scheme for staff', null],
    ['Year 1: Map the training needs of staff', null],
    // A year before names the date reads nothing more from is an event of that year, not a period.
    ['2031 AGM: Book the hall with the scouts', null],
    ['2031 Gala Dinner: Order the marquee and tables', null],
  ])('is not a period-led action: %s', (text, peeled) => {
    expect(periodAtStart(text, actionCellPeriod)).toBe(peeled)
  })

  it('reads a year before a date word ("2032 Spring") as a period all the same', () => {
    expect(periodAtStart('2032 Spring: Plant the new hedge by the gate', actionCellPeriod)?.rest).toBe(
      'Plant the new hedge by the gate',
    )
  })

  it.each([
    ['Actions completed in the period', 'Report completed and sent to the board.', 'complete'],
    ['Work completed', 'Not yet started; moved to next year.', 'not-started'],
  ])('reads a column headed "%s" as the status', (header, cell, state) => {
    const { plan } = tableToPlan([
      ['Action', header],
      ['Send the annual technician report to the board', cell],
    ])
    expect(plan.actions[0]?.status.state).toBe(state)
  })
})

describe('periodAtStart: a period heading a group of outline notes', () => {
  const groupPeriod = {
    cut: 'colon-or-whole',
    maxWords: 3,
    minRestWords: 0,
    yearRequired: false,
    kinds: ['due', 'range', 'multiple'],
  } as const

  it.each([
    ['end-Mar: draft the terms', 'end-Mar'],
    ['mid-Apr (after the review)', 'mid-Apr'],
    ['Finish the survey report: soon', null],
    ['Send the survey to the panel', null],
  ])('reads the period of %s', (text, period) => {
    expect(periodAtStart(text, groupPeriod)?.period ?? null).toBe(period)
  })
})

describe('isDatedPeriod: whether a date reading dates a period', () => {
  it.each([
    ['Q4 2030', undefined, true],
    ['Sept & Oct 2030', undefined, true],
    ['Sept & Oct 2030', ['due', 'range'], false],
    ['completed in 2030', undefined, false],
    ['completed in 2030', ['due', 'range', 'completed'], true],
    ['ongoing', undefined, false],
  ] as const)('%s (kinds %s): %s', (text, kinds, dated) => {
    expect(isDatedPeriod(parseTargetDate(text, { referenceDate: '2000-01-01' }), kinds)).toBe(dated)
  })
})
