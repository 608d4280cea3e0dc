import { describe, expect, it } from 'vitest'
import { readItemsUnderRunInLeads } from './readItemsUnderRunInLeads'
import { tableToPlan } from './tableToPlan'

describe('readItemsUnderRunInLeads: jobs one a line under run-in leads, the bullets lost', () => {
  const page = [
    ['March 2031'],
    ['The committee met on Tuesday. Four of six came, and we went through the jobs list together.'],
    ['So for the next few weeks we need to'],
    ['paint the shed door'],
    ['fix the gutter over the porch'],
    ['clear the brambles behind the hut'],
    ['mend the fence by the gate'],
    ['and after that we hope to'],
    ['store the tents in the shed again'],
    ['Next on the list:'],
    ['replace the broken tiles in the kitchen'],
    ['sweep out the loft'],
    ['Longer term:'],
    ['find funding for a new roof'],
    ['Other news: the raffle raised more than last year. Thanks to everyone who sold tickets.'],
  ]

  it('reads each line under a lead as an action, the lead its section', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['paint the shed door', 'So for the next few weeks we need to'],
      ['fix the gutter over the porch', 'So for the next few weeks we need to'],
      ['clear the brambles behind the hut', 'So for the next few weeks we need to'],
      ['mend the fence by the gate', 'So for the next few weeks we need to'],
      ['store the tents in the shed again', 'and after that we hope to'],
      ['replace the broken tiles in the kitchen', 'Next on the list'],
      ['sweep out the loft', 'Next on the list'],
      ['find funding for a new roof', 'Longer term'],
    ])
  })

  it.each([
    [
      'labels that are names',
      (rows: string[][]) =>
        rows.map((row) => [
          row[0]!.replace('Next on the list:', 'Priya:').replace('Longer term:', 'Tom Okafor:'),
        ]),
    ],
    [
      'labels that are periods',
      (rows: string[][]) =>
        rows.map((row) => [
          row[0]!.replace('Next on the list:', 'By 2032:').replace('Longer term:', 'By 2035:'),
        ]),
    ],
    [
      'a capitalised sentence among the items',
      (rows: string[][]) =>
        rows.map((row) => [
          row[0]!.replace(
            'replace the broken tiles in the kitchen',
            'The kitchen tiles were replaced last week by a parent.',
          ),
        ]),
    ],
    [
      'fewer than five items',
      (rows: string[][]) => rows.filter((row) => !/^(?:clear|mend|sweep|fix)/.test(row[0]!)),
    ],
    ['one lead only', (rows: string[][]) => rows.slice(0, 8)],
  ])('reads no lists under %s', (_label, edit) => {
    expect(readItemsUnderRunInLeads(edit(page))).toBeNull()
  })
})
