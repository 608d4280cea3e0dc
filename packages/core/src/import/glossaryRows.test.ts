import { describe, expect, it } from 'vitest'
import { glossaryRows } from './glossaryRows'
import { tableToPlan } from './tableToPlan'

describe('glossaryRows: terms defined down the page above the table that uses them', () => {
  const glossary = [
    ['Review response plan'],
    ['Terms used'],
    ['Action plan', 'Actions agreed to answer the finding'],
    ['Outputs', 'What shows the step was taken'],
    ['Completion date', 'Date for each output'],
    ['Lead', 'The post answerable for each output'],
    ['Finding 1 - Records are not kept in one place.'],
    ['Action plan', 'Outputs', 'Completion date', 'Lead'],
    ['1) Move every record to the shared drive.', 'Drive in use', 'June 30, 2027', 'Records Officer'],
    ['2) Train staff in the new filing rules.', 'Training given', 'September 30, 2027', 'Records Officer'],
  ]

  it('finds the run of terms whose words head the table below', () => {
    expect([...glossaryRows(glossary, 50)]).toEqual([2, 3, 4, 5])
  })

  it.each([
    [
      'fewer than three terms',
      [
        ['Action', 'What is done'],
        ['Lead', 'Who'],
        ['Action', 'Lead'],
        ['Paint', 'Jo'],
      ],
    ],
    [
      'terms not used by a later header',
      [
        ['Owner', 'Ann'],
        ['Date', 'May'],
        ['Status', 'Open'],
        ['Action', 'Lead'],
        ['Paint the hall', 'Jo'],
      ],
    ],
  ])('finds none with %s', (_, table) => {
    expect(glossaryRows(table, 50).size).toBe(0)
  })

  it('reads the table, not the glossary, as the plan', () => {
    const { plan } = tableToPlan(glossary)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due])).toEqual([
      ['1', 'Move every record to the shared drive.', ['Records Officer'], '2027-06-30'],
      ['2', 'Train staff in the new filing rules.', ['Records Officer'], '2027-09-30'],
    ])
  })
})
