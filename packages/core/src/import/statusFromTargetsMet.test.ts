import { describe, expect, it } from 'vitest'
import { statusFromTargetsMet } from './statusFromTargetsMet'
import { tableToPlan } from './tableToPlan'

describe('a progress update that reports the action’s numbered targets, or a sign-off', () => {
  const table = [
    ['Action', 'Success measures', 'Progress update'],
    [
      '3.1 Open a quiet room',
      '3.1.1. Room open by May 2025\n3.1.2. Booking system live',
      '3.1.1 and 3.1.2 met.',
    ],
    ['3.2 Refit the lecture theatres', '3.2.1. Loops fitted\n3.2.2. Ramps fitted', '3.2.2 achieved.'],
    ['3.3 Write a dignity at work policy', '3.3.1. Policy published', 'Policy approved by Senate in June.'],
    ['3.4 Survey students', '3.4.1. Survey run', 'Questions drafted by the union.'],
  ]

  it('reads every target met as complete, some as in progress, and a sign-off by a body as complete', () => {
    const { plan } = tableToPlan(table)
    expect(plan.actions.map((a) => [a.ref, a.status.state])).toEqual([
      ['3.1', 'complete'],
      ['3.2', 'in-progress'],
      ['3.3', 'complete'],
      ['3.4', 'unknown'],
    ])
  })

  it('reads targets whose action number has four digits', () => {
    const measures = '1200.1. Bins emptied weekly\n1200.2. Recycling bins in every block'
    expect(statusFromTargetsMet('1200.1 and 1200.2 met.', measures)?.state).toBe('complete')
    expect(statusFromTargetsMet('1200.2 achieved.', measures)?.state).toBe('in-progress')
  })

  it('reads nothing from target numbers the action does not have', () => {
    expect(statusFromTargetsMet('4.1.1 achieved.', '3.1.1. Room open')).toBeNull()
    expect(statusFromTargetsMet('3.1.1 achieved.', 'Room open by May')).toBeNull()
    expect(statusFromTargetsMet('Draft policy to be approved by Senate in June.', '')).toBeNull()
  })
})
