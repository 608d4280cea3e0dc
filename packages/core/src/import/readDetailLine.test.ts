import { describe, expect, it } from 'vitest'
import { readDetailLine } from './readDetailLine'
import { tableToPlan } from './tableToPlan'

describe('readDetailLine: a bracketed target line under a list item', () => {
  it('reads "(Target = …)" and "(Success criteria: …)" as the success measure', () => {
    expect(readDetailLine('(Target = run two open days for local schools in 2025.)')).toEqual({
      field: 'successMeasures',
      label: 'Target',
      value: 'run two open days for local schools in 2025.',
    })
    expect(readDetailLine('(Success criteria: every technician has a mentor)')?.field).toBe('successMeasures')
  })

  it('leaves a bracketed aside without a target label alone', () => {
    expect(readDetailLine('(see the appendix for the full list: page 4)')).toBeNull()
  })

  it('keeps each target line with the item above it, its date the target', () => {
    const { plan } = tableToPlan([
      ['Technician objectives 2025'],
      ['- To make technical roles visible to school leavers'],
      ['(Target = run two open days for local schools in June 2025.)'],
      ['- To give every technician a mentor'],
      ['(Target: match each new starter with a mentor. From October 2025.)'],
    ])
    expect(plan.actions.map((a) => [a.title, a.successMeasures, a.target.due])).toEqual([
      [
        'To make technical roles visible to school leavers',
        ['run two open days for local schools in June 2025.'],
        '2025-06-30',
      ],
      [
        'To give every technician a mentor',
        ['match each new starter with a mentor. From October 2025.'],
        null,
      ],
    ])
  })
})
