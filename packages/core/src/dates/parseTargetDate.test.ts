import { describe, expect, it } from 'vitest'
import { TargetDate } from '../model/targetDate'
import {
  BEFORE_WORDS,
  CHANGED_WORDS,
  COMPLETED_WORDS,
  lookupMonth,
  ONGOING_WORDS,
  RANGE_WORDS,
  STARTED_WORDS,
  SUPERSEDED_WORDS,
  UNKNOWN_WORDS,
} from './lexicon'
import { RECURRING_STARTS } from './match/recurring'
import { parseTargetDate } from './parseTargetDate'
import { MAX_TARGET_TEXT } from './tokenize'

// One row per form in docs/concepts/target-date-conventions.md, read by hand from the rules there.
// Reference date 2019-03-01 unless a row says otherwise.
const ref = { referenceDate: '2019-03-01' }

type Row = [text: string, kind: string, start: string | null, due: string | null, precision: string | null]

const rows: Row[] = [
  // days, UK day-first
  ['04/06/2019', 'due', '2019-06-04', '2019-06-04', 'day'],
  ['4 June 2018', 'due', '2018-06-04', '2018-06-04', 'day'],
  ['16/04/18', 'due', '2018-04-16', '2018-04-16', 'day'],
  ['1st May 2019', 'due', '2019-05-01', '2019-05-01', 'day'],
  ['2019-06-30', 'due', '2019-06-30', '2019-06-30', 'day'],
  ['June 4th 2019', 'due', '2019-06-04', '2019-06-04', 'day'],
  ['4-Jun-19', 'due', '2019-06-04', '2019-06-04', 'day'],
  // "before" a day or month allows the day before it
  ['before 1 March 2018', 'due', null, '2018-02-28', 'day'],
  ['before March 2020', 'due', null, '2020-02-29', 'month'],
  ['no later than 31 July 2019', 'due', '2019-07-31', '2019-07-31', 'day'],
  // months
  ['06/2019', 'due', '2019-06-01', '2019-06-30', 'month'],
  ['2019-06', 'due', '2019-06-01', '2019-06-30', 'month'],
  ['Febuary 2020', 'due', '2020-02-01', '2020-02-29', 'month'],
  ["Sep '19", 'due', '2019-09-01', '2019-09-30', 'month'],
  ['Dec-19', 'due', '2019-12-01', '2019-12-31', 'month'],
  ['by end of September, 2019', 'due', '2019-09-01', '2019-09-30', 'month'],
  // years and ranges
  ['2019', 'due', '2019-01-01', '2019-12-31', 'year'],
  ['during 2019', 'due', '2019-01-01', '2019-12-31', 'year'],
  ['by end of 2019', 'due', '2019-01-01', '2019-12-31', 'year'],
  ['2018 - 2020', 'range', '2018-01-01', '2020-12-31', 'year'],
  ['2018-2020', 'range', '2018-01-01', '2020-12-31', 'year'],
  ['2018-20', 'range', '2018-01-01', '2020-12-31', 'year'],
  ['Jan–Mar 2020', 'range', '2020-01-01', '2020-03-31', 'month'],
  ['January to March 2020', 'range', '2020-01-01', '2020-03-31', 'month'],
  ['Nov 2019 - Feb 2020', 'range', '2019-11-01', '2020-02-29', 'month'],
  ['Nov-Feb 2020', 'range', '2019-11-01', '2020-02-29', 'month'],
  ['between June and August 2019', 'range', '2019-06-01', '2019-08-31', 'month'],
  ['From Jan 2020 to Mar 2020', 'range', '2020-01-01', '2020-03-31', 'month'],
  // quarters
  ['Q2 2019', 'due', '2019-04-01', '2019-06-30', 'quarter'],
  ['2019 Q2', 'due', '2019-04-01', '2019-06-30', 'quarter'],
  ['Quarter 3 2019', 'due', '2019-07-01', '2019-09-30', 'quarter'],
  ['second quarter of 2019', 'due', '2019-04-01', '2019-06-30', 'quarter'],
  ['Q1 2019/20', 'due', '2019-08-01', '2019-10-31', 'quarter'],
  ['Q4 FY 2019/20', 'due', '2020-01-01', '2020-03-31', 'quarter'],
  // academic years
  ['19/20', 'due', '2019-08-01', '2020-07-31', 'academic-year'],
  ['2019/20', 'due', '2019-08-01', '2020-07-31', 'academic-year'],
  ['2019-20', 'due', '2019-08-01', '2020-07-31', 'academic-year'],
  ['2019/2020', 'due', '2019-08-01', '2020-07-31', 'academic-year'],
  ['AY 2019/20', 'due', '2019-08-01', '2020-07-31', 'academic-year'],
  ['academic year 2019/20', 'due', '2019-08-01', '2020-07-31', 'academic-year'],
  ['2019/20 academic year', 'due', '2019-08-01', '2020-07-31', 'academic-year'],
  ['end of academic year', 'due', '2018-08-01', '2019-07-31', 'academic-year'],
  // seasons (meteorological)
  ['Spring 2020', 'due', '2020-03-01', '2020-05-31', 'season'],
  ['Summer 2020', 'due', '2020-06-01', '2020-08-31', 'season'],
  ['Autumn 2019', 'due', '2019-09-01', '2019-11-30', 'season'],
  ['Winter 2020', 'due', '2020-12-01', '2021-02-28', 'season'],
  ['Spring/Summer 2020', 'range', '2020-03-01', '2020-08-31', 'season'],
  // terms
  ['Autumn term 2019', 'due', '2019-09-01', '2019-12-31', 'term'],
  ['Spring term 2020', 'due', '2020-01-01', '2020-03-31', 'term'],
  ['Summer term 2020', 'due', '2020-04-01', '2020-07-31', 'term'],
  ['Semester 1 2019/20', 'due', '2019-09-01', '2020-01-31', 'term'],
  ['Semester 2 2019/20', 'due', '2020-02-01', '2020-06-30', 'term'],
  // A term with no year is the next one: Semester 1 2018/19 ended in January, so Semester 1 2019/20.
  ['Semester 1', 'due', '2019-09-01', '2020-01-31', 'term'],
  ['Semester 2', 'due', '2019-02-01', '2019-06-30', 'term'],
  // not a single deadline
  ['On-going', 'ongoing', null, null, null],
  ['Ongoing', 'ongoing', null, null, null],
  ['on going', 'ongoing', null, null, null],
  ['Continuous', 'ongoing', null, null, null],
  ['Continual', 'ongoing', null, null, null],
  ['Throughout', 'ongoing', null, null, null],
  ['Rolling', 'ongoing', null, null, null],
  ['Started June 2019. Work will be on-going', 'started', '2019-06-01', null, 'month'],
  ['Ongoing from June 2019', 'started', '2019-06-01', null, 'month'],
  ['Sept 2019 onwards', 'started', '2019-09-01', null, 'month'],
  ['From Sept 2019 onwards', 'started', '2019-09-01', null, 'month'],
  ['Annually', 'recurring', null, null, null],
  ['Annual', 'recurring', null, null, null],
  ['Each year', 'recurring', null, null, null],
  // recurring: due at the occurrence running on the reference date, or the next one after it
  ['Quarterly', 'recurring', '2019-01-01', '2019-03-31', 'quarter'],
  ['Monthly', 'recurring', '2019-03-01', '2019-03-31', 'month'],
  ['Termly', 'recurring', '2019-01-01', '2019-03-31', 'term'],
  ['Every 6 months', 'recurring', '2019-01-01', '2019-06-30', 'quarter'],
  ['Annually in June', 'recurring', '2019-06-01', '2019-06-30', 'month'],
  ['Complete', 'completed', null, null, null],
  ['Completed March 2018', 'completed', '2018-03-01', '2018-03-31', 'month'],
  ['Done (16/04/18)', 'completed', '2018-04-16', '2018-04-16', 'day'],
  ['TBC', 'unknown', null, null, null],
  ['TBD', 'unknown', null, null, null],
  ['asap', 'unknown', null, null, null],
  ['N/A', 'unknown', null, null, null],
  ['-', 'unknown', null, null, null],
  ['', 'unknown', null, null, null],
  ['See action 4', 'unknown', null, null, null],
  ['Next round April 2020', 'due', '2020-04-01', '2020-04-30', 'month'],
  // extensions (documented in target-dates.md): thirds of a month or year, halves, financial years
  ['early June 2020', 'due', '2020-06-01', '2020-06-10', 'month'],
  ['mid-June 2020', 'due', '2020-06-11', '2020-06-20', 'month'],
  ['late June 2020', 'due', '2020-06-21', '2020-06-30', 'month'],
  ['mid-2020', 'due', '2020-05-01', '2020-08-31', 'season'],
  ['start of 2020', 'due', '2020-01-01', '2020-04-30', 'season'],
  ['H2 2020', 'due', '2020-07-01', '2020-12-31', 'quarter'],
  ['FY 2019/20', 'due', '2019-04-01', '2020-03-31', 'year'],
  ['Michaelmas term 2019', 'due', '2019-09-01', '2019-12-31', 'term'],
]

