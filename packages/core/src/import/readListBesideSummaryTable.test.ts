import { describe, expect, it } from 'vitest'
import { readListBesideSummaryTable } from './readListBesideSummaryTable'
import { tableToPlan } from './tableToPlan'

const page = [
  ['Our pledges for 2025 to 2027'],
  ['1. Open council data'],
  ['We will publish every dataset the council holds under an open licence.'],
  ['2. Plain-English letters'],
  ['We will rewrite every letter we send so that residents can understand it.'],
  ['3. Youth panel'],
  ['We will set up a panel of young people to advise the cabinet each term.'],
  ['Summary of progress'],
  ['Pledge', 'Overall status'],
  ['1. Open council data', 'Complete'],
  ['2. Plain-English letters', 'In progress'],
]

describe('a numbered list summed up in a table below it', () => {
  it('reads every item of the list, with its table row when the table has one', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.status.state])).toEqual([
      ['1', 'Open council data', 'complete'],
      ['2', 'Plain-English letters', 'in-progress'],
      ['3', 'Youth panel', 'unknown'],
    ])
    expect(plan.actions[2]?.description).toBe(
      'We will set up a panel of young people to advise the cabinet each term.',
    )
  })

  it('leaves a table whose rows name items the list does not have', () => {
    const other = page.map((row, index) => (index === 10 ? ['2. Plain letters', 'In progress'] : row))
    expect(readListBesideSummaryTable(other)).toBeNull()
  })
})
