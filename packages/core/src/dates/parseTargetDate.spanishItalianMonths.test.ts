import { describe, expect, it } from 'vitest'
import { parseTargetDate } from './parseTargetDate'

describe('parseTargetDate: Spanish and Italian month names', () => {
  it.each([
    ['15 de marzo de 2024', '2024-03-15'],
    ['marzo 2024', '2024-03-31'],
    ['marzo de 2024', '2024-03-31'],
    ['2 de enero de 2031', '2031-01-02'],
    ['el informe, antes del 30 de abril de 2031', '2031-04-30'],
    ['setiembre 2031', '2031-09-30'],
    ['diciembre de 2031', '2031-12-31'],
    ['7 gennaio 2031', '2031-01-07'],
    ['fine febbraio 2032', '2032-02-29'],
    ['Giugno 2031', '2031-06-30'],
    ['entro il 18 ottobre 2031', '2031-10-18'],
    ['luglio 2031', '2031-07-31'],
  ])('reads %s as due %s', (text, due) => {
    expect(parseTargetDate(text).due).toBe(due)
  })

  it('reads a day without its year in the year a reference date gives', () => {
    expect(parseTargetDate('el local, 20 de noviembre', { referenceDate: '2031-10-01' }).due).toBe(
      '2031-11-20',
    )
    expect(parseTargetDate('by julio', { referenceDate: '2031-06-01' }).due).toBe('2031-07-31')
  })

  it.each([
    // A Spanish word that is no month: only the year is read.
    ['15 de semana de 2031', '2031-12-31'],
    ['la cuota de 2031', '2031-12-31'],
    // A month name inside a longer word is no month.
    ['Agostino 2031', '2031-12-31'],
    ['marzolino 2031', '2031-12-31'],
  ])('does not read a month in %s (due %s)', (text, due) => {
    const date = parseTargetDate(text)
    expect(date.due).toBe(due)
    expect(date.precision).toBe('year')
  })

  it.each(['services in Mayo', 'ask Julio', 'approved by Abril'])(
    'reads a capitalised name after a word as a name, not a month without its year: %s',
    (text) => {
      expect(parseTargetDate(text, { referenceDate: '2031-06-01' }).kind).toBe('unknown')
    },
  )
})
