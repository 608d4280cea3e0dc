import { describe, expect, it } from 'vitest'
import { scoreHeader } from './assignColumns'
import { tableToPlan } from './tableToPlan'

describe('a milestone table numbered under "Milestone No." beside its exit criteria', () => {
  const milestones = [
    ['Delivery milestones'],
    ['Stage A', '', '', ''],
    ['Milestone No.', 'Milestone', 'Exit Criteria', 'Due'],
    ['0', 'Agree the survey design with partners', 'Signed design note', '05/2031'],
    ['1', 'First field season complete', 'Field report', '09/2031'],
    ['2', 'Sample archive catalogued and shared', 'Catalogue/Data', '12/2031'],
  ]

  it('reads the numbers as refs and the criteria as what shows each milestone met', () => {
    const { plan } = tableToPlan(milestones)
    expect(
      plan.actions.map((a) => [a.ref, a.title, a.owners, a.successMeasures.length > 0, a.target.due]),
    ).toEqual([
      ['0', 'Agree the survey design with partners', [], true, '2031-05-31'],
      ['1', 'First field season complete', [], true, '2031-09-30'],
      ['2', 'Sample archive catalogued and shared', [], true, '2031-12-31'],
    ])
  })
})

describe('a header naming the rows’ kind and then its number word', () => {
  it.each([
    ['Milestone No.', 'ref'],
    ['Measure #', 'ref'],
    ['Outcome number', 'ref'],
    ['Objective ref', 'ref'],
  ])('%j names the ref column', (header, field) => {
    expect([...scoreHeader(header)]).toEqual([[field, 1]])
  })

  it.each(['Phone no.', 'Room number', 'Number of staff'])('%j names no ref column', (header) => {
    expect(scoreHeader(header).get('ref') ?? 0).toBeLessThan(1)
  })
})
