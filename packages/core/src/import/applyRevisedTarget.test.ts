import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('applyRevisedTarget', () => {
  it.each(['New date', 'New target date', 'Amended deadline', 'Revised date'])(
    'reads a date under "%s" as the target as it now stands',
    (header) => {
      const { plan, issues } = tableToPlan([
        ['Ref', 'Action', 'Lead', 'Target date', header, 'Comment'],
        [
          '7.1',
          'Report the car park survey to the committee',
          'JT',
          '12 March 2031',
          '9 April 2031',
          'Moved',
        ],
        ['7.2', 'Agree the cleaning contract', 'RK', '20 May 2031', '', 'On time'],
      ])
      expect(plan.actions.map((a) => a.target.due)).toEqual(['2031-04-09', '2031-05-20'])
      expect(issues.filter((issue) => issue.code === 'target-revised')).toHaveLength(1)
    },
  )

  it('keeps the target beside a date column that is not a revision', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Action', 'Lead', 'Target date', 'Date raised'],
      ['7.1', 'Report the car park survey to the committee', 'JT', '12 March 2031', '9 January 2031'],
    ])
    expect(plan.actions[0]!.target.due).toBe('2031-03-12')
  })
})
