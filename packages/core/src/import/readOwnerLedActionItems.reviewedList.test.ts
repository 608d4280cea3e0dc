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

describe('a review of actions whose labelled lines give the state before the owner', () => {
  const minutes = page([
    'Allotment committee, 3 March',
    'The minutes of the last meeting were agreed. The actions were reviewed:',
    '1.1 Ongoing: KP will ask the council about the water supply',
    'ACTION: Ongoing: KP will ask the council about the water supply when the new officer starts',
    '1.2 RM to price a new padlock for the gate',
    'ACTION: In progress: RM to price a new padlock for the gate',
    '1.3 JD to order the wood chip',
    'ACTION: JD to order the wood chip for the paths.',
  ])

  it('reads the state as the status and the owner named after it, neither in the title', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.title, action.owners, action.status.state])).toEqual([
      ['KP will ask the council about the water supply when the new officer starts', ['KP'], 'ongoing'],
      ['RM to price a new padlock for the gate', ['RM'], 'in-progress'],
      ['JD to order the wood chip for the paths.', ['JD'], 'unknown'],
    ])
  })

  it('keeps a team named before a colon as the owner (a near miss: no state)', () => {
    const { plan } = tableToPlan(
      page([
        'Allotment committee, 3 March',
        'ACTION: Finance: Check the rent book against the bank statement',
        'ACTION: JD to order the wood chip for the paths.',
        'ACTION: RM to price a new padlock for the gate',
      ]),
    )
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Check the rent book against the bank statement', ['Finance']],
      ['JD to order the wood chip for the paths.', ['JD']],
      ['RM to price a new padlock for the gate', ['RM']],
    ])
  })
})
