import { describe, expect, it } from 'vitest'
import { yearOfHeading } from './yearOfHeading'

describe('yearOfHeading', () => {
  it('gives the one year a heading names', () => {
    expect(yearOfHeading('Work for 2027')).toBe('2027')
    expect(yearOfHeading('2030 Q2 Aim: Open the new wing')).toBe('2030')
  })

  it('gives nothing for no year, several years or a longer number', () => {
    expect(yearOfHeading('Quarter two')).toBe('')
    expect(yearOfHeading('2026-2027')).toBe('')
    expect(yearOfHeading('Ticket 120301')).toBe('')
  })
})
