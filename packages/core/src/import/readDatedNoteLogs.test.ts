import { describe, expect, it } from 'vitest'
import { readDatedNoteLogs } from './readDatedNoteLogs'
import { tableToPlan } from './tableToPlan'

describe("a working group's action log, one small table of dated notes per numbered action", () => {
  const rows = [
    ['Metadata working group call, 4 March 2025'],
    ['Open actions'],
    ['57', 'Write the vocabulary mapping guide (Priya)'],
    ['2025-01-14', 'Outline agreed on the call.'],
    ['2025-03-04', 'No progress reported.'],
    ['61', 'Survey members on identifier schemes (Phase 2)'],
    ['2025-02-11', 'Questions drafted.'],
    ['Closed actions'],
    ['49', 'Move the minutes to the new wiki'],
    ['2025-02-11', 'Done by the secretary.'],
  ]

  it('reads each numbered heading as an action, its bracketed person as owner, its dated notes as history', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due, a.status.state])).toEqual([
      ['57', 'Write the vocabulary mapping guide', ['Priya'], null, 'unknown'],
      ['61', 'Survey members on identifier schemes (Phase 2)', [], null, 'unknown'],
      ['49', 'Move the minutes to the new wiki', [], null, 'complete'],
    ])
  })

  it('needs two numbered headings with dated notes under them', () => {
    expect(readDatedNoteLogs(rows.slice(0, 5))).toBeNull()
    expect(
      readDatedNoteLogs([
        ['57', 'Write the guide'],
        ['61', 'Survey the members'],
      ]),
    ).toBeNull()
  })
})
