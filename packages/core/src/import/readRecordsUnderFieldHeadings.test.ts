import { describe, expect, it } from 'vitest'
import { readRecordsUnderFieldHeadings } from './readRecordsUnderFieldHeadings'
import { tableToPlan } from './tableToPlan'

const page = [
  ['Known problems with the booking system'],
  ['This page lists what went wrong with the first release and what we did about it.'],
  ['Rooms can be booked twice'],
  ['Two people can book the same room when they click within a second of each other.'],
  ['Impact'],
  ['Staff turn up to find the room taken.'],
  ['Status ✅'],
  ['Fixed by locking the room while a booking is saved.'],
  ['Reminder emails go to old addresses'],
  ['The system keeps the address a person had when they first signed in.'],
  ['Impact'],
  ['People miss their bookings.'],
  ['Next steps'],
  ['read the address from the staff directory'],
  ['Status 🚧'],
  ['Not finished: the directory link is being tested.'],
  ['Cancelled bookings still show on the screens'],
  ['Impact'],
  ['Rooms look busy when they are free.'],
  ['Next steps'],
  ['Refresh the screens every five minutes.'],
]

describe('readRecordsUnderFieldHeadings', () => {
  it('reads each record under repeated field headings as one action, its status from the heading mark', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((action) => [action.title, action.status.state])).toEqual([
      ['Rooms can be booked twice', 'complete'],
      ['Reminder emails go to old addresses', 'unknown'],
      ['Cancelled bookings still show on the screens', 'unknown'],
    ])
    expect(plan.actions[0]?.description).toBe(
      'Two people can book the same room when they click within a second of each other.',
    )
  })

  it('keeps each field heading as a column of its own', () => {
    const read = readRecordsUnderFieldHeadings(page)
    expect(read?.rows[2]).toEqual(['Issue', 'Description', 'Impact', 'Next steps', 'Status', 'Status notes'])
    expect(read?.rows[4]?.[3]).toBe('read the address from the staff directory')
  })

  it('needs a status heading and three records opened by the same heading', () => {
    expect(readRecordsUnderFieldHeadings(page.slice(0, 16))).toBeNull()
    const noStatus = page.map((row) => [row[0]!.startsWith('Status') ? 'Owner' : row[0]!])
    expect(readRecordsUnderFieldHeadings(noStatus)).toBeNull()
  })

  it('leaves a page repeating more short lines than a record has fields', () => {
    const rooms = [
      'Kitchen',
      'Lobby',
      'Garage',
      'Attic',
      'Cellar',
      'Porch',
      'Study',
      'Landing',
      'Pantry',
      'Loft',
    ]
    const more = [
      'Shed',
      'Hall',
      'Annex',
      'Vestry',
      'Gallery',
      'Foyer',
      'Office',
      'Stairs',
      'Yard',
      'Gate',
      'Roof',
    ]
    const named = [...rooms, ...more]
    const extra = named.flatMap((room, i) => [
      [`Paint the door number ${i}`],
      ['Impact'],
      ['Visitors notice it.'],
      [room],
      ['A note on the room.'],
      [room],
      ['Another note on the room.'],
      ['Status'],
      ['Not started.'],
    ])
    expect(named).toHaveLength(21)
    expect(readRecordsUnderFieldHeadings([['Rooms to paint'], ...extra])).toBeNull()
    const fewer = extra.filter((row) => !more.includes(row[0]!))
    expect(readRecordsUnderFieldHeadings([['Rooms to paint'], ...fewer])?.rows[1]).toHaveLength(15)
  })
})
