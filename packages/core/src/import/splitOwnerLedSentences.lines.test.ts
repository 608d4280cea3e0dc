import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('splitOwnerLedSentences: an action cell of lines, most opening with their owners', () => {
  it('reads each line as an action, owned by the names opening it or by no one', () => {
    const { plan } = tableToPlan([
      ['Topic', 'Discussion', 'Action Points'],
      [
        'Summer fair',
        'Stalls are filling up; the raffle needs prizes.',
        'Raffle prizes – ask the corner shop first\n\nMaya, Theo and Ines to draw up the stall map\nTheo and Ines to price the gazebos\nOwen to book the generator',
      ],
    ])
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Raffle prizes – ask the corner shop first', []],
      ['Maya, Theo and Ines to draw up the stall map', ['Maya', 'Theo', 'Ines']],
      ['Theo and Ines to price the gazebos', ['Theo', 'Ines']],
      ['Owen to book the generator', ['Owen']],
    ])
  })

  it('keeps a cell whose lines run on into each other, or name too few owners, whole', () => {
    const wrapped = tableToPlan([
      ['Topic', 'Action Points'],
      [
        'Hall',
        'Maya to ask the caretaker about keys and\nTheo to check the alarm code with\nOwen before the fair',
      ],
    ])
    expect(wrapped.plan.actions).toHaveLength(1)
    const remarks = tableToPlan([
      ['Topic', 'Action Points'],
      ['Hall', 'Keys are with the caretaker\nThe alarm was fixed in May\nOwen to test the alarm again'],
    ])
    expect(remarks.plan.actions).toHaveLength(1)
  })
})

describe('splitOwnerLedSentences: lines of work to be done in the passive among owner-led lines', () => {
  it('counts a line of work to be done with the owner-led ones, and names no one by its subject', () => {
    const { plan } = tableToPlan([
      ['Aim', 'Actions'],
      [
        'New benches for the green',
        'Two quotes to be obtained.\nAmenities Group to choose the design.\nGrants to be sought by the Clerk.\nTreasurer to check the reserves.\nClerk to order the benches.',
      ],
    ])
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Two quotes to be obtained.', []],
      ['Amenities Group to choose the design.', ['Amenities Group']],
      ['Grants to be sought by the Clerk.', []],
      ['Treasurer to check the reserves.', ['Treasurer']],
      ['Clerk to order the benches.', ['Clerk']],
    ])
  })

  it('keeps a cell whole when passive lines stand beside fewer than three owner-led ones', () => {
    const { plan } = tableToPlan([
      ['Aim', 'Actions'],
      [
        'New benches for the green',
        'Two quotes to be obtained.\nGrants to be sought by the Clerk.\nA site to be agreed.\nClerk to order the benches.',
      ],
    ])
    expect(plan.actions).toHaveLength(1)
  })
})

describe('a "Points of discussion | Actions" table whose action cells hold "Owner: work" lines', () => {
  const rows = [
    ['Points of discussion', 'Actions'],
    [
      'Garden open day\n- stalls are booked\n- the raffle needs prizes',
      'All: Bring one raffle prize each.\nMT: Book the generator.\nRB: Print the posters for the library.',
    ],
    ['Car park\n- signs are faded', 'KD: Ask the council for new signs'],
    ['Website\n- the page is out of date', 'Website: Update the page with the new dates'],
  ]

  it('titles each line by the work after its owner and its colon, and reads initials alone in a cell too', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Bring one raffle prize each.', ['All']],
      ['Book the generator.', ['MT']],
      ['Print the posters for the library.', ['RB']],
      ['Ask the council for new signs', ['KD']],
      ['Website: Update the page with the new dates', []],
    ])
    expect(plan.actions[1]?.description).toBe('MT: Book the generator.')
  })
})
