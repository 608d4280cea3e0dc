import { describe, expect, it } from 'vitest'
import { readItemsOverProgressLines } from './readItemsOverProgressLines'
import { tableToPlan } from './tableToPlan'

describe('readItemsOverProgressLines: a list of items, each with its progress on a line below it', () => {
  const report = [
    ['Museum trustees: work plan update'],
    ['The trustees will hear about these projects at every meeting this year.'],
    ['Projects:'],
    ['Install induction loops at the front desk and in the lecture room'],
    ['An induction loop is a wire that sends sound straight to hearing aids.'],
    ['Project completed! The Rotary club paid for both loops.'],
    ['Writing new policies'],
    ['loans to other museums'],
    ['Photography in the galleries'],
    ['Guidance drafted, comments due from the trustees in May'],
    ['Volunteer handbook'],
    ['In progress'],
    ['Replace the lighting in the long gallery'],
    ['In progress, second grant awarded'],
  ]

  it('reads each item with the state its progress line opens with', () => {
    const { plan } = tableToPlan(report)
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Install induction loops at the front desk and in the lecture room', 'complete'],
      ['loans to other museums', 'unknown'],
      ['Photography in the galleries', 'unknown'],
      ['Volunteer handbook', 'in-progress'],
      ['Replace the lighting in the long gallery', 'in-progress'],
    ])
  })

  it('keeps the statements and reports of work done under an item as its notes', () => {
    const flat = readItemsOverProgressLines(report)
    expect(flat?.rows.find((row) => row[0] === 'Photography in the galleries')).toEqual([
      'Photography in the galleries',
      '',
      'Guidance drafted, comments due from the trustees in May',
      'Projects',
    ])
  })

  it('leaves alone records whose lines are labelled fields', () => {
    expect(
      readItemsOverProgressLines([
        ['Action items:'],
        ['Refine the questions'],
        ['Done: 2/21'],
        ['Pick the classes'],
        ['Done: 2/21'],
        ['Review the references'],
        ['Done:'],
      ]),
    ).toBeNull()
  })
})
