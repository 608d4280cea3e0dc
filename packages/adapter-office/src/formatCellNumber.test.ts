import { describe, expect, it } from 'vitest'
import { builtInFormat, dateParts, formatGeneral, formatNumber, formatSerialDate } from './formatCellNumber'

const date = (serial: number, code: string, date1904 = false) =>
  formatSerialDate(serial, dateParts(code)!, date1904)

describe('date serials', () => {
  it('1900 system, including Excel’s fictional 29 February 1900 and the days either side', () => {
    expect(date(1, 'dd/mm/yyyy')).toBe('1900-01-01')
    expect(date(59, 'dd/mm/yyyy')).toBe('1900-02-28')
    expect(date(60, 'dd/mm/yyyy')).toBe('1900-02-29')
    expect(date(61, 'dd/mm/yyyy')).toBe('1900-03-01')
    expect(date(43_465, 'd mmmm yyyy')).toBe('2018-12-31')
    expect(date(45_658, builtInFormat(14))).toBe('2025-01-01')
  })

  it('1904 system: the same day is 1,462 smaller', () => {
    expect(date(0, 'dd/mm/yyyy', true)).toBe('1904-01-01')
    expect(date(43_465 - 1_462, 'dd/mm/yyyy', true)).toBe('2018-12-31')
  })

  it('a month-and-year format means the month; time formats keep the time', () => {
    expect(date(43_465, 'mmm-yy')).toBe('2018-12')
    expect(date(43_465, 'yyyy')).toBe('2018')
    expect(date(43_465.75, 'dd/mm/yyyy hh:mm')).toBe('2018-12-31 18:00')
    expect(date(0.5, 'h:mm')).toBe('12:00')
  })

  it('tells date formats from number formats, ignoring quoted text and colours', () => {
    expect(dateParts('General')).toBeNull()
    expect(dateParts('0.00')).toBeNull()
    expect(dateParts('"Day "0')).toBeNull()
    expect(dateParts('[Red]#,##0')).toBeNull()
    expect(dateParts('[$-809]dd mmmm yyyy')).toEqual({ year: true, month: true, day: true, time: false })
    expect(dateParts('mm:ss')?.month).toBe(false)
  })
})

describe('numbers in their displayed form', () => {
  it('General shows up to 11 significant digits and hides float noise', () => {
    expect(formatGeneral(0.1 + 0.2)).toBe('0.3')
    expect(formatGeneral(12)).toBe('12')
    expect(formatGeneral(10_000_000_000.5)).toBe('10000000001')
    expect(formatGeneral(123_456_789_012)).toBe('1.23457E+11')
    expect(formatGeneral(-1.5)).toBe('-1.5')
  })

  it('decimals, thousands, percent, currency and the negative section', () => {
    expect(formatNumber(3.5, '0.00')).toBe('3.50')
    expect(formatNumber(1234567.891, '#,##0.00')).toBe('1,234,567.89')
    expect(formatNumber(0.355, '0%')).toBe('36%')
    expect(formatNumber(0.25, '0.0%')).toBe('25.0%')
    expect(formatNumber(1500, '"£"#,##0')).toBe('£1,500')
    expect(formatNumber(1500, '[$£-809]#,##0.00')).toBe('£1,500.00')
    expect(formatNumber(-20, '#,##0 ;(#,##0)')).toBe('(20)')
    expect(formatNumber(12345, '0.00E+00')).toBe('1.23E+04')
    expect(formatNumber(7, '@')).toBe('7')
  })
})