describe('parseTargetDate: the conventions, form by form', () => {
  it.each(rows)('%s → %s %s…%s (%s)', (text, kind, start, due, precision) => {
    const r = parseTargetDate(text, ref)
    expect(r.text).toBe(text)
    expect(r.kind).toBe(kind)
    expect(r.due).toBe(due)
    expect(r.start).toBe(start)
    expect(r.precision).toBe(precision)
    if (kind === 'unknown') expect(r.confidence).toBe(0)
    expect(TargetDate.safeParse(r).success).toBe(true)
  })
})

describe('parseTargetDate: conventions details', () => {
  it('reads a two-digit year as the one nearest the reference date, with a warning', () => {
    expect(parseTargetDate('Aug. 98', { referenceDate: '2001-01-01' }).due).toBe('1998-08-31')
    expect(parseTargetDate('Aug. 98', { referenceDate: '2001-01-01' }).warnings).toContain(
      'two-digit year read as 1998',
    )
    expect(parseTargetDate('Aug. 18', { planStart: '2018-01-01' }).due).toBe('2018-08-31')
  })

  it('warns about every two-digit year, however it is written', () => {
    for (const text of ["June '20", 'Jun-20', 'June 20', 'June20']) {
      expect(parseTargetDate(text).warnings).toContain('two-digit year read as 2020')
    }
  })

  it('reads "Mon NN" as a day when the context says so, keeping the year reading as the alternative', () => {
    const r = parseTargetDate('June 20', { referenceDate: '2019-03-01', numberAfterMonth: 'day' })
    expect(r.due).toBe('2019-06-20')
    expect(r.precision).toBe('day')
    expect(r.alternatives.map((a) => a.due)).toEqual(['2020-06-30'])
  })

  it('reports impossible days instead of guessing', () => {
    const june = parseTargetDate('31 June 2019')
    expect(june).toMatchObject({ kind: 'unknown', due: null, confidence: 0 })
    expect(june.warnings).toContain('31 June 2019 does not exist')
    expect(parseTargetDate('29/02/2019').warnings).toContain('29 February 2019 does not exist')
    expect(parseTargetDate('29/02/2020').due).toBe('2020-02-29')
  })

  it('never reads a date month first, but offers it when day-first is impossible', () => {
    const r = parseTargetDate('06/13/2019')
    expect(r.kind).toBe('unknown')
    expect(r.alternatives.map((a) => a.due)).toEqual(['2019-06-13'])
  })

  it('quarter bases: calendar, academic (from academicYearStartMonth) and financial', () => {
    expect(parseTargetDate('Q1 2019').due).toBe('2019-03-31')
    expect(parseTargetDate('Q1 2019', { quarterBasis: 'academic' }).due).toBe('2019-10-31')
    expect(parseTargetDate('Q1 2019', { quarterBasis: 'academic', academicYearStartMonth: 9 }).due).toBe(
      '2019-11-30',
    )
    expect(parseTargetDate('Q1 2019', { quarterBasis: 'financial' }).due).toBe('2019-06-30')
    expect(parseTargetDate('Q4 2019', { quarterBasis: 'financial' }).due).toBe('2020-03-31')
  })

  it('academic years follow academicYearStartMonth', () => {
    const r = parseTargetDate('2019/20', { academicYearStartMonth: 9 })
    expect([r.start, r.due]).toEqual(['2019-09-01', '2020-08-31'])
  })

  it('year labels: "Year 1", "Y1", "Yr1", "Yr 1", and "(Y1-3)" as a range', () => {
    const yearLabels = { 'Year 1': 2019, 'Year 2': 2020 }
    for (const text of ['Year 1', 'Y1', 'Yr1', 'Yr 1'])
      expect(parseTargetDate(text, { yearLabels }).due).toBe('2019-12-31')
    const range = parseTargetDate('(Y1-3)', { yearLabels })
    expect(range).toMatchObject({ kind: 'range', start: '2019-01-01', due: '2021-12-31' })
    expect(range.warnings).toContain('Year 3 not in yearLabels: read as 2021')
  })

  it('a column labelled "Yr 2" finds the label "Year 2"', () => {
    expect(parseTargetDate('Q3', { yearLabels: { 'Year 2': 2020 }, column: 'Yr 2' }).due).toBe('2020-09-30')
  })

  it('"Q2 / Q4" is two parts; due is the later', () => {
    const r = parseTargetDate('Q2 / Q4', { yearLabels: { 'Year 1': 2019 }, column: 'Year 1' })
    expect(r.kind).toBe('multiple')
    expect(r.parts.map((p) => p.due)).toEqual(['2019-06-30', '2019-12-31'])
    expect(r.due).toBe('2019-12-31')
  })

  it('a month with no year takes the next one ending after the reference date', () => {
    expect(parseTargetDate('by June', { referenceDate: '2019-07-15' }).due).toBe('2020-06-30')
    expect(parseTargetDate('by June', { referenceDate: '2019-06-15' }).due).toBe('2019-06-30')
    expect(parseTargetDate('by June').kind).toBe('unknown')
  })

  it('keeps "may" the verb out of dates', () => {
    expect(parseTargetDate('we may review this').kind).toBe('unknown')
  })

  it('TBC beside a date keeps the date but lowers confidence', () => {
    const r = parseTargetDate('TBC (2020)')
    expect(r.due).toBe('2020-12-31')
    expect(r.confidence).toBeLessThanOrEqual(0.5)
  })

  it('"before end of" does not shift the date (only "before" a day or month does)', () => {
    expect(parseTargetDate('before end of 2019').due).toBe('2019-12-31')
    expect(parseTargetDate('before the end of March 2018').due).toBe('2018-03-31')
  })

  it('a date marked as replaced ("revised from", "was") is not a reading', () => {
    const revised = parseTargetDate('June 2020 (revised from Dec 2019)')
    expect(revised).toMatchObject({ kind: 'due', due: '2020-06-30' })
    expect(revised.warnings.join(' ')).toMatch(/superseded/)
    expect(parseTargetDate('Dec 2019 (was June 2019)').due).toBe('2019-12-31')
    expect(parseTargetDate('Work was started June 2019')).toMatchObject({
      kind: 'started',
      start: '2019-06-01',
    })
    expect(parseTargetDate('Postponed to June 2020').due).toBe('2020-06-30')
    expect(parseTargetDate('Dec 2019 (originally June 2019)').due).toBe('2019-12-31')
  })

  it('"Annually in June" is recurring even with no year to place June in', () => {
    expect(parseTargetDate('Annually in June')).toMatchObject({ kind: 'recurring', due: null })
  })

  it('a deadline followed by "then annually" is two readings', () => {
    const r = parseTargetDate('Initial: April 2020, then annually')
    expect(r.kind).toBe('multiple')
    expect(r.due).toBe('2020-04-30')
    expect(r.parts.map((p) => p.kind)).toEqual(['due', 'recurring'])
  })

  it('ongoing work with a dated milestone is two readings, each quoting its own words', () => {
    const r = parseTargetDate('Ongoing – review Dec 2019')
    expect(r.kind).toBe('multiple')
    expect(r.due).toBe('2019-12-31')
    expect(r.parts.map((p) => [p.kind, p.text])).toEqual([
      ['ongoing', 'Ongoing – review'],
      ['due', 'Dec 2019'],
    ])
  })

  it('a reversed range is not guessed at', () => {
    expect(parseTargetDate('2020 - 2018')).toMatchObject({ kind: 'unknown', due: null })
  })

  it('ignores a malformed context instead of failing', () => {
    const bad = {
      referenceDate: 'yesterday',
      yearLabels: { 'Year 1': Number.NaN },
      academicYearStartMonth: 42,
    }
    const r = parseTargetDate('Aug. 18', bad as never)
    expect(r.due).toBe('2018-08-31')
    expect(r.warnings).toContain('referenceDate is not an ISO date; ignored')
  })
})

