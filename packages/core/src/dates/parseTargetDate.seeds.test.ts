import { describe, expect, it } from 'vitest'
import { parseTargetDate } from './parseTargetDate'

// Every target date in the five seed plans, with the reading each plan's own legend and a careful reader give.
// Expectations were worked out by hand: a month is due on its last day (target dates are for completion),
// "Mon NN" is a month and a two-digit year, and quarters follow the Glasgow legend
// "Year 1 = 2019, Year 2 = 2020; Q1 = January-March, Q2 = April-June etc.".

describe('seed 000 (Oxford): Timescale column, month + two-digit year', () => {
  // Written mid-2018: its completed actions are dated Oct. 17 and April 18, its status cells 16/04/18.
  const context = { referenceDate: '2018-06-01' }
  const cases: ReadonlyArray<[string, string, string]> = [
    ['Aug. 18', '2018-08-01', '2018-08-31'],
    ['Dec. 18', '2018-12-01', '2018-12-31'],
    ['Sept. 18', '2018-09-01', '2018-09-30'],
    ['Sept. 20', '2020-09-01', '2020-09-30'],
    ['Sept. 19', '2019-09-01', '2019-09-30'],
    ['June 19', '2019-06-01', '2019-06-30'],
    ['June19', '2019-06-01', '2019-06-30'],
    ['June 20', '2020-06-01', '2020-06-30'],
    ['Oct 18', '2018-10-01', '2018-10-31'],
    ['Oct. 20', '2020-10-01', '2020-10-31'],
    ['Oct. 17', '2017-10-01', '2017-10-31'],
    ['April 18', '2018-04-01', '2018-04-30'],
    ['Mar 18', '2018-03-01', '2018-03-31'],
  ]
  it.each(cases)('%s → %s … %s', (text, start, due) => {
    const r = parseTargetDate(text, context)
    expect(r).toMatchObject({ text, kind: 'due', start, end: due, due, precision: 'month' })
    expect(r.warnings).toContain(`two-digit year read as ${due.slice(0, 4)}`)
  })

  it.each(cases)('%s reads the same with no reference date (20YY)', (text, _start, due) => {
    expect(parseTargetDate(text).due).toBe(due)
  })

  it('keeps the day reading of "June 20" as an alternative', () => {
    const r = parseTargetDate('June 20', context)
    expect(r.alternatives.map((a) => a.due)).toEqual(['2018-06-20'])
  })

  it('reads the completion dates in the Current Status column', () => {
    expect(parseTargetDate('Complete (16/04/18)', context)).toMatchObject({
      kind: 'completed',
      due: '2018-04-16',
      precision: 'day',
    })
    expect(parseTargetDate('Complete', context)).toMatchObject({ kind: 'completed', due: null })
  })
})

describe('seed 001 (Cardiff): Timeframe column, "By (end of) Month YYYY"', () => {
  const cases: ReadonlyArray<[string, string]> = [
    ['By end of March 2018', '2018-03-31'],
    ['By May 2020', '2020-05-31'],
    ['By end of April 2018', '2018-04-30'],
    ['By end of May 2018', '2018-05-31'],
    ['By end of June 2018', '2018-06-30'],
    ['By end October 2018', '2018-10-31'],
    ['By end May 2019', '2019-05-31'],
    ['By end of June 2020', '2020-06-30'],
    ['By September 2019', '2019-09-30'],
    ['By end of February 2019', '2019-02-28'],
    ['By end of July 2018', '2018-07-31'],
    ['By end of October 2018', '2018-10-31'],
    ['By end of June 2019', '2019-06-30'],
    ['By end of December 2018', '2018-12-31'],
    // Deadlines inside the Specific actions cells, read from the whole cell.
    ['Draft the Action Plan and submit to PSB by end of April 2018', '2018-04-30'],
    [
      'Take minimum of five technicians through a funded pilot to achieve professional registration by end of July 2018',
      '2018-07-31',
    ],
  ]
  it.each(cases)('%s → due %s', (text, due) => {
    const r = parseTargetDate(text)
    expect(r).toMatchObject({ text, kind: 'due', due, precision: 'month', start: `${due.slice(0, 8)}01` })
    expect(r.warnings).toEqual([])
  })
})

