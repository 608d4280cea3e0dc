import { describe, expect, it } from 'vitest'
import { joinsActionAndDate, progressHeadNoun } from './progressHeadNoun'
import { tableToPlan } from './tableToPlan'

describe('progressHeadNoun: "Action Update", "Action Status" name the progress, not the action', () => {
  it('reads the last word of a header that opens with the word for the work', () => {
    expect(progressHeadNoun('action update')).toBe('notes')
    expect(progressHeadNoun('actions progress update')).toBe('notes')
    expect(progressHeadNoun('action status')).toBe('status')
    expect(progressHeadNoun('task progress')).toBe('status')
    expect(progressHeadNoun('action')).toBeNull()
    expect(progressHeadNoun('update on actions')).toBeNull()
  })

  it('takes the issue column of a governance action plan as the action', () => {
    const { plan, explanation } = tableToPlan([
      ['Actions arising from the annual governance review'],
      ['Governance Issue', 'Action Update', 'By When', 'By Whom'],
      [
        'Refresh the procurement rules',
        'A draft of the new rules went to the audit panel in June.\nTraining for buyers is being booked.',
        'March 2017',
        'Head of Finance',
      ],
      [
        'Strengthen business continuity planning',
        'Each service has named a continuity lead.',
        'December 2016',
        'Emergency Planning Officer',
      ],
    ])
    expect(plan.actions.map((action) => [action.title, action.owners, action.target.due])).toEqual([
      ['Refresh the procurement rules', ['Head of Finance'], '2017-03-31'],
      ['Strengthen business continuity planning', ['Emergency Planning Officer'], '2016-12-31'],
    ])
    expect(explanation.columns.find((column) => column.header === 'Action Update')?.field).toBe('notes')
  })

  it('keeps "Issue Number" in a document block from naming a column', () => {
    const { plan } = tableToPlan([
      ['Issue Number', 'Draft 3'],
      ['Action', 'Lead'],
      ['Open a reading room in the east wing', 'Library Manager'],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual(['Open a reading room in the east wing'])
  })
})

describe('joinsActionAndDate: "Action / Target date" names when the action is due', () => {
  it.each([
    ['Action /Target Date', true],
    ['Task / deadline', true],
    ['Actions/Due date', true],
    // The goal the action is to reach, or the action and its progress: never the date column.
    ['Action / Target', false],
    ['Action / Progress', false],
    ['Action target date', false],
  ] as const)('%s → %s', (header, want) => {
    expect(joinsActionAndDate(header)).toBe(want)
  })

  it('reads the column beside it as the action and its cells as the targets', () => {
    const { plan } = tableToPlan([
      ['Tennis club committee, 2 March 2031'],
      ['Summary', 'Responsibility', 'Action / Target date'],
      ['Repaint the net posts', 'Ravi Shah', 'Before the April meeting'],
      ['Renew the court booking rota', 'Lena Park', 'May 2031'],
      ['Ask the council about a ramp', 'Ravi Shah', ''],
    ])
    expect(plan.actions.map((action) => [action.title, action.owners, action.target.due ?? null])).toEqual([
      ['Repaint the net posts', ['Ravi Shah'], expect.anything()],
      ['Renew the court booking rota', ['Lena Park'], '2031-05-31'],
      ['Ask the council about a ramp', ['Ravi Shah'], null],
    ])
  })

  it('keeps "Action / Target" the action column: the target there is the goal it is to reach', () => {
    const { plan } = tableToPlan([
      ['Objective', 'Action / Target', 'Lead'],
      ['Cut waste', 'Halve the paper the office prints by 2032', 'Office Manager'],
      ['Save energy', 'Fit timers to every heater', 'Caretaker'],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Halve the paper the office prints by 2032',
      'Fit timers to every heater',
    ])
  })
})
