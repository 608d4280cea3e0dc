import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a "Requirement" column beside the activities that meet it', () => {
  it('is the action’s description, so each action keeps the requirement it answers', () => {
    const { plan, explanation } = tableToPlan([
      ['Compliance plan'],
      ['Requirement', 'Activities', 'Deliverables', 'Compliance Date'],
      [
        'Publish an access statement covering:\n• step-free routes\n• hearing loops',
        'Write the access statement and post it at every front desk',
        'Access statement',
        'March 1, 2025',
      ],
      [
        'Train staff who serve the public',
        'Run a yearly awareness session for counter staff',
        'Training log',
        'June 30, 2025',
      ],
    ])
    expect(plan.actions.map((a) => [a.title, a.description?.split('\n')[0], a.target.due])).toEqual([
      [
        'Write the access statement and post it at every front desk',
        'Publish an access statement covering:',
        '2025-03-01',
      ],
      ['Run a yearly awareness session for counter staff', 'Train staff who serve the public', '2025-06-30'],
    ])
    expect(explanation.columns.find((c) => c.header === 'Requirement')?.field).toBe('description')
  })
})