describe('seed 002 (Bradford): Target Date column', () => {
  // Written in summer 2019: it reports June 2019 events as past and plans for 19/20.
  const context = { referenceDate: '2019-07-01' }
  const dated: ReadonlyArray<[string, string]> = [
    ['December 2019', '2019-12-31'],
    ['August 2020', '2020-08-31'],
    ['January 2020', '2020-01-31'],
    ['Jan 2020', '2020-01-31'],
    ['February 2020', '2020-02-29'],
    ['April 2020', '2020-04-30'],
    // The next round is the deadline.
    ['Next round April 2020', '2020-04-30'],
  ]
  it.each(dated)('%s → due %s', (text, due) => {
    expect(parseTargetDate(text, context)).toMatchObject({ text, kind: 'due', due, precision: 'month' })
  })

  it('"On-going" is ongoing and undated', () => {
    expect(parseTargetDate('On-going', context)).toMatchObject({ kind: 'ongoing', due: null, start: null })
  })

  it('"Started June 2019. Work will be on-going" started in June 2019 and has no deadline', () => {
    expect(parseTargetDate('Started June 2019. Work will be on-going', context)).toMatchObject({
      kind: 'started',
      start: '2019-06-01',
      due: null,
    })
  })

  it('the <p> cell holds three readings; due is the latest dated one', () => {
    const text = '<p>August 2020</p> <p>August 2020</p> <p>On-going</p>'
    const r = parseTargetDate(text, context)
    expect(r).toMatchObject({ text, kind: 'multiple', due: '2020-08-31' })
    expect(r.parts.map((p) => [p.text, p.kind, p.due])).toEqual([
      ['August 2020', 'due', '2020-08-31'],
      ['August 2020', 'due', '2020-08-31'],
      ['On-going', 'ongoing', null],
    ])
  })

  it('decodes entities inside cells', () => {
    expect(parseTargetDate('<p>Jan &amp; Feb 2020</p>', context).due).toBe('2020-02-29')
  })
})

