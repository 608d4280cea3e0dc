import { describe, expect, it } from 'vitest'
import { readLabelledItemsOverNames } from './readLabelledItemsOverNames'
import { tableToPlan } from './tableToPlan'

describe('labelled items each followed by the names of the people carrying them out', () => {
  const rows = [
    ['Museum plan for 2031'],
    ['Widen who visits the galleries and why they come back.'],
    ['Schools and families'],
    ['Project: Run a free open morning for local primary schools every month.'],
    ['Priya Shah'],
    ['Tomasz Nowak'],
    ['Project: Publish a family trail for the ground floor by March 31, 2031.'],
    ['Grace Adeyemi Clarke'],
    ['Care for the building.'],
    ['Visitor comfort'],
    ['Project: Replace the seating in the long gallery with benches that have backs.'],
    ['Owen Price'],
  ]

  it('reads each labelled line as an action without its label, the names below it as its owners', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.section, a.target.due])).toEqual([
      [
        'Run a free open morning for local primary schools every month.',
        ['Priya Shah', 'Tomasz Nowak'],
        'Schools and families',
        null,
      ],
      [
        'Publish a family trail for the ground floor by March 31, 2031.',
        ['Grace Adeyemi Clarke'],
        'Schools and families',
        '2031-03-31',
      ],
      [
        'Replace the seating in the long gallery with benches that have backs.',
        ['Owen Price'],
        'Visitor comfort',
        null,
      ],
    ])
  })

  it('leaves a page whose labelled lines are not each followed by names to the other readers', () => {
    expect(
      readLabelledItemsOverNames([
        ['Plan'],
        ['Action: Run a free open morning for local schools.'],
        ['Priya Shah'],
        ['Action: Publish a family trail for the ground floor.'],
        ['Outreach'],
      ]),
    ).toBeNull()
  })

  it('needs a label that names the action, written on two lines or more', () => {
    expect(
      readLabelledItemsOverNames([
        ['Plan'],
        ['Note: Run a free open morning for local schools.'],
        ['Priya Shah'],
        ['Note: Publish a family trail for the ground floor.'],
        ['Owen Price'],
      ]),
    ).toBeNull()
    expect(
      readLabelledItemsOverNames([
        ['Plan'],
        ['Project: Run a free open morning for local schools.'],
        ['Priya Shah'],
      ]),
    ).toBeNull()
  })

  it('reads no page laid out as a table', () => {
    expect(
      readLabelledItemsOverNames([
        ['Project: Run a free open morning for local schools.', 'Priya Shah'],
        ['Project: Publish a family trail for the ground floor.', 'Owen Price'],
      ]),
    ).toBeNull()
  })
})
