import { describe, expect, it } from 'vitest'
import { ownerAboveEachItem } from './ownerAboveEachItem'
import { tableToPlan } from './tableToPlan'

const owned = (lines: readonly string[]) =>
  tableToPlan(lines.map((line) => [line])).plan.actions.map((a) => [a.ref, a.title, a.owners.join(' | ')])

describe('ownerAboveEachItem: a body named on the line above each item', () => {
  it('gives each numbered item the body named above it', () => {
    expect(
      owned([
        'Delivery tracker',
        'Finished this quarter',
        'Transport Department',
        '4.2.i. Resurface the river bridge',
        'Transport Department',
        '4.3.ii. Widen the lanes on the ring road',
        'Housing Agency',
        '1.1.i. Open the empty homes register',
        'Ministry of Health and Social Care',
        '2.5.iii. Publish the waiting list figures',
      ]),
    ).toEqual([
      ['4.2.i', 'Resurface the river bridge', 'Transport Department'],
      ['4.3.ii', 'Widen the lanes on the ring road', 'Transport Department'],
      ['1.1.i', 'Open the empty homes register', 'Housing Agency'],
      ['2.5.iii', 'Publish the waiting list figures', 'Ministry of Health and Social Care'],
    ])
  })

  it.each<[string, string[], number[]]>([
    [
      'a department name with a comma in it',
      [
        'Department for Energy, Mines and Water',
        '1. Map the old shafts',
        'Department for Energy, Mines and Water',
        '2. Cap the old shafts',
        'Parks Service',
        '3. Replant the verges',
      ],
      [0, 2, 4],
    ],
    [
      'an intro bullet list above the first name line',
      [
        'These pages list:',
        '• the plans',
        '• the budgets',
        'Estates Team',
        '1. Fix the roof',
        'Estates Team',
        '2. Paint the hall',
        'Finance Office',
        '3. Close the accounts',
      ],
      [3, 5, 7],
    ],
    [
      'theme headings written once each',
      [
        'Travel Office',
        '1. Book the coaches',
        'Events Office',
        '2. Hire the hall',
        'Print Office',
        '3. Print the tickets',
      ],
      [],
    ],
    [
      'headings that name no body',
      [
        'Clean streets',
        '1. Sweep the square',
        'Clean streets',
        '2. Empty the bins',
        'Green spaces',
        '3. Mow the park',
      ],
      [],
    ],
    [
      'an item with no name line above it after the first',
      [
        'Estates Team',
        '1. Fix the roof',
        '2. Fix the gutters',
        'Estates Team',
        '3. Paint the hall',
        'Finance Office',
        '4. Close the accounts',
      ],
      [],
    ],
    ['only two items', ['Estates Team', '1. Fix the roof', 'Estates Team', '2. Paint the hall'], []],
  ])('%s', (_, lines, rows) => {
    const listRows = new Set(lines.flatMap((line, i) => (/^(?:\d|•)/.test(line) ? [i] : [])))
    expect(
      ownerAboveEachItem(
        lines.map((line) => [line]),
        0,
        0,
        listRows,
      ),
    ).toEqual(rows)
  })

  it('reads 20,000 items', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => [
      i % 3 === 0 ? 'Roads Department' : 'Water Agency',
      `${i + 1}. Repair culvert number ${i}`,
    ]).flat()
    const names = ownerAboveEachItem(
      lines.map((line) => [line]),
      0,
      0,
      new Set(lines.flatMap((_, i) => (i % 2 === 1 ? [i] : []))),
    )
    expect(names).toHaveLength(20_000)
  })
})
