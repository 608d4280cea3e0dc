import { describe, expect, it } from 'vitest'
import { inferDateContext } from './inferDateContext'
import { parseTargetDate } from './parseTargetDate'

describe('inferDateContext', () => {
  it('reads the Oxford Timescale column as month + two-digit year (all numbers within 17–20)', () => {
    const column = [
      'Aug. 18',
      'Dec. 18',
      'Sept. 18',
      'Sept. 20',
      'Sept. 19',
      'June 19',
      'June19',
      'June 20',
      'Oct 18',
      'Oct. 20',
      'Oct. 17',
      'April 18',
      'Mar 18',
    ]
    const { context, explanation } = inferDateContext(column, { referenceDate: '2018-06-01' })
    expect(context.numberAfterMonth).toBe('year')
    expect(context.referenceDate).toBe('2018-06-01')
    expect(explanation.join(' ')).toMatch(/17–20/)
    expect(parseTargetDate('June 20', context).due).toBe('2020-06-30')
  })

  it('reads numbers spread over the days of a month as days', () => {
    const column = ['June 3', 'June 20', 'July 28', 'Sept 09', 'Oct 14', 'Dec 01']
    const { context } = inferDateContext(column, { referenceDate: '2019-01-15' })
    expect(context.numberAfterMonth).toBe('day')
    expect(parseTargetDate('June 20', context).due).toBe('2019-06-20')
  })

  it('reads a day after a dash the same way ("Jun-16", as a release schedule writes its milestones)', () => {
    const column = ['Apr-3', 'May-14', 'Jun-16', 'Jul-29', 'Sep-30']
    const { context } = inferDateContext(column, { referenceDate: '2031-01-01' })
    expect(context.numberAfterMonth).toBe('day')
    expect(parseTargetDate('Jun-16', context).due).toBe('2031-06-16')
    expect(inferDateContext(['Apr-19', 'May-20', 'Jun-20']).context.numberAfterMonth).toBe('year')
  })

  it('numbers over 31 can only be years', () => {
    expect(inferDateContext(['Aug 45', 'Aug 04']).context.numberAfterMonth).toBe('year')
  })

  it('ignores "Mon NN, YYYY", which settles itself', () => {
    const { context } = inferDateContext(['June 20, 2019', 'July 3, 2019'])
    expect(context.numberAfterMonth).toBeUndefined()
  })

  it('takes year labels and the quarter basis from the Glasgow legend', () => {
    const legend =
      'Note: (i) Target dates are for completion (not initiation) of activities (ii) Year 1 = 2019, Year 2 = 2020 (iii) Q1 = January-March, Q2 = April-June etc.'
    const { context, explanation } = inferDateContext(['Q2', 'Q4', 'Q1', 'Q2 Q2'], {
      legend,
      column: 'Year 2',
    })
    expect(context.yearLabels).toEqual({ 'Year 1': 2019, 'Year 2': 2020 })
    expect(context.quarterBasis).toBe('calendar')
    expect(explanation.join(' ')).toMatch(/bare quarter/)
    expect(parseTargetDate('Q3', context).due).toBe('2020-09-30')
  })

  it('an academic legend ("Q1 = August-October") sets the academic basis and start month', () => {
    const { context } = inferDateContext(['Q1'], { legend: 'Q1 = August - October; Year 1 = 2021' })
    expect(context.quarterBasis).toBe('academic')
    expect(context.academicYearStartMonth).toBe(8)
    expect(context.yearLabels).toEqual({ 'Year 1': 2021 })
  })

  it('says when bare quarters cannot be dated', () => {
    expect(inferDateContext(['Q1', 'Q3']).explanation.join(' ')).toMatch(/cannot be dated/)
  })

  it('keeps caller hints it has no evidence against', () => {
    const { context } = inferDateContext(['December 2019'], {
      referenceDate: '2019-07-01',
      quarterBasis: 'financial',
    })
    expect(context).toEqual({ referenceDate: '2019-07-01', quarterBasis: 'financial' })
  })

  describe('the financial year a legend or note states', () => {
    // Hand-read: each sentence names the month the financial year starts in (or, with "ends", the month
    // before it starts).
    it.each([
      ['Our financial year runs August to July.', 8],
      ['FY = 1 Aug – 31 Jul', 8],
      ['Our financial year begins in October', 10],
      ["The University's financial year ends on 31 July.", 8],
      ['Fiscal year: 1 July – 30 June', 7],
      ['Notes: targets in FY terms (financial year starting 1 April)', 4],
      // Published wordings: exeter.ac.uk financial regulations, bangor.ac.uk year-end procedures,
      // finance.admin.cam.ac.uk year-end process.
      ["The University's financial year will run from 1 August until 31 July the following year.", 8],
      ['The University’s financial year ends on the 31st July.', 8],
      ['The University’s financial year end is 31 July', 8],
    ])('%s → month %i', (legend, month) => {
      const { context, explanation } = inferDateContext(['FY23', 'Q3 FY2022'], { legend })
      expect(context.financialYearStartMonth).toBe(month)
      expect(explanation.join(' ')).toMatch(/financial year/)
    })

    it('then reads "FY" years and financial quarters from that month', () => {
      const { context } = inferDateContext(['Q1 FY2023'], { legend: 'Financial year runs August to July' })
      const q1 = parseTargetDate('Q1 FY2023', context)
      expect([q1.start, q1.due]).toEqual(['2022-08-01', '2022-10-31'])
    })

    it('a legend starting Q1 in the financial year’s month sets the financial basis', () => {
      const { context } = inferDateContext(['Q1 2022'], {
        legend: 'Financial year runs October to September. Q1 = October-December',
      })
      expect(context.financialYearStartMonth).toBe(10)
      expect(context.quarterBasis).toBe('financial')
      expect(parseTargetDate('Q1 2022', context).due).toBe('2022-12-31')
    })

    it('ignores a financial year with no month after it, and keeps a month the caller gave', () => {
      expect(inferDateContext([], { legend: 'Targets are set per financial year.' }).context).toEqual({})
      expect(inferDateContext([], { legend: 'FY2022 targets' }).context).toEqual({})
      const report = 'Annual report, financial year 2021 (published December 2021)'
      expect(inferDateContext([], { legend: report }).context).toEqual({})
      const kept = inferDateContext([], { legend: 'FY = 1 Aug – 31 Jul', financialYearStartMonth: 4 })
      expect(kept.context.financialYearStartMonth).toBe(4)
    })
  })
})
