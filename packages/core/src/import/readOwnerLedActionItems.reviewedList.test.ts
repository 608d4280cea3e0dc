import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

const page = (lines: readonly string[]) => lines.map((line) => [line])

describe("a committee's review of the last meeting's actions, numbered through details and an owner's sub-list", () => {
  const minutes = page([
    'Steering committee, 12 May',
    'Present: Ruth, Omar, Lena',
    '1. Feedback from last meeting:',
    '1. Ruth: Ask the venue about the date - done',
    '2. Omar to draw up a budget for the workshop - done',
    'Costs quoted by the venue:',
    'Room: 300 a day, to be confirmed',
    'Lunch: 120 a day, to be confirmed',
    '3. Lena: Write to the speakers who have not replied',
    '4. Omar:',
    '1. Open a bank account for the association',
    '2. Register the association with the city',
    '5. All: Vote on the date of the next workshop - done',
  ])

  it('reads each numbered item once, the lines under an item as its details, the label over the sub-list as its owner', () => {
    const { plan } = tableToPlan(minutes)
    expect(
      plan.actions.map((action) => [action.ref, action.title, action.owners, action.status.state]),
    ).toEqual([
      ['1', 'Ask the venue about the date', ['Ruth'], 'complete'],
      ['2', 'Omar to draw up a budget for the workshop', ['Omar'], 'complete'],
      ['3', 'Write to the speakers who have not replied', ['Lena'], 'unknown'],
      ['1', 'Open a bank account for the association', ['Omar'], 'unknown'],
      ['2', 'Register the association with the city', ['Omar'], 'unknown'],
      ['5', 'Vote on the date of the next workshop', ['All'], 'complete'],
    ])
  })
})
