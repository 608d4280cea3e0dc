import { describe, expect, it } from 'vitest'
import { parseStatus } from '../status/parseStatus'
import { statusFromPerfectPassive } from './statusFromPerfectPassive'
import { tableToPlan } from './tableToPlan'

const read = (text: string) => statusFromPerfectPassive(text, parseStatus('')).state

describe('statusFromPerfectPassive', () => {
  it('reads an answer saying the work has been done as complete', () => {
    expect(read('The booking guidance has been revised and circulated to all labs.')).toBe('complete')
    expect(read('Both posts have now been filled, advertised, appointed.')).toBe('complete')
    expect(read('All three milestones have been met')).toBe('complete')
  })

  it('leaves an answer saying the work is not done, or only delayed, as it was', () => {
    expect(read('The guidance has not been revised yet.')).toBe('unknown')
    expect(read('The survey has yet to be run.')).toBe('unknown')
    expect(read('The launch has been delayed to spring.')).toBe('unknown')
  })
})

describe('a header asking whether the work was done', () => {
  it('names the status column, and its answers are read as the status', () => {
    const { plan, explanation } = tableToPlan([
      ['Action', 'Owner', 'By', 'Was the aim achieved? Give details'],
      [
        'Write a lab booking guide',
        'Lab manager',
        'May 2031',
        'The guide has been written and shared with staff.',
      ],
      ['Hold a skills fair', 'Training lead', 'June 2031', 'Not this year: no venue.'],
    ])
    expect(explanation.columns.find((column) => column.column === 4)?.field).toBe('status')
    expect(plan.actions.map((action) => action.status.state)).toEqual(['complete', 'unknown'])
  })
})
