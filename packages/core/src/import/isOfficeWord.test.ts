import { describe, expect, it } from 'vitest'
import { isOfficeWord } from './isOfficeWord'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import { ownerAtStart } from './ownerAtStart'

describe('isOfficeWord, the one list of offices every owner reader asks', () => {
  it.each([
    ['Chair', true],
    ['Vice-Chair', true],
    ['co-chairs', true],
    ['Chairman', true],
    ['Treasurer', true],
    ['secretaries', true],
    ['Webmaster', true],
    ['Directors', true],
    ['RFO', true],
    // Bodies, months and plain nouns are no one's office.
    ['Committee', false],
    ['March', false],
    ['Chairs-and-tables', false],
    ['Leader-board', false],
  ])('%s → %s', (word, expected) => {
    expect(isOfficeWord(word)).toBe(expected)
  })

  it('is part of the role and body words', () => {
    expect(['Treasurer', 'Clerk', 'Manager', 'team', 'Agency'].every(isRoleOrBodyWord)).toBe(true)
  })

  it('names an office after "The" in minutes, whichever reader met it first', () => {
    expect(ownerAtStart('ACTION: The Treasurer to pay the hall hire', 'name-first')).toBe('Treasurer')
    expect(ownerAtStart('ACTION: The Webmaster to move the booking form', 'name-first')).toBe('Webmaster')
    expect(ownerAtStart('ACTION: The Weather to improve by June', 'name-first')).toBe(null)
  })
})
