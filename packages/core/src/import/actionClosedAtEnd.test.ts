import { describe, expect, it } from 'vitest'
import { actionClosedAtEnd } from './actionClosedAtEnd'
import { tableToPlan } from './tableToPlan'

describe('a board reviewing numbered actions carried over, each update closing with its verdict', () => {
  const minutes = [
    ['Village hall board minutes, May'],
    ['Ana Lee (Chair), Tom Reed (Treasurer)'],
    ['ACTION 1- TR to get three quotes for the roof. Carried over from last meeting.'],
    ['Quotes received and shared with the board. Action closed.'],
    ['ACTION 2- AL to redraft the hire agreement. Carried over from last meeting.'],
    ['The draft needs a legal check before it goes out.'],
    ['ACTION 3- TR to book the fire inspection. Carried over from last meeting.'],
    ['Inspection booked for June, action closed.'],
    ['ACTION 4- Hire charges review'],
    ['See action 2.'],
  ].map((line) => [line[0]!])

  it('reads "action closed" ending an update as complete, and keeps a numbered action that names no owner', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.ref, action.owners, action.status.state])).toEqual([
      ['1', ['TR'], 'complete'],
      ['2', ['AL'], 'unknown'],
      ['3', ['TR'], 'complete'],
      ['4', [], 'unknown'],
    ])
    expect(plan.actions[3]!.title).toBe('Hire charges review')
  })

  it('reads the verdict only at the end of the note', () => {
    expect(actionClosedAtEnd('Booked for June, action closed.')).toBe('action closed')
    expect(actionClosedAtEnd('The action closed the gap in funding')).toBeNull()
    expect(actionClosedAtEnd('The draft needs a legal check')).toBeNull()
  })
})
