import { describe, expect, it } from 'vitest'
import { parseStatus } from '../status/parseStatus'
import { statusFromYesNoColumn } from './statusFromYesNoColumn'
import { tableToPlan } from './tableToPlan'

describe('a yes/no completion column ("Delivered Yes/No")', () => {
  it('reads "Yes" as complete and leaves "No" and empty cells unread', () => {
    const { plan } = tableToPlan([
      ['Action', 'Owner', 'Deadline', 'Delivered? Yes/No'],
      ['Replace the fire door signs', 'Estates', 'March 2026', 'Yes'],
      ['Publish the chemical inventory', 'Stores', 'April 2026', 'No'],
      ['Review lone working rules', 'Safety', 'May 2026', ''],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['complete', 'unknown', 'unknown'])
  })

  it.each([
    ['Delivered Yes/No', 'Yes', 'complete'],
    ['Completed (Y/N)', 'Y', 'complete'],
    ['Implemented Y/N', 'yes', 'complete'],
    ['Achieved?', 'Yes', 'complete'],
    ['Done ?', 'y', 'complete'],
    ['Achieved', 'Yes', 'unknown'],
    ['Delivered Yes/No', 'No', 'unknown'],
    ['Comments', 'Yes', 'unknown'],
  ])('%j with %j reads %s', (header, text, state) => {
    expect(statusFromYesNoColumn(header, text, { ...parseStatus(''), text }).state).toBe(state)
  })
})
