import { describe, expect, it } from 'vitest'
import { holdsCitations } from './holdsCitations'
import { tableToPlan } from './tableToPlan'

describe('holdsCitations', () => {
  it.each([
    [['EB 45/2 paras. 3 and 4', 'EB 46/1 para. 12']],
    [['Minutes of 4 May, paragraph 7', 'Minutes of 9 June, paragraph 2']],
    [['COM(2021) 85, section 3', 'COM(2022) 12']],
  ])('%j are citations', (cells) => {
    expect(
      holdsCitations(
        cells.map((cell) => [cell, 'x']),
        0,
      ),
    ).toBe(true)
  })

  it.each([
    [['Induction loop in the main hall', 'Ramps at the side entrances']],
    [['EB 45/2 paras. 3 and 4']],
    [['EB 45/2 para. 3', 'Ramps at the side entrances', 'Induction loop in the main hall']],
  ])('%j are not', (cells) => {
    expect(
      holdsCitations(
        cells.map((cell) => [cell, 'x']),
        0,
      ),
    ).toBe(false)
  })

  it("keeps a follow-up report's citations as refs and its recommendations as the actions", () => {
    const { plan } = tableToPlan([
      ['Follow-up to past Board recommendations'],
      ['Reference', 'Recommendation', 'Status'],
      ['EB 45/2 paras. 3 and 4', 'Review of the language services', 'Under way'],
      ['EB 46/1 para. 12', 'Evaluation of the fellowship programme', 'Completed'],
    ])
    expect(plan.actions.map((action) => [action.ref, action.title])).toEqual([
      ['EB 45/2 paras. 3 and 4', 'Review of the language services'],
      ['EB 46/1 para. 12', 'Evaluation of the fellowship programme'],
    ])
  })
})
