import { describe, expect, it } from 'vitest'
import { readParentLinkedRows } from './readParentLinkedRows'
import { tableToPlan } from './tableToPlan'

const tree = [
  ['rating', 'id', 'title', 'text', 'parent'],
  ['green', 'T', 'Transport', 'Transport', ''],
  ['green', 'T1', 'More bus lanes', 'More bus lanes', 'T'],
  ['white', 'T1-P', 'planned', 'Two new lanes on the ring road.', 'T1'],
  ['green', 'T1-20', 'Report 2020', 'One lane opened.', 'T1'],
  ['red', 'T2', 'Bike parking at stations', 'Bike parking at stations', 'T'],
  ['white', 'T2-P', 'planned', 'A hundred stands at each station.', 'T2'],
  ['red', 'T2-20', 'Report 2020', 'No progress.', 'T2'],
  ['green', 'H', 'Housing', 'Housing', ''],
  ['green', 'H1', 'Insulate council homes', 'Insulate council homes', 'H'],
  ['white', 'H1-P', 'planned', 'Every home by 2030.', 'H1'],
  ['green', 'H1-20', 'Report  2020', 'Half the homes done.', 'H1'],
]

describe('readParentLinkedRows: a plan exported as a flat tree of id and parent columns', () => {
  it('reads the measures as actions, their themes as sections and the rows repeated under each as notes', () => {
    const { plan } = tableToPlan(tree)
    expect(plan.actions.map((action) => [action.ref, action.title, action.section])).toEqual([
      ['T1', 'More bus lanes', 'Transport'],
      ['T2', 'Bike parking at stations', 'Transport'],
      ['H1', 'Insulate council homes', 'Housing'],
    ])
    expect(readParentLinkedRows(tree)?.rows[1]?.at(-1)).toBe(
      'planned: Two new lanes on the ring road.\nReport 2020: One lane opened.',
    )
  })

  it('leaves a table whose parent column links no rows, or whose child rows are all different, to the other readers', () => {
    expect(readParentLinkedRows(tree.map((row, i) => (i === 0 ? row : [...row.slice(0, 4), 'X'])))).toBeNull()
    expect(
      readParentLinkedRows([
        ['id', 'title', 'parent'],
        ['T', 'Transport', ''],
        ['T1', 'More bus lanes', 'T'],
        ['T2', 'Bike parking at stations', 'T'],
        ['H', 'Housing', ''],
        ['H1', 'Insulate council homes', 'H'],
      ]),
    ).toBeNull()
  })

  it('reads a tree of 10,000 rows', () => {
    const rows = [['id', 'title', 'text', 'parent']]
    for (let i = 0; i < 2_500; i++) {
      rows.push(
        [`M${i}`, `Measure ${i}`, '', ''],
        [`M${i}-a`, 'planned', 'text', `M${i}`],
        [`M${i}-b`, 'done so far', 'text', `M${i}`],
      )
      rows.push([`M${i}-c`, 'Report 2020', 'text', `M${i}`])
    }
    expect(readParentLinkedRows(rows)?.rows.length).toBe(2_501)
  })
})
