import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a column of the issues each action addresses', () => {
  it('is the action’s description, not an extra column, so the action keeps the problem it answers', () => {
    const { plan, explanation } = tableToPlan([
      ['Issue identified', 'Action', 'Lead', 'By'],
      [
        'Few women apply for workshop posts',
        'Advertise every workshop post on two new job boards',
        'HR partner',
        'July 2031',
      ],
      [
        'Exit interviews are rarely held',
        'Offer every leaver an exit interview',
        'Line managers',
        'Sept 2031',
      ],
    ])
    expect(explanation.columns[0]?.field).toBe('description')
    expect(plan.actions.map((action) => action.description)).toEqual([
      'Few women apply for workshop posts',
      'Exit interviews are rarely held',
    ])
    expect(plan.actions[0]?.title).toBe('Advertise every workshop post on two new job boards')
  })
})
