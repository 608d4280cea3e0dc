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
})
