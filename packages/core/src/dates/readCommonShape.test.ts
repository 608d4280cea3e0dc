import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TargetDate } from '../model/targetDate'
import { assemble } from './assemble'
import type { DateReadingContext } from './DateReadingContext'
import { scanItems } from './grammar'
import { parseTargetDate } from './parseTargetDate'
import { readCommonShape } from './readCommonShape'
import { readEnv } from './readEnv'
import { cleanCellText, tokenize } from './tokenize'

// The shortcut must never change a reading: for every text it accepts, parseTargetDate has to give exactly
// what the full grammar gives. `grammarReading` is the path parseTargetDate takes for every other cell.
function grammarReading(text: string, context?: DateReadingContext): TargetDate {
  const env = readEnv(context)
  const { text: cleaned } = cleanCellText(text)
  const tokens = tokenize(cleaned)
  return assemble(text, cleaned, tokens, scanItems(tokens, env), env, [])
}

const lead = fc.constantFrom(
  '',
  'by ',
  'By ',
  'BY ',
  'by end of ',
  'By end of ',
  'By the end of ',
  'end of ',
  'End of ',
  'by end ',
  'during ',
  'in ',
  'In ',
  // Not leads: the shortcut must refuse these, or read them as the grammar does.
  'before ',
  'from ',
  'early ',
  'the ',
  'by  ',
)
const month = fc.constantFrom(
  'Jan',
  'January',
  'Feb',
  'Febr',
  'March',
  'mar',
  'April',
  'May',
  'may',
  'June',
  'Jun',
  'July',
  'Aug',
  'AUGUST',
  'Sep',
  'Sept',
  'September',
  'Oct',
  'Nov',
  'Dec',
  'December',
  'Febuary',
  'Summer',
  'Q',
)
const gap = fc.constantFrom('', '.', ' ', '. ', '  ', ', ', '-', "'")
const year = fc.constantFrom(
  '1989',
  '1990',
  '2019',
  '2099',
  '2100',
  '00',
  '05',
  '18',
  '20',
  '31',
  '45',
  '1',
  '123',
)
const context = fc.constantFrom<DateReadingContext | undefined>(
  undefined,
  { referenceDate: '2018-06-01' },
  { referenceDate: '2019-06-01', numberAfterMonth: 'day' },
  { planStart: '2020-02-29' },
  { yearLabels: { 'Year 1': 2019 }, column: 'Year 1' },
  { yearLabels: { 'Year 1': 2019 }, column: 'Year 2', quarterBasis: 'financial' },
  { referenceDate: '2019-11-30', quarterBasis: 'academic', academicYearStartMonth: 9 },
)
const quarter = fc
  .tuple(fc.constantFrom('Q', 'q', 'Y', 'H'), fc.integer({ min: 0, max: 9 }))
  .map(([q, n]) => `${q}${n}`)
const slashDate = fc
  .tuple(
    fc.constantFrom('0', '1', '01', '16', '29', '31', '32', '123'),
    fc.constantFrom('0', '2', '02', '04', '12', '13'),
    fc.constantFrom('18', '2018', '2020', '1', '201', '00', '2100'),
    fc.constantFrom('/', '.', ' / '),
  )
  .map(([d, m, y, sep]) => `${d}${sep}${m}${sep}${y}`)

describe('readCommonShape', () => {
  it('reads the shapes it accepts exactly as the full grammar does', () => {
    const text = fc.oneof(
      fc.tuple(lead, month, gap, year).map((parts) => parts.join('')),
      quarter,
      slashDate,
    )
    fc.assert(
      fc.property(text, context, (t, c) => {
        expect(parseTargetDate(t, c)).toEqual(grammarReading(t, c))
      }),
      { numRuns: 3000 },
    )
  })

  it('takes the commonest shapes, so the shortcut is actually used', () => {
    const env = readEnv({ referenceDate: '2018-06-01', yearLabels: { 'Year 1': 2019 }, column: 'Year 1' })
    for (const text of ['Q2', 'December 2019', 'By end of March 2018', 'Aug. 18', 'Sept20', '16/04/18']) {
      expect(readCommonShape(text, env), text).not.toBeNull()
    }
  })

  it('leaves everything else to the grammar', () => {
    const env = readEnv({ referenceDate: '2018-06-01' })
    for (const text of [
      'Q2 2019',
      'Before March 2019',
      'Febuary 2020',
      'June',
      'Q5',
      ' Q2',
      'Aug. 18 / Dec. 18',
    ]) {
      expect(readCommonShape(text, env), text).toBeNull()
    }
  })

  it('gives the readings a person would for the column shapes it covers', () => {
    // "Q2" under Year 1 = 2019 on a calendar basis: April to June 2019, due on its last day.
    const q2 = parseTargetDate('Q2', { yearLabels: { 'Year 1': 2019 }, column: 'Year 1' })
    expect([q2.kind, q2.start, q2.due, q2.precision]).toEqual(['due', '2019-04-01', '2019-06-30', 'quarter'])
    // "By end of March 2018": the whole of March 2018, due on the 31st.
    const march = parseTargetDate('By end of March 2018')
    expect([march.kind, march.start, march.due]).toEqual(['due', '2018-03-01', '2018-03-31'])
    // "16/04/18" is day first: 16 April 2018, with the two-digit year read near the reference date.
    const day = parseTargetDate('16/04/18', { referenceDate: '2018-01-01' })
    expect([day.due, day.precision]).toEqual(['2018-04-16', 'day'])
  })
})
