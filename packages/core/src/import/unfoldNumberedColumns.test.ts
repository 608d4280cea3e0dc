import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'
import { unfoldNumberedColumns } from './unfoldNumberedColumns'

describe('a numbered list printed in columns, numbered down them', () => {
  const page = [
    ['Goal two', ''],
    ['Looking after the allotments', ''],
    ['AIMS', ''],
    ['1. Agree a fair rota for watering the beds', '3. Replace the broken shed door before winter'],
    ['2. Buy new seed trays for the spring sowing', '4. Paint the fence posts along the lane'],
    ['WHAT SUCCESS LOOKS LIKE', ''],
    ['Every bed is watered through the summer', 'The shed stays dry all year'],
  ]

  it('reads each numbered cell as an item, in the order of its number', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.slice(0, 4).map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Agree a fair rota for watering the beds'],
      ['2', 'Buy new seed trays for the spring sowing'],
      ['3', 'Replace the broken shed door before winter'],
      ['4', 'Paint the fence posts along the lane'],
    ])
  })

  it('unfolds three columns with a short last column', () => {
    expect(
      unfoldNumberedColumns([
        ['1. Write the grant bid', '3. Send the bid in', '5. Tell the members'],
        ['2. Check the bid figures', '4. Wait for the answer', ''],
      ]),
    ).toEqual([
      ['1. Write the grant bid'],
      ['2. Check the bid figures'],
      ['3. Send the bid in'],
      ['4. Wait for the answer'],
      ['5. Tell the members'],
    ])
  })

  it('keeps a list numbered across its rows, a list whose numbers do not run on, and short labels', () => {
    const across = [
      ['1. Write the grant bid', '2. Check the bid figures'],
      ['3. Send the bid in', '4. Wait for the answer'],
    ]
    expect(unfoldNumberedColumns(across)).toEqual(across)
    const jumbled = [
      ['1. Write the grant bid', '4. Check the bid figures'],
      ['2. Send the bid in', '7. Wait for the answer'],
    ]
    expect(unfoldNumberedColumns(jumbled)).toEqual(jumbled)
    const labels = [
      ['1. Budget', '3. Members'],
      ['2. Premises', '4. Events'],
    ]
    expect(unfoldNumberedColumns(labels)).toEqual(labels)
  })

  it('keeps a single row and rows that hold other text beside the numbers', () => {
    const one = [['1. Write the grant bid', '2. Check the bid figures']]
    expect(unfoldNumberedColumns(one)).toEqual(one)
    const mixed = [
      ['1. Write the grant bid', 'Treasurer'],
      ['2. Check the bid figures', 'Secretary'],
    ]
    expect(unfoldNumberedColumns(mixed)).toEqual(mixed)
  })

  it('reads a hostile page of many numbered rows', () => {
    const rows: string[][] = []
    for (let i = 0; i < 10_000; i++)
      rows.push([`${i + 1}. Item number ${i} of the list`, `${i + 10_001}. Its twin item here`])
    const unfolded = unfoldNumberedColumns(rows)
    expect(unfolded).toHaveLength(20_000)
    expect(unfolded[10_000]).toEqual(['10001. Its twin item here'])
    const odd = rows.map((row, i) => (i % 2 === 0 ? row : [row[0]!, `x ${row[1]}`]))
    expect(unfoldNumberedColumns(odd)).toHaveLength(10_000)
  })
})