describe('parseTargetDate: hostile input', () => {
  it.each([
    ['10k digits', '9'.repeat(10_000)],
    ['10k slashes', '/'.repeat(10_000)],
    ['repeated separators', '-/.,'.repeat(2_500)],
    ['repeated months', 'June '.repeat(2_000)],
    ['repeated quarters', 'Q2 '.repeat(3_000)],
    ['unclosed tags', '<p'.repeat(5_000)],
    ['entities', '&amp;'.repeat(2_000)],
    ['digit soup', '12/12/12/12/12/'.repeat(700)],
  ])('%s: reads at most the first %s characters and keeps the text', (_name, text) => {
    const r = parseTargetDate(text)
    expect(r.text).toBe(text)
    expect(r.warnings.some((w) => w.includes(String(MAX_TARGET_TEXT)))).toBe(true)
    expect(TargetDate.safeParse(r).success).toBe(true)
  })

  it('treats prototype-looking label keys as ordinary text', () => {
    const yearLabels = JSON.parse('{"__proto__": 2019, "Year 1": 2020}') as Record<string, number>
    expect(parseTargetDate('Q1', { yearLabels, column: '__proto__' }).due).toBe('2019-03-31')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('survives non-string input from untyped callers', () => {
    expect(parseTargetDate(undefined as unknown as string).kind).toBe('unknown')
  })
})

describe('lexicon words are never misspelt months', () => {
  // scan skips the misspelt-month check for the words it reads as something else; this holds only while no
  // such word is within the edits lookupMonth allows.
  it('no kind, range, before or recurring word reads as a month', () => {
    const words = [
      ...ONGOING_WORDS,
      ...STARTED_WORDS,
      ...COMPLETED_WORDS,
      ...UNKNOWN_WORDS,
      ...RANGE_WORDS,
      ...SUPERSEDED_WORDS,
      ...CHANGED_WORDS,
      ...BEFORE_WORDS,
      ...RECURRING_STARTS,
    ]
    expect(words.length).toBeGreaterThan(50)
    expect(words.filter((w) => lookupMonth(w) !== null)).toEqual([])
  })

  it('still reads a misspelt month before a year', () => {
    expect(parseTargetDate('Septmber 2019').due).toBe('2019-09-30')
    expect(parseTargetDate('Started 01/10/2018').kind).toBe('started')
  })
})

describe('context dates must be written in digits', () => {
  it('ignores a referenceDate with a space or sign in a field, with a warning', () => {
    for (const referenceDate of ['2018- 6-01', '2018-+6-01', '2018-06-1 ']) {
      expect(parseTargetDate('by June', { referenceDate }).warnings).toContain(
        'referenceDate is not an ISO date; ignored',
      )
    }
  })
})

describe('the column year', () => {
  const yearLabels = { 'Year 1': 2019, 'Year 2': 2020, '2021/22': 2021 }
  it.each([
    // The column is one of the labels: its own entry.
    ['Year 2', '2020-06-30'],
    // Another spelling of a plan year: the label with the same number.
    ['Yr 2', '2020-06-30'],
    // A label with no plan-year number, written with other spaces and case.
    [' 2021/22 ', '2021-06-30'],
  ])('"Q2" under %j is due %s', (column, due) => {
    expect(parseTargetDate('Q2', { yearLabels, column }).due).toBe(due)
  })

  it('a column named like an object property is just an unknown column', () => {
    for (const column of ['__proto__', 'constructor', 'toString']) {
      const r = parseTargetDate('Q2', { yearLabels, column })
      expect([r.kind, r.due]).toEqual(['unknown', null])
    }
  })

  it('a cell that names a plan year reads it from the labels', () => {
    expect(parseTargetDate('Y2 Q1', { yearLabels, column: 'Year 1' }).due).toBe('2020-03-31')
  })
})

describe('a year, a month and a day joined by a dash, as release schedules write them', () => {
  it.each([
    ['2031 Apr-1', '2031-04-01'],
    ['2031 Oct-17', '2031-10-17'],
    ['Final: 2032 Jan-9', '2032-01-09'],
  ])('reads %s as that day', (text, due) => {
    expect(parseTargetDate(text).due).toBe(due)
  })

  it('still reads a month range after the year as before', () => {
    expect(parseTargetDate('2031 April-June').due).toBe('2031-06-30')
  })
})
