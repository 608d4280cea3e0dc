import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'
import { verbLinesAmongItems } from './verbLinesAmongItems'

describe('verbLinesAmongItems: every instruction of a one-column list under an action header is an item', () => {
  const lines = [
    'Continue to monitor the backup job after each release',
    'Investigate using checksums to catch partial copies',
    'Investigate options that would alert the rota when a copy fails overnight',
    'Prevent schema changes from shipping with other changes',
    'Add an extra restore test for the archive bucket in our nightly run',
    'Agree restore times with the service desk and the data owners',
  ]

  it("reads each line of a postmortem's action items as an action", () => {
    const { plan } = tableToPlan([['Backup outage review'], ['Action items'], ...lines.map((line) => [line])])
    expect(plan.actions.map((a) => a.title)).toEqual(lines)
  })

  it('takes no line under a header that does not name the actions, or when too few lines are instructions', () => {
    const rows = [['Notes'], ...lines.map((line) => [line])]
    expect(verbLinesAmongItems(rows, 'Notes', 1, 0, new Set([3, 5]))).toEqual([])
    const mostlyNotes = [
      ['Actions'],
      [lines[0]!],
      [lines[4]!],
      [lines[5]!],
      ['the logs were fine'],
      ['no data lost'],
      ['see the ticket'],
      ['root cause unclear'],
    ]
    expect(verbLinesAmongItems(mostlyNotes, 'Actions', 1, 0, new Set([2, 3]))).toEqual([])
    expect(verbLinesAmongItems(rows, 'Actions', 1, 0, new Set([3, 5]))).toEqual([1, 2, 4, 6])
  })

  it('reads a verb-led line of a list with no header as an item, and keeps a short heading over it a heading', () => {
    const list = [
      'Start a mentoring scheme for new lab staff',
      'Print lab staff stories in the staff newsletter',
      'Run an open day for every school in the area',
      'Offer each apprentice a named careers adviser',
      'Review the workload model with the unions',
    ]
    const plain = tableToPlan(list.map((line) => [line])).plan
    expect(plain.actions.map((a) => a.title)).toEqual(list)
    expect(plain.actions.every((a) => a.section === null)).toBe(true)
    const headed = tableToPlan(['Visibility', ...list].map((line) => [line])).plan
    expect(headed.actions.map((a) => a.title)).toEqual(list)
    expect(headed.actions.every((a) => a.section === 'Visibility')).toBe(true)
    // Without a header, a line that names no object after its verb, or is shorter than every item, stays out.
    const rows = [['Host lab staff stories'], ...list.map((line) => [line])]
    expect(verbLinesAmongItems(rows, '', 0, 0, new Set([1, 3, 4, 5]))).toEqual([2])
  })
})
