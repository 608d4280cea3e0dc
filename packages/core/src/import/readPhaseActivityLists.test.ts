import { describe, expect, it } from 'vitest'
import { readPhaseActivityLists } from './readPhaseActivityLists'
import { tableToPlan } from './tableToPlan'

describe('readPhaseActivityLists: a roadmap of phases, each over labelled lists', () => {
  it("reads the lines under each phase's work label as its actions, due by the end of its window", () => {
    const { plan } = tableToPlan([
      ['Our year ahead, 2032: first thoughts'],
      ['This post sets out what the reading group hopes to do this year, and where you can help.'],
      ['🌼 Begin: February – April (spring)'],
      ['Aim'],
      ['Find members; agree a format'],
      ['Activities'],
      ['- Put up posters in the three branch libraries'],
      ['- Hold a first meeting: choose the first book together'],
      ['Outcomes'],
      ['A list of twenty interested readers'],
      ['🍂 Settle: May – November'],
      ['Aim'],
      ['Meet every month'],
      ['Activities'],
      ['Pick a book for each month'],
      ['Ask an author to visit? 📚'],
      ['Outcomes'],
      ['Steady attendance'],
      ['A shared reading list'],
    ])
    expect(plan.actions.map((a) => [a.title, a.target.due, a.section])).toEqual([
      ['Put up posters in the three branch libraries', '2032-04-30', '🌼 Begin'],
      ['Hold a first meeting: choose the first book together', '2032-04-30', '🌼 Begin'],
      ['Pick a book for each month', '2032-11-30', '🍂 Settle'],
      ['Ask an author to visit? 📚', '2032-11-30', '🍂 Settle'],
    ])
  })

  it('needs two dated phases with work under them', () => {
    expect(
      readPhaseActivityLists([
        ['Plan 2032'],
        ['Begin: February – April'],
        ['Activities'],
        ['Put up posters'],
        ['Hold a meeting'],
        ['Choose a book'],
      ]),
    ).toBeNull()
    expect(
      readPhaseActivityLists([
        ['Plan 2032'],
        ['Note: see below'],
        ['Activities'],
        ['Put up posters'],
        ['Later: more to come'],
        ['Activities'],
        ['Hold a meeting'],
      ]),
    ).toBeNull()
  })
})
