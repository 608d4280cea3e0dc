import { describe, expect, it } from 'vitest'
import { readLabelCellRecords } from './readLabelCellRecords'
import { tableToPlan } from './tableToPlan'

describe('records written as a label cell beside a value cell', () => {
  const log = [
    ['Library access log'],
    ['Issue:', 'Heavy entrance doors'],
    ['Info:', 'Reported by two wheelchair users.'],
    ['Plan:', 'Fit automatic openers to the main doors.'],
    ['Status:', 'In progress. Quote accepted. amber icon'],
    ['Notes:', 'Side door done first.'],
    ['Issue:', 'No hearing loop at the desk'],
    ['Plan:', 'Buy a portable loop.'],
    ['Status:', 'Loop bought and tested by staff.'],
    ['Notes:', 'Done. green tick'],
    ['Notes:', 'Staff trained in its use.'],
    ['Issue:', 'Signs too small'],
    ['Plan:', 'Review the signage with the access group.'],
    ['Status:', 'Not started.'],
  ]

  it('takes the plan for each issue as the action, and its status cell as the status', () => {
    const { plan } = tableToPlan(log)
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Fit automatic openers to the main doors.', 'in-progress'],
      ['Buy a portable loop.', 'complete'],
      ['Review the signage with the access group.', 'not-started'],
    ])
    expect(plan.title).toBe('Library access log')
  })

  it('keeps the issue and every notes line beside the action', () => {
    const { plan } = tableToPlan(log)
    expect(plan.actions[1]?.extra).toContainEqual({ column: 'Issue', value: 'No hearing loop at the desk' })
    expect(plan.actions[1]?.notes).toContain('Staff trained in its use.')
  })

  it('leaves a key and value table that names no action and no status to the other readers', () => {
    expect(
      readLabelCellRecords([
        ['Name:', 'Ann'],
        ['Room:', '2.14'],
        ['Name:', 'Raj'],
        ['Room:', '3.01'],
      ]),
    ).toBeNull()
  })
})
