import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TargetDate, type TargetDateReading } from '../model/targetDate'
import { formatTargetDate } from './formatTargetDate'
import { parseTargetDate } from './parseTargetDate'

// Pieces real target cells are made of, so generated strings reach deep into the grammar rather than
// stopping at the first unknown word.
const piece = fc.constantFrom(
  'June',
  'Aug.',
  'Sept',
  'May',
  'march',
  'Febuary',
  'Q',
  'Q2',
  'Q.E',
  'Year',
  'Y1',
  'Yr',
  'AY',
  'FY',
  'Semester',
  'Autumn',
  'term',
  'Summer',
  'Winter',
  'early',
  'mid',
  'late',
  'by',
  'end',
  'of',
  'before',
  'from',
  'to',
  'and',
  'between',
  'Started',
  'On-going',
  'Annually',
  'Complete',
  'TBC',
  'every',
  'next',
  'academic',
  'year',
  'H1',
  'FY21',
  'FY',
  'w/c',
  'first week of',
  'Easter',
  'Christmas',
  'vacation',
  'within',
  'next',
  'months',
  'every',
  'annually',
  'twice a year',
  'bi-monthly',
  'Year One',
  'Y 2',
  'the first of',
  '3–17',
  '5thNov',
  'onwards',
  'until further notice',
  'new academic year',
  // Round 2 of issue 12: quarters in words, open ends, recurring lists, parts of terms.
  'quarter',
  'one',
  'four',
  'beyond',
  'ongoing',
  '+',
  '&',
  '→',
  'each',
  'six',
  'spring',
  'Michaelmas',
  'second half of',
  'T1',
  '2024/25',
  '2025/2026',
  '2019',
  '2020',
  '1999',
  '2099',
  '19',
  '20',
  '00',
  '31',
  '29',
  '1st',
  '4th',
  '13',
  '0',
  '-',
  '–',
  '/',
  '.',
  ',',
  "'",
  '(',
  ')',
  ' ',
  ' ',
  '\n',
  '<p>',
  '</p>',
  '&amp;',
  ';',
  ':',
)
const cellish = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''))
const spaced = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' '))
const anything = fc.oneof(
  fc.string({ maxLength: 1000 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  cellish,
  spaced,
)

const isoDate = fc
  .date({ min: new Date(1995, 0, 1), max: new Date(2080, 11, 31), noInvalidDate: true })
  .map(
    (d) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
  )
const context = fc.record(
  {
    referenceDate: isoDate,
    planStart: isoDate,
    yearLabels: fc.constant({ 'Year 1': 2019, 'Year 2': 2020 }),
    column: fc.constantFrom('Year 1', 'Year 2', 'Y3', 'Notes'),
    academicYearStartMonth: fc.integer({ min: 1, max: 12 }),
    financialYearStartMonth: fc.integer({ min: 1, max: 12 }),
    yearPairs: fc.constantFrom('calendar' as const, 'academic' as const),
    quarterBasis: fc.constantFrom('calendar' as const, 'academic' as const, 'financial' as const),
    numberAfterMonth: fc.constantFrom('year' as const, 'day' as const),
  },
  { requiredKeys: [] },
)

function windowIsOrdered(r: TargetDateReading): boolean {
  if (r.start !== null && r.end !== null && r.start > r.end) return false
  if (r.due !== null && r.start !== null && r.due < r.start) return false
  if (r.due !== null && r.end !== null && r.due > r.end) return false
  return true
}

describe('parseTargetDate properties', () => {
  it('never throws, keeps the text, and returns a valid TargetDate', () => {
    fc.assert(
      fc.property(anything, context, (text, ctx) => {
        const r = parseTargetDate(text, ctx)
        expect(r.text).toBe(text)
        // The safety net in parseTargetDate must never be what answered: that would be a bug caught, not a reading.
        expect(r.warnings.filter((w) => w.startsWith('could not read'))).toEqual([])
        // IsoDate in the schema checks real calendar days; the unit interval checks confidence.
        expect(TargetDate.safeParse(r).success).toBe(true)
      }),
      { numRuns: 1500 },
    )
  })

  it('due lies within [start, end] whenever they are set, for the reading, its parts and alternatives', () => {
    fc.assert(
      fc.property(anything, context, (text, ctx) => {
        const r = parseTargetDate(text, ctx)
        for (const reading of [r, ...r.parts, ...r.alternatives]) expect(windowIsOrdered(reading)).toBe(true)
      }),
      { numRuns: 1500 },
    )
  })

  it('undated kinds carry no due date, a recurring one is never overdue, unknown carries confidence 0', () => {
    fc.assert(
      fc.property(anything, context, (text, ctx) => {
        const r = parseTargetDate(text, ctx)
        if (r.kind === 'ongoing' || r.kind === 'started' || r.kind === 'unknown') expect(r.due).toBeNull()
        // A recurring target is due at its next occurrence: never before the reference date, so never overdue forever.
        for (const reading of [r, ...r.parts]) {
          if (reading.kind === 'recurring' && reading.due !== null && ctx.referenceDate !== undefined) {
            expect(reading.due >= ctx.referenceDate).toBe(true)
          }
        }
        if (r.kind === 'unknown') expect(r.confidence).toBe(0)
        if (r.kind === 'multiple') {
          const latest =
            r.parts
              .map((p) => p.due)
              .filter((d): d is string => d !== null)
              .sort()
              .at(-1) ?? null
          expect(r.due).toBe(latest)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('stays inside four-digit years when the context sits at the edge of the calendar', () => {
    const edge = fc
      .oneof(
        fc.date({ min: new Date(9990, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }),
        fc.date({ min: new Date(1000, 0, 1), max: new Date(1010, 11, 31), noInvalidDate: true }),
      )
      .map(
        (d) =>
          `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
      )
    const edgeContext = fc.record({ referenceDate: edge, planStart: edge }, { requiredKeys: [] })
    fc.assert(
      fc.property(fc.oneof(cellish, spaced), edgeContext, (text, ctx) => {
        const r = parseTargetDate(text, ctx)
        expect(TargetDate.safeParse(r).success).toBe(true)
        for (const reading of [r, ...r.parts, ...r.alternatives]) expect(windowIsOrdered(reading)).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })

  it('is deterministic and formats without throwing', () => {
    fc.assert(
      fc.property(anything, context, (text, ctx) => {
        expect(parseTargetDate(text, ctx)).toEqual(parseTargetDate(text, ctx))
        expect(typeof formatTargetDate(parseTargetDate(text, ctx))).toBe('string')
      }),
      { numRuns: 500 },
    )
  })

  it('a month and four-digit year is always due on the last day of that month', () => {
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1990, max: 2099 }),
        fc.constantFrom('', 'By ', 'By end of ', 'by end '),
        (m, year, lead) => {
          const r = parseTargetDate(`${lead}${months[m]} ${year}`)
          // Day 0 of the next month is the last day of this one.
          const last = new Date(year, m + 1, 0).getDate()
          expect(r.due).toBe(`${year}-${String(m + 1).padStart(2, '0')}-${last}`)
        },
      ),
    )
  })
})
