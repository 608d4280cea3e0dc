import { describe, expect, it } from 'vitest'
import { colonForListLeadIn } from './colonForListLeadIn'
import { tableToPlan } from './tableToPlan'

describe('colonForListLeadIn: a lead-in typed with a semicolon for its colon', () => {
  it.each([
    ['Our technician work so far includes;', true],
    ['The steps we take are as follows ;', true],
    ['Technicians asked for more training; we agreed;', false],
    ['Progress includes', false],
  ])('%s over a bulleted line is a lead-in: %s', (lead, changed) => {
    const rows = [[lead], [''], ['• A technician forum']]
    const out = colonForListLeadIn(rows)
    expect(out[0]![0]!.endsWith(':')).toBe(changed)
    expect(out[2]).toEqual(rows[2])
  })

  it('leaves a semicolon line alone when no bulleted line follows it', () => {
    const rows = [['The review includes;'], ['Publish technician profiles']]
    expect(colonForListLeadIn(rows)).toEqual(rows)
  })

  it('so the state the lead-in reports reaches the items below', () => {
    const { plan } = tableToPlan([
      ['Technician Commitment progress'],
      ['We want technicians to be seen. This work has already started and includes;'],
      ['• A gallery of technician profiles on the website.'],
      ['• A yearly technician showcase in the atrium.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['A gallery of technician profiles on the website.', 'in-progress'],
      ['A yearly technician showcase in the atrium.', 'in-progress'],
    ])
  })
})
