import { describe, expect, it } from 'vitest'
import { joinsActionAndProgress } from './progressHeadNoun'
import { tableToPlan } from './tableToPlan'

describe('subjectsBesideSentences: "Item" names the subject, the action column says in sentences what is to be done', () => {
  const log = [
    ['Trust committee follow-up log'],
    ['Raised', 'Item', 'Action / Progress', 'Outcome'],
    [
      'Meeting 03/02/31',
      'Staff parking',
      'The travel plan is to be redrafted before the spring meeting.',
      'Back in May',
    ],
    ['', 'Roof repairs - east wing', 'Estates Manager to obtain three quotes for the new roof.', 'Done'],
    [
      '',
      'Volunteer drivers scheme',
      'A short paper on mileage rates will come to the next meeting.',
      'Back in June',
    ],
  ]

  it('reads the sentences as the actions and keeps the subjects out of the refs', () => {
    const { plan, explanation } = tableToPlan(log)
    expect(plan.actions.map((action) => [action.ref, action.title, action.owners])).toEqual([
      [null, 'The travel plan is to be redrafted before the spring meeting.', []],
      [null, 'Estates Manager to obtain three quotes for the new roof.', ['Estates Manager']],
      [null, 'A short paper on mileage rates will come to the next meeting.', []],
    ])
    expect(explanation.columns.find((column) => column.header === 'Item')?.field).toBe('extra')
    expect(explanation.columns.find((column) => column.header === 'Action / Progress')?.field).toBe('title')
  })

  it('still lists the plan by its items when the action cells are short steps, not sentences', () => {
    const { plan } = tableToPlan([
      ['Item', 'Action', 'When'],
      ['Step-free way into the old library', 'Ramp at the back door', 'June 2031'],
      ['A prayer room for staff who want one', 'Spare office cleared', 'Completed'],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Step-free way into the old library',
      'A prayer room for staff who want one',
    ])
  })

  it('keeps numbered items as the ref beside sentences', () => {
    const { plan } = tableToPlan([
      ['Item', 'Action'],
      ['1', 'The hall booking is to be renewed for another year.'],
      ['2', 'The treasurer will send the accounts to the examiner.'],
    ])
    expect(plan.actions.map((action) => action.ref)).toEqual(['1', '2'])
  })
})

describe('joinsActionAndProgress: "Action / Progress" is the action column, "Action Progress" its status', () => {
  it('tells the slash-joined header from the compound', () => {
    expect(joinsActionAndProgress('Action / Progress')).toBe(true)
    expect(joinsActionAndProgress('Tasks/Update')).toBe(true)
    expect(joinsActionAndProgress('Action Progress')).toBe(false)
    expect(joinsActionAndProgress('Progress / Action')).toBe(false)
  })

  it('reads the cells under "Action / Progress" as the actions, under "Action Status" as the status', () => {
    const rows = (header: string) => [
      ['Ref', header, 'Lead'],
      ['1', 'Refresh the induction pack for new governors', 'Clerk'],
      ['2', 'Agree the audit timetable with the auditors', 'Bursar'],
    ]
    expect(tableToPlan(rows('Action / Progress')).plan.actions.map((action) => action.title)).toEqual([
      'Refresh the induction pack for new governors',
      'Agree the audit timetable with the auditors',
    ])
    expect(
      tableToPlan(rows('Action Status')).explanation.columns.find(
        (column) => column.header === 'Action Status',
      )?.field,
    ).toBe('status')
  })
})
