import { describe, expect, it } from 'vitest'
import { ownerLabelOpeningActionItem, ownersOpeningActionItem } from './ownersOpeningActionItem'
import { tableToPlan } from './tableToPlan'

describe('the actions of the last meeting, reviewed in the minutes', () => {
  it.each([
    ['Actions from previous meeting:', 'Priya to book the room for the spring talk', ['Priya']],
    ['Actions from the last meeting', 'Tom/Ana to send the survey to members', ['Tom', 'Ana']],
    ['Action items', 'Rosa/Kit/Leo to count the ballot papers', ['Rosa', 'Kit', 'Leo']],
  ])('under "%s", reads %j', (header, title, owners) => {
    expect(ownersOpeningActionItem(title, header)).toEqual(owners)
  })

  it.each([
    [
      'Priya: Book the room for the spring talk',
      'Action items',
      { owners: ['Priya'], rest: 'Book the room for the spring talk' },
    ],
    [
      'All: Read the draft constitution before Friday',
      'Actions from last meeting:',
      { owners: ['All'], rest: 'Read the draft constitution before Friday' },
    ],
    [
      'Tom/Ana: Send the survey to members',
      'Action points',
      { owners: ['Tom', 'Ana'], rest: 'Send the survey to members' },
    ],
    ['Priya: Book the room for the spring talk', 'Notes', null],
    ['Note: The room is booked for May', 'Action items', null],
    ['Priya: booked the room already', 'Action items', null],
  ])('%s under "%s"', (title, header, want) => {
    expect(ownerLabelOpeningActionItem(title, header)).toEqual(want)
  })

  it('reads the owner before a colon or before "to", titling each action by its work', () => {
    const { plan } = tableToPlan([
      ['Allotment society committee, 2 June'],
      ['Actions from previous meeting:'],
      ['2.1. All: Check the water troughs on your own plots.'],
      ['   Most plots checked.'],
      ['2.2 Priya: Ask the council about a second skip for green waste.'],
      ['2.3 Tom/Ana to price up a new lock for the main gate.'],
      ['2.4 Leo and Rosa to draft the letter to new plot holders.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['2.1', 'Check the water troughs on your own plots.', ['All']],
      ['2.2', 'Ask the council about a second skip for green waste.', ['Priya']],
      ['2.3', 'Tom/Ana to price up a new lock for the main gate.', ['Tom', 'Ana']],
      ['2.4', 'Leo and Rosa to draft the letter to new plot holders.', ['Leo', 'Rosa']],
    ])
  })
})
