import { describe, expect, it } from 'vitest'
import { namedRefLabels } from './namedRefLabels'
import { tableToPlan } from './tableToPlan'

// A charity's tracker of a national review: each entry a label line, its short title, then a comment.
const tracker = [
  ['Review Item No. 3'],
  ['Publish pay gap figures each spring'],
  ['Figures for last year are still awaited from the board.'],
  ['Review Item No. 8'],
  ['Open a bursary for first-generation students'],
  ['Review Item No. 12'],
  ['Audit the interview panels'],
]

describe('namedRefLabels', () => {
  it('reads a label of several words repeated down the page as the ref of the entry below it', () => {
    const { plan } = tableToPlan(tracker)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 24)])).toEqual([
      ['3', 'Publish pay gap figures '],
      ['8', 'Open a bursary for first'],
      ['12', 'Audit the interview pane'],
    ])
  })

  it('takes "#" and "No." between the label and its number', () => {
    const refOf = namedRefLabels([['Key Task #4'], ['x'], ['Key Task # 5'], ['y']])
    expect(refOf('Key Task # 5')).toBe('5')
    expect(refOf('Key Task #4')).toBe('4')
  })

  it('does not read a label written once (a heading over its sub-items) or a sentence', () => {
    const refOf = namedRefLabels([['Guiding Aim #1'], ['1.1 Grow the intake']])
    expect(refOf('Guiding Aim #1')).toBeNull()
    const twice = namedRefLabels([['Our Goal 1'], ['a'], ['Our Goal 2'], ['b']])
    expect(twice('We will meet our goal 2 years early')).toBeNull()
  })

  it.each([
    ['Questions around action 5', null],
    ['Update on action 4', null],
    ['Questions about action 11', null],
    ['Green Flag action 3', '3'],
  ])('reads "%s" written once as citing an action, not labelling the line below', (label, want) => {
    expect(namedRefLabels([[label], ['The group asked when the report would be ready.']])(label)).toBe(want)
  })
})
