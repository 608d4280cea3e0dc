import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a column rating each row on a scale ("Urgency", "Importance") is not the refs', () => {
  const board = (first: string) => [
    ['Volunteer work list'],
    [first, 'Area', 'Tasks', 'Team'],
    ['2', 'Outreach', '• Print posters for the library\n• Ask the school to share the flyer', 'Comms team'],
    ['1', 'Outreach', '• Set up a stall at the spring market', 'Events team'],
    ['3', 'Funding', '• Apply to the council’s small-grants fund', 'Treasurer'],
  ]

  it.each([['Urgency 0-high 5-low'], ['Importance'], ['Severity']])(
    'keeps "%s" out of the refs and reads each bullet as an action',
    (header) => {
      const { plan } = tableToPlan(board(header))
      expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
        [null, 'Print posters for the library'],
        [null, 'Ask the school to share the flyer'],
        [null, 'Set up a stall at the spring market'],
        [null, 'Apply to the council’s small-grants fund'],
      ])
    },
  )

  it('still reads an unnamed column of numbers left of the tasks as the refs', () => {
    const { plan } = tableToPlan(board('No.'))
    expect(plan.actions.map((a) => a.ref)).not.toEqual([null, null, null, null])
  })
})
