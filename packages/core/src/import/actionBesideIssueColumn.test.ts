import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('an objective column beside a short "Issue" column', () => {
  it('is the action, and the issue its description', () => {
    const { plan, explanation } = tableToPlan([
      ['Issue', 'Specific Project / Objectives', 'Progress'],
      ['Transport', '', ''],
      ['Road safety', 'Ask the county council for a 20 mph limit past the school', 'Request sent'],
      ['Parking', 'Mark out bays on the high street so deliveries can stop safely', 'Not started'],
      ['Green spaces', '', ''],
      ['Play area', 'Raise funds to replace the swings on the recreation ground', 'Grant bid drafted'],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Ask the county council for a 20 mph limit past the school',
      'Mark out bays on the high street so deliveries can stop safely',
      'Raise funds to replace the swings on the recreation ground',
    ])
    expect(plan.actions.map((action) => action.description)).toEqual(['Road safety', 'Parking', 'Play area'])
    expect(explanation.columns[1]?.field).toBe('title')
  })

  it('leaves an issue log whose other columns are its progress with the issue as the action', () => {
    const { plan } = tableToPlan([
      ['Issue', 'Update', 'By when'],
      [
        'Refresh the procurement rules',
        'A draft went to the audit panel in June and comments are due back',
        'March 2032',
      ],
      ['Train budget holders', 'Two of the four sessions have run so far this year', 'June 2032'],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Refresh the procurement rules',
      'Train budget holders',
    ])
  })
})
