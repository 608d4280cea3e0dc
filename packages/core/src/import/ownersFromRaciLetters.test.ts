import { describe, expect, it } from 'vitest'
import { ownersFromRaciLetters } from './ownersFromRaciLetters'
import { tableToPlan } from './tableToPlan'

describe('ownersFromRaciLetters: people columns holding R, A, C, I letters', () => {
  it('folds the letters into one column of the people marked R, else A', () => {
    expect(
      ownersFromRaciLetters([
        ['Deliverable', 'KW', 'Lee', 'MN'],
        ['Write the test plan', 'R', 'A', 'I'],
        ['Set up the build server', 'C', 'A', ''],
        ['Pair on the parser', 'R', 'R', 'C'],
      ]),
    ).toEqual([
      ['Deliverable', 'Responsible', '', ''],
      ['Write the test plan', 'KW', '', ''],
      ['Set up the build server', 'Lee', '', ''],
      ['Pair on the parser', 'KW, Lee', '', ''],
    ])
  })

  it('leaves a legend of the letters alone, and a single column of letters', () => {
    const legend = [
      ['Letter', 'Meaning'],
      ['R', 'Responsible'],
      ['A', 'Accountable'],
      ['C', 'Consulted'],
      ['I', 'Informed'],
    ]
    expect(ownersFromRaciLetters(legend)).toBe(legend)
    const grades = [
      ['Task', 'Grade', 'Note'],
      ['Paint the fence', 'A', 'fine'],
      ['Fix the latch', 'C', 'late'],
      ['Sweep the path', 'A', 'fine'],
    ]
    expect(ownersFromRaciLetters(grades)).toBe(grades)
  })

  it('reads a release plan of milestone headings, each over a RACI chart, its legend below', () => {
    const { plan } = tableToPlan([
      ['Release plan'],
      ['Milestone A1 (2031/04/30)'],
      ['', 'Tickets', 'KW', 'LS', 'MN'],
      ['Parser handles nested lists', '#4, #9', 'R', 'A', 'I'],
      ['Schema checked on load', '', 'C', 'R', 'A'],
      ['Command line help written', '#12', 'R', 'A', 'C'],
      ['Milestone A2 (2031/07/31) -> beta', '', '', '', ''],
      ['', 'Tickets', 'KW', 'LS', 'MN'],
      ['Plugins load from a folder', '', 'I', 'A', 'R'],
      ['Docs site published', '#20', 'R', 'C', 'A'],
      ['Installer signed', '', 'R', 'A', 'I'],
      ['Legend'],
      ['R', 'Responsible'],
      ['A', 'Accountable'],
    ])
    expect(plan.actions.map((action) => [action.title, action.owners, action.target.due])).toEqual([
      ['Parser handles nested lists', ['KW'], '2031-04-30'],
      ['Schema checked on load', ['LS'], '2031-04-30'],
      ['Command line help written', ['KW'], '2031-04-30'],
      ['Plugins load from a folder', ['MN'], '2031-07-31'],
      ['Docs site published', ['KW'], '2031-07-31'],
      ['Installer signed', ['KW'], '2031-07-31'],
    ])
  })
})