describe('seed 003 (Glasgow): quarters under Year 1 / Year 2 columns', () => {
  const yearLabels = { 'Year 1': 2019, 'Year 2': 2020 }
  // From the legend: Year 1 = 2019, Year 2 = 2020, Q1 = January-March, Q2 = April-June, …
  const due: Record<string, Record<string, string>> = {
    'Year 1': { Q1: '2019-03-31', Q2: '2019-06-30', Q3: '2019-09-30', Q4: '2019-12-31' },
    'Year 2': { Q1: '2020-03-31', Q2: '2020-06-30', Q3: '2020-09-30', Q4: '2020-12-31' },
  }
  // Every quarter cell of the plan, page by page, left block then right block: [action (abridged), column, cell].
  const cells: ReadonlyArray<[string, string, string]> = [
    ['Visibility: School/College technician meetings', 'Year 1', 'Q4'],
    ['Visibility: School/College Champions', 'Year 1', 'Q1'],
    ["Visibility: University Technicians' Conference", 'Year 2', 'Q1'],
    ['Visibility: celebratory and competitive event', 'Year 2', 'Q3'],
    ['Visibility: target messages', 'Year 1', 'Q4'],
    ['Visibility: Profiles of Technicians', 'Year 1', 'Q2'],
    ['Visibility: professional networking', 'Year 1', 'Q1'],
    ['Visibility: Science Council Employer Champion', 'Year 2', 'Q2'],
    ['Visibility: case studies of regrading', 'Year 2', 'Q2'],
    ['Visibility: Scottish event', 'Year 2', 'Q4'],
    ['Visibility: naming of technicians on papers', 'Year 2', 'Q4'],
    ['Visibility: Technician Commitment budget', 'Year 1', 'Q2'],
    ['Recognition: Professional Registration resources', 'Year 1', 'Q2'],
    ['Recognition: celebrate Professional Registration', 'Year 2', 'Q4'],
    ['Recognition: job specifications and P&DRs', 'Year 1', 'Q3'],
    ['Recognition: LEADS provision', 'Year 1', 'Q2'],
    ['Recognition: external award schemes', 'Year 2', 'Q4'],
    ['Recognition: short videos', 'Year 1', 'Q1'],
    ['Recognition: Staff Survey 2018 feedback', 'Year 1', 'Q1'],
    ['Recognition: decision-making forums', 'Year 1', 'Q2'],
    ['Recognition: REF 2021 Environment Statement', 'Year 2', 'Q4'],
    ['Recognition: SVQ assessors', 'Year 1', 'Q4'],
    ['Career Development: P&DR experience', 'Year 1', 'Q3'],
    ['Career Development: skills/career opportunities', 'Year 2', 'Q1'],
    ['Career Development: apprenticeship programmes', 'Year 1', 'Q4'],
    ['Career Development: leadership and management', 'Year 1', 'Q4'],
    ['Career Development: Mentoring Scheme', 'Year 2', 'Q2'],
    ['Career Development: signpost L&D provision', 'Year 1', 'Q2'],
    ['Career Development: brand L&D materials', 'Year 1', 'Q3'],
    ['Career Development: fund conference attendance', 'Year 2', 'Q4'],
    ['Career Development: independent research', 'Year 2', 'Q4'],
    ['Career Development: secondment policy', 'Year 2', 'Q2'],
    ['Career Development: teaching technicians regrading', 'Year 2', 'Q1'],
    ['Career Development: outreach', 'Year 2', 'Q3'],
    ['Career Development: best practice elsewhere', 'Year 1', 'Q4'],
    ['Career Development: promote roles as a career', 'Year 2', 'Q2'],
    ['Sustainability: skills audit', 'Year 2', 'Q4'],
    ['Sustainability: scale up apprenticeships', 'Year 2', 'Q4'],
    ['Sustainability: blended approach', 'Year 1', 'Q4'],
    ['Sustainability: Campus Transformation', 'Year 2', 'Q4'],
    ['Sustainability: grant-funded technicians', 'Year 1', 'Q4'],
    ['Sustainability: succession planning', 'Year 2', 'Q4'],
    ['Evaluating Impact: training engagement', 'Year 2', 'Q4'],
    ['Evaluating Impact: webpage content', 'Year 1', 'Q4'],
    ['Evaluating Impact: timely events', 'Year 2', 'Q4'],
    ['Evaluating Impact: review awareness annually', 'Year 1', 'Q4'],
    ['Evaluating Impact: staff survey satisfaction', 'Year 1', 'Q1'],
    ['Evaluating Impact: succession planning', 'Year 2', 'Q4'],
    ['Evaluating Impact: apprentice satisfaction', 'Year 1', 'Q4'],
    ['Evaluating Impact: ex-apprentice progression', 'Year 2', 'Q4'],
    ['Evaluating Impact: talent pool', 'Year 2', 'Q4'],
    ['Evaluating Impact: benchmarking', 'Year 2', 'Q4'],
    ['Evaluating Impact: steering group', 'Year 1', 'Q1'],
  ]
  it.each(cells)('%s (%s %s)', (_action, column, cell) => {
    const expected = due[column]?.[cell] as string
    const start = `${expected.slice(0, 5)}${String(Number(expected.slice(5, 7)) - 2).padStart(2, '0')}-01`
    expect(parseTargetDate(cell, { yearLabels, column })).toMatchObject({
      kind: 'due',
      start,
      due: expected,
      precision: 'quarter',
    })
  })

  it('"Q2 Q2" (two actions sharing a line) is two parts in Year 1', () => {
    for (const text of ['Q2 Q2', 'Q2\nQ2']) {
      const r = parseTargetDate(text, { yearLabels, column: 'Year 1' })
      expect(r.kind).toBe('multiple')
      expect(r.due).toBe('2019-06-30')
      expect(r.parts.map((p) => [p.text, p.due])).toEqual([
        ['Q2', '2019-06-30'],
        ['Q2', '2019-06-30'],
      ])
    }
  })

  it('"Q.E" (Year 2, Signpost L&D) is unreadable: unknown with a warning', () => {
    const r = parseTargetDate('Q.E', { yearLabels, column: 'Year 2' })
    expect(r).toMatchObject({ kind: 'unknown', due: null, confidence: 0 })
    expect(r.warnings.join(' ')).toMatch(/Q\.E/)
  })

  it('"Q.E" beside a real quarter is an unknown part', () => {
    const r = parseTargetDate('Q2\nQ.E', { yearLabels, column: 'Year 1' })
    expect(r.kind).toBe('multiple')
    expect(r.due).toBe('2019-06-30')
    expect(r.parts[1]).toMatchObject({ kind: 'unknown', text: 'Q.E' })
  })

  it('a bare quarter with no labels and no reference date cannot be dated', () => {
    const r = parseTargetDate('Q2')
    expect(r).toMatchObject({ kind: 'unknown', due: null })
    expect(r.warnings[0]).toMatch(/no year/)
  })

  it('calendar quarters with the year written', () => {
    expect(parseTargetDate('Q1 2019').due).toBe('2019-03-31')
    expect(parseTargetDate('2020 Q3').due).toBe('2020-09-30')
    expect(parseTargetDate('Q4 Year 2', { yearLabels }).due).toBe('2020-12-31')
    expect(parseTargetDate('Y1 Q2', { yearLabels }).due).toBe('2019-06-30')
  })
})

describe('seed 004: no dates at all', () => {
  it.each([
    '<u>Design and develop a dedicated set of webpages to support the Technician community</u>',
    '<u>Maintain TCSG to review and drive forward the action plan</u>',
    '<u>Support Technicians, where appropriate, in HEA Associate Fellowship & Fellowship applications</u>',
  ])('an action statement without a date is unknown: %s', (text) => {
    expect(parseTargetDate(text)).toMatchObject({ text, kind: 'unknown', due: null, confidence: 0 })
  })
})
