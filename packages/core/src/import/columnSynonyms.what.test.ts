import { describe, expect, it } from 'vitest'
import { matchColumnHeader } from './columnSynonyms'
import { tableToPlan } from './tableToPlan'

// A schedule that asks its three questions as headers: "What | Who | When", with more columns beside them.
describe('"What | Who | When" headers', () => {
  it('reads the What column as the work, beside columns it has no word for', () => {
    const { plan } = tableToPlan([
      ['Spring lab move'],
      ['What', 'Who', 'When', 'Phase', 'Sign-off'],
      ['Pack the fume cupboard spares', 'Lab Manager', '12 March 2031', 'phase 2', ''],
      ['Book the removal van', 'Facilities', 'TBD', 'TBD', ''],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due])).toEqual([
      ['Pack the fume cupboard spares', ['Lab Manager'], '2031-03-12'],
      ['Book the removal van', ['Facilities'], null],
    ])
  })

  it.each([
    ['What', 'title'],
    ['What?', 'title'],
    ['What we are doing to make the site easier to use', null],
    ["What's still to do?", null],
  ])('header %j names %s', (header, field) => {
    expect(matchColumnHeader(header)?.field ?? null).toBe(field)
  })
})
