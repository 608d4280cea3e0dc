import { describe, expect, it } from 'vitest'
import { readOwnerLedActionItems } from './readOwnerLedActionItems'
import { tableToPlan } from './tableToPlan'

const page = (lines: readonly string[]) => lines.map((line) => [line])

describe("a board's to-do list whose sentences name their owner as the subject", () => {
  const minutes = page([
    'Board meeting, 4 March',
    'Present: Priya, Tom, Ana',
    'Summer fair',
    'It went well; next year we want more stalls.',
    "Fair to-do's",
    'Ana: it would help to hear from members what they want from the fair',
    'Priya books the hall and the tables',
    'Tom and Ana draft the poster for the fair',
    'Tom has sent the letter to the council',
    'We check the poster together at the next meeting',
  ])

  it('reads each sentence under the heading as a to-do, its subject the owners, the remark above left out', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Priya books the hall and the tables', ['Priya']],
      ['Tom and Ana draft the poster for the fair', ['Tom', 'Ana']],
      ['Tom has sent the letter to the council', ['Tom']],
      ['We check the poster together at the next meeting', []],
    ])
  })

  it('reads the same sentences under no to-do heading as no owner-led list', () => {
    expect(
      readOwnerLedActionItems(page(minutes.map((row) => row[0]!).filter((line) => line !== "Fair to-do's"))),
    ).toBeNull()
  })
})
