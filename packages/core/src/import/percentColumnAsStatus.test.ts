import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a "% Complete" column beside a status column of comments', () => {
  it('reads the percentage as the state and keeps the comment as the note', () => {
    const { plan } = tableToPlan([
      ['Action', 'Status', 'Due', '% Complete'],
      [
        'Replace the lighting in the sports hall',
        'Quotes were received in May and the contractor starts on site in the autumn once the term ends.',
        'December 2025',
        '40%',
      ],
      [
        'Install water refill stations in every block',
        'Paused while the estates review is under way, and we expect to restart the work early next year.',
        'March 2026',
        '0%',
      ],
      [
        'Publish a travel plan for staff and students',
        'The plan went to the committee in June and was shared with every department through the newsletter.',
        'July 2025',
        '100%',
      ],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['in-progress', 'not-started', 'complete'])
    expect(plan.actions[0]?.notes).toContain('Quotes were received in May')
  })

  it('leaves a status column of state words as the status', () => {
    const { plan } = tableToPlan([
      ['Action', 'Status', '% Complete'],
      ['Replace the lighting in the sports hall', 'On hold', '40%'],
      ['Install water refill stations in every block', 'Complete', '90%'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['on-hold', 'complete'])
  })
})
