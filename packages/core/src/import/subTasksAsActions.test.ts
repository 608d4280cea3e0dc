import { describe, expect, it } from 'vitest'
import { readStatusKeyLines } from './readStatusKeyLines'
import { subTasksAsActions } from './subTasksAsActions'
import { tableToPlan } from './tableToPlan'

describe('subTasksAsActions: a "Task | Sub-tasks" to-do list lists every sub-task as an action', () => {
  const rows = [
    ['Group', 'Task', 'Sub-tasks', 'Status', 'Who'],
    ['Garden', 'Clear the back border', '', 'U', 'Ana'],
    ['', '', 'Dig out the brambles', 'U', 'Tom'],
    ['', 'Plant the hedge', '', 'S', ''],
    ['Shed', 'Fix the roof', 'Buy felt', 'S', ''],
    ['', '', 'Lay the felt', 'S', 'Ana'],
    ['Status key'],
    ['(S)cheduled'],
    ['(U)nderway'],
    ['(F)inished'],
  ]

  it('moves each sub-task into the task column, a task and its first sub-task on two rows', () => {
    expect(subTasksAsActions(rows).map((row) => row[1])).toEqual([
      'Task',
      'Clear the back border',
      'Dig out the brambles',
      'Plant the hedge',
      'Fix the roof',
      'Buy felt',
      'Lay the felt',
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })

  it('reads each sub-task with its own owner, and the status letters through the key below', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((action) => [action.title, action.owners, action.status.state])).toEqual([
      ['Clear the back border', ['Ana'], 'in-progress'],
      ['Dig out the brambles', ['Tom'], 'in-progress'],
      ['Plant the hedge', [], 'not-started'],
      ['Fix the roof', [], 'not-started'],
      ['Buy felt', [], 'unknown'],
      ['Lay the felt', ['Ana'], 'not-started'],
    ])
  })

  it('leaves a plan\'s "Action | Sub-action" columns to the reader of actions over their steps', () => {
    const plan = [
      ['Action', 'Sub-action', 'Lead'],
      ['Open the new lab', 'Order the benches', 'Estates'],
      ['', 'Train the first users', 'Lab Manager'],
    ]
    expect(subTasksAsActions(plan)).toBe(plan)
  })

  it('leaves a table without a sub-task column alone', () => {
    const plain = [
      ['Task', 'Notes'],
      ['Paint the hall', ''],
      ['', 'Two coats'],
    ]
    expect(subTasksAsActions(plain)).toBe(plain)
  })
})

describe('readStatusKeyLines: a key of letters in brackets', () => {
  it('maps each bracketed letter to the state its word names', () => {
    const key = readStatusKeyLines([
      ['Key'],
      ['(S)cheduled'],
      ['(U)nderway'],
      ['(F)inished'],
      ['Ca(N)celled'],
    ])
    expect(key.get('U')).toBe('in-progress')
    expect(key.get('F')).toBe('complete')
  })

  it('reads no key from words with a bracket but no single letter', () => {
    expect(readStatusKeyLines([['(TBC)'], ['Done (x2)'], ['Staff (all)']]).size).toBe(0)
  })
})
