import { describe, expect, it } from 'vitest'
import { ownersInBrackets, splitJoinedNames } from './ownersInBrackets'

describe('owners named in brackets after an action', () => {
  it.each([
    ['Draft the welcome email (Priya)', ['Priya']],
    ['Update the wiki page (Sam and Lou) before Friday', ['Sam', 'Lou']],
    ['Book the room (Ade, Kim / Jo)', ['Ade', 'Kim', 'Jo']],
    ['Order the cables (TBC)', []],
    ['Check the figures (see the annex)', []],
    ['Plan the launch', []],
  ])('%s', (text, owners) => {
    expect(ownersInBrackets(text)).toEqual(owners)
  })
})

describe('splitJoinedNames: the one split of joined names', () => {
  it.each([
    ['Kofi and Lena / QA', ['Kofi', 'Lena', 'QA']],
    ['Kofi ,Lena&Mo', ['Kofi', 'Lena', 'Mo']],
    ['Sandra Anderson', ['Sandra Anderson']],
    ['Kofi, , Mo', ['Kofi', '', 'Mo']],
  ])('splits %s', (text, names) => {
    expect(splitJoinedNames(text)).toEqual(names)
  })

  it.each([
    ['Inès, Léo et Paul', ['Inès', 'Léo', 'Paul']],
    ['Jonas und Kai / Mia', ['Jonas', 'Kai', 'Mia']],
    ['Sven och Lisa & Bo', ['Sven', 'Lisa', 'Bo']],
    // Near misses: the word must stand alone between spaces ("Yvette", "Tom Ende" hold "e" and "en").
    ['Yvette Benet', ['Yvette Benet']],
    ['Tom Ende', ['Tom Ende']],
  ])('splits %s with the word for "and" of any language', (text, names) => {
    expect(splitJoinedNames(text, 'any').map((name) => name.trim())).toEqual(names)
  })

  it('keeps the English split to English words', () => {
    expect(splitJoinedNames('Inès et Paul')).toEqual(['Inès et Paul'])
  })
})
