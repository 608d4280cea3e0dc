import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('an action list with the date each action was raised and a response column', () => {
  it('reads the response as the progress, and the date raised as no deadline', () => {
    const { plan, explanation } = tableToPlan([
      ['Date Raised', 'Action', 'Officer', 'Response'],
      ['June 2031 meeting', 'Check the lighting on the estate car park', 'Sam Okafor', 'Complete'],
      ['June 2031 meeting', 'Bring costs for new bike stores to the next panel', 'Priya Shah', 'Ongoing'],
      [
        'Sept 2031 meeting',
        'Write to residents about the bin collection change',
        'Sam Okafor',
        'Letter drafted',
      ],
    ])
    expect(plan.actions.map((action) => [action.title, action.status.state, action.target.due])).toEqual([
      ['Check the lighting on the estate car park', 'complete', null],
      ['Bring costs for new bike stores to the next panel', 'ongoing', null],
      ['Write to residents about the bin collection change', expect.any(String), null],
    ])
    expect(explanation.columns[0]?.field).toBe('extra')
    expect(explanation.columns[3]?.field).toBe('notes')
  })
})
