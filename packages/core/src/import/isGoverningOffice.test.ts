import { describe, expect, it } from 'vitest'
import { isGoverningOffice } from './isGoverningOffice'

describe('isGoverningOffice, the offices and bodies read as owners before "to"', () => {
  it.each([
    ['Clerk', true],
    ['Chairman', true],
    ['treasurer', true],
    ['Trustees', true],
    ['Board', true],
    ['Vice-Chancellor', true],
    // Offices that open a heading or a thing before "to" as often as they name who acts.
    ['Lead', false],
    ['Champion', false],
    ['Owner', false],
    ['Committee', false],
  ])('%s → %s', (word, expected) => {
    expect(isGoverningOffice(word)).toBe(expected)
  })
})
