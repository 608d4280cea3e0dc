import { describe, expect, it } from 'vitest'
import { peelJoinedCodeRef } from './peelJoinedCodeRef'
import { peelRef } from './peelRef'
import { tableToPlan } from './tableToPlan'

describe('codes joined to their number by a hyphen or a dot', () => {
  it('peels hyphened and dotted codes, and leaves names with numbers whole', () => {
    expect(peelJoinedCodeRef('OP2-04.03 Resurface the car park at the depot')).toEqual({
      ref: 'OP2-04.03',
      rest: 'Resurface the car park at the depot',
    })
    expect(peelRef('KPI-3.2 Halve the waiting time for repairs')?.ref).toBe('KPI-3.2')
    expect(peelRef('HSG-07 – Build twenty homes for key workers')?.ref).toBe('HSG-07')
    expect(peelRef('C.2.1 Open a second reading room')?.ref).toBe('C.2.1')
    expect(peelRef('COVID-19 Recovery Group to meet monthly')).toBeNull()
    expect(peelRef('S.106 Agreements to be reviewed each year')).toBeNull()
  })

  it('reads a progress table coded under its strategies, the strategy rows as headings', () => {
    const { plan, explanation } = tableToPlan([
      ['Corporate plan progress 2024/25'],
      ['Strategy and action', 'Measure', 'Status', 'Comment'],
      ['ST-04 Keep the district clean and green'],
      ['OP2-04.01 Sweep the high street every weekday', 'Streets swept', 'Achieved', 'Done all year'],
      ['OP2-04.02 Replace the litter bins in the park', 'Bins replaced', 'Partially completed', 'Half done'],
      ['ST-05 Support local business'],
      ['OP2-05.01 Run a market in the square each month', 'Markets held', 'Achieved', ''],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.status.state])).toEqual([
      ['OP2-04.01', 'Sweep the high street every weekday', 'complete'],
      ['OP2-04.02', 'Replace the litter bins in the park', 'in-progress'],
      ['OP2-05.01', 'Run a market in the square each month', 'complete'],
    ])
    expect(explanation.rows.filter((r) => r.kind === 'section').map((r) => r.row)).toEqual([3, 6])
  })

  it('keeps coded rows with no lead yet as actions when they are not over other rows', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead'],
      ['ENV-01 Plant a hundred street trees', 'Parks'],
      ['ENV-02 Survey the hedgerows', 'Parks'],
      ['HSG-01 Build twenty homes for key workers', ''],
      ['HSG-02 Refit the empty flats above the shops', ''],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['ENV-01', 'ENV-02', 'HSG-01', 'HSG-02'])
  })
})
