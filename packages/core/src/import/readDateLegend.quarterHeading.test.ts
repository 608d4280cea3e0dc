import { describe, expect, it } from 'vitest'
import { readDateLegend } from './readDateLegend'
import { tableToPlan } from './tableToPlan'

describe("a quarterly report's heading that names its first quarter's months", () => {
  it('reads "Quarter 1 (April to June 2021)" as financial quarters', () => {
    expect(readDateLegend('2021/22 – Quarter 1 (April to June 2021) Performance Team')?.quarterBasis).toBe(
      'financial',
    )
  })

  it("reads the plan's quarters on that basis", () => {
    const { plan } = tableToPlan([
      ['District council: commitments tracker'],
      ['2021/22 – Quarter 1 (April to June 2021) Performance Team'],
      ['No.', 'Commitment', 'Date for delivery', 'RAG'],
      [
        '1',
        'We will open a second recycling centre in the north of the district',
        'Between Q2-Q4 2021/22',
        'AMBER',
      ],
      ['2', 'We will plant a tree for every child born in the district', 'March 2022', 'GREEN'],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2022-03-31', '2022-03-31'])
  })
})
