import { describe, expect, it } from 'vitest'
import { readOwnerLedActionItems } from './readOwnerLedActionItems'
import { tableToPlan } from './tableToPlan'

// A project board's minutes: under each agenda item, "Action: …" and then who, when and a dated status on lines of
// their own.
const page = [
  ['Harbour survey board, 3 March 2031'],
  ['Present: Ines, Marek, Tove'],
  ['1. Sonar data'],
  ['Action: Send the cleaned sonar files to the archive.'],
  ['Who: Marek'],
  ['When: 14.03.2031'],
  ['Status 01.03.31: started, two files left'],
  ['2. Reports'],
  ['Action: Review the draft report'],
  ['Who: Ines and Tove to share the chapters'],
  ['When: to be sent to the board by 28.03.2031'],
  ['Status 01.03.31: not started'],
  ['Status 03.03.31: Review completed.'],
  ['3. Any other business'],
  ['Action: Book the boat for the April dive'],
  ['The harbour master asked who is on board.'],
  ['Who: Tove'],
]

describe('labelled "Who:", "When:" and "Status …:" lines under each action', () => {
  it('gives the action above them its owner, due date and latest status', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title.slice(0, 20), a.owners, a.target.due, a.status.state])).toEqual([
      ['Send the cleaned son', ['Marek'], '2031-03-14', 'in-progress'],
      ['Review the draft rep', ['Ines', 'Tove'], '2031-03-28', 'complete'],
      // A line of the discussion between the action and its "Who:" ends the action's fields: no owner is read.
      ['Book the boat for th', [], null, 'unknown'],
    ])
  })

  it('reads no fields from lines whose label names none ("Note: …")', () => {
    const noted = page.map((row) => [row[0]!.replace(/^Who:/, 'Note:').replace(/^When:/, 'Venue:')])
    const rows = readOwnerLedActionItems(noted)?.rows ?? []
    expect(rows.flat().some((cell) => cell === 'Marek')).toBe(false)
  })
})
