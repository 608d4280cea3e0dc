import { describe, expect, it } from 'vitest'
import { progressHeadNoun } from './progressHeadNoun'
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
