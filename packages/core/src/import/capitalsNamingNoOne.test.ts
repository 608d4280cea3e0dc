import { describe, expect, it } from 'vitest'
import { isCapitalsNamingNoOne } from './capitalsNamingNoOne'
import { ownersInBrackets } from './ownersInBrackets'
import { readParagraphsEndingInOwners } from './readParagraphsEndingInOwners'
import { readsAsOwnerList } from './readsAsOwnerList'

describe('capitals that name no one', () => {
  it.each([
    ['TBC', true],
    ['N/A', true],
    ['AOB', true],
    ['AMBER', true],
    ['KPI', true],
    ['WIP', true],
    ['RB', false],
    ['HR', false],
    ['Tbc', false],
  ])('%s → %s', (word, expected) => {
    expect(isCapitalsNamingNoOne(word)).toBe(expected)
  })

  it('is one list for every reader of initials: brackets, an owner cell and a paragraph’s last words', () => {
    // A note's mark after an action, a placeholder in an owner cell, a RAG colour ending a paragraph.
    expect(ownersInBrackets('Circulate the draft terms (FYI)')).toEqual([])
    expect(ownersInBrackets('Book the hall for the fair (Amber)')).toEqual([])
    expect(ownersInBrackets('Book the hall for the fair (RB)')).toEqual(['RB'])
    expect(readsAsOwnerList('ASAP')).toBeNull()
    expect(readsAsOwnerList('AOB')).toBeNull()
    expect(readsAsOwnerList('JPW')).toBe('role')
    const read = readParagraphsEndingInOwners([
      ['1. Grounds.'],
      ['a. The fence by the pond is down. Clerk'],
      ['b. The gate needs oil. RB'],
      ['c. The path is flooded after rain. JP'],
      ['d. The tree survey is overdue. AMBER'],
    ])
    expect(read?.rows.slice(1).map((row) => row[1])).toEqual(['Clerk', 'RB', 'JP'])
  })
})
