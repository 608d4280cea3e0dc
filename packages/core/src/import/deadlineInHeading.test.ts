import { describe, expect, it } from 'vitest'
import { deadlineInHeading } from './deadlineInHeading'
import { tableToPlan } from './tableToPlan'

describe('a deadline stated in a goal heading', () => {
  it('reads "by" or "before" and a dated phrase, up to the punctuation', () => {
    expect(deadlineInHeading('To open two new study spaces before September 2026. We will:', {})?.due).toBe(
      '2026-08-31',
    )
    expect(deadlineInHeading('Goal 2: Train every line manager by the end of March 2027', {})?.due).toBe(
      '2027-03-31',
    )
    expect(deadlineInHeading('Make the booking system accessible by:', {})).toBeNull()
    expect(deadlineInHeading('Reach more schools by working with the county', {})).toBeNull()
    expect(deadlineInHeading('Publish the guides by March', {})).toBeNull()
  })

  it('dates the deliverables listed under the goal, and only those', () => {
    const { plan } = tableToPlan([
      ['Library roadmap'],
      ['1. To open two new study spaces before September 2026. We will:'],
      ['- refit the ground-floor reading room'],
      ['- convert the old map room into group study'],
      ['2. To improve how readers find things:'],
      ['- redesign the catalogue search page'],
    ])
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['refit the ground-floor reading room', '2026-08-31'],
      ['convert the old map room into group study', '2026-08-31'],
      ['redesign the catalogue search page', null],
    ])
  })

  it('reads a goal heading longer than a section heading, as a goal is a sentence', () => {
    const goal =
      'Goal 3: To give every branch library a quiet room and a bookable meeting space before the end of June 2028. We will:'
    expect(goal.length).toBeGreaterThan(80)
    expect(deadlineInHeading(goal, {})?.due).toBe('2028-06-30')
  })

  it('reads a lead-in that ends in an ellipsis, which closes no sentence', () => {
    expect(deadlineInHeading('By 2031 we hope to see...', {})?.due).toBe('2031-12-31')
    expect(deadlineInHeading('By March 2031 we will have…', {})?.due).toBe('2031-03-31')
    expect(deadlineInHeading('These steps are done by 2031.', {})).toBeNull()
  })
})
