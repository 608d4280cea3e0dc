import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('OKRs whose objectives carry labelled lines over their numbered key results', () => {
  const rows = [
    ['Q3 OKRs'],
    ['Objective: Grow the support team'],
    ['Active from: 01.07.31'],
    ['KR Measurement Deadline: 30.09.31'],
    ['Tracking Manager: Noor'],
    ['Key Results: Ada, Femi and Noor'],
    ['1. Hire two support engineers'],
    ['2. Publish the on-call rota'],
    ['Objective: Cut reply times'],
    ['KR Measurement Deadline: 15.10.31'],
    ['Key Results: Ada and Femi u.n.o.'],
    ['1. Answer every ticket within a day'],
    ['Femi'],
    ['2. Add canned replies for the top ten questions'],
    ['Ada : 0.5'],
    ['Femi : 0.5'],
    ['Team OKRs'],
  ]

  it('reads each numbered key result, owned by the label’s people and due by the objective’s deadline', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due])).toEqual([
      ['1', 'Hire two support engineers', ['Ada', 'Femi', 'Noor'], '2031-09-30'],
      ['2', 'Publish the on-call rota', ['Ada', 'Femi', 'Noor'], '2031-09-30'],
      ['1', 'Answer every ticket within a day', ['Femi'], '2031-10-15'],
      ['2', 'Add canned replies for the top ten questions', ['Ada', 'Femi'], '2031-10-15'],
    ])
  })
})
