import { describe, expect, it } from 'vitest'
import { sharedTasks } from './splitSharedTask'
import { tableToPlan } from './tableToPlan'

describe('a work list by person where one task is everyone’s', () => {
  const rows = [
    ['Member', 'Tasks'],
    ['Lena Park', 'Book the demo room, log their hours in the tracker'],
    ['Tariq Aziz', 'Log their hours in the tracker'],
    ['Hugo Brandt', 'Ask the client for test data, log their hours in the tracker'],
    ['Ines Moura', 'Log their hours in the tracker.'],
  ]

  it('splits the shared task off a person’s own work, both owned by that person', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Book the demo room', ['Lena Park']],
      ['log their hours in the tracker', ['Lena Park']],
      ['Log their hours in the tracker', ['Tariq Aziz']],
      ['Ask the client for test data', ['Hugo Brandt']],
      ['log their hours in the tracker', ['Hugo Brandt']],
      ['Log their hours in the tracker.', ['Ines Moura']],
    ])
  })

  it('keeps a comma inside one task whole when no task is shared', () => {
    expect(sharedTasks(['Book the room, the projector and the urn', 'Write the agenda'])).toEqual(new Set())
    const { plan } = tableToPlan([
      ['Member', 'Tasks'],
      ['Lena Park', 'Book the room, the projector and the urn'],
      ['Tariq Aziz', 'Write the agenda'],
      ['Hugo Brandt', 'Send the minutes'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Book the room, the projector and the urn',
      'Write the agenda',
      'Send the minutes',
    ])
  })
})
