import { describe, expect, it } from 'vitest'
import { readTasksUnderNumberedMilestones } from './readTasksUnderNumberedMilestones'
import { tableToPlan } from './tableToPlan'

describe('tasks listed under numbered milestone headings', () => {
  const rows = [
    ['Allotment app: delivery plan'],
    ['Sprint 1 ( Done )'],
    ['~~Sketch the plot map~~'],
    ['~~Interview six plot holders~~'],
    ['1c - Pick a hosting provider'],
    ['Sprint 2 ( Under way )'],
    ['Three weeks starting May 4'],
    ['Goal: holders can book a water butt online'],
    ['~~Build the booking form~~'],
    ['2b - Send a reminder by text'],
    ['2c - Show the rota on the notice page'],
    ['1 week retrospective'],
    ['Sprint 3'],
    ['Review the privacy notice'],
    ['3b - Load test the booking form'],
    ['“Many hands make light work.”'],
  ]

  it('reads each line under a sprint as a task, crossed-off ones done, refs only where written', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.status.state])).toEqual([
      [null, 'Sketch the plot map', 'complete'],
      [null, 'Interview six plot holders', 'complete'],
      ['1c', 'Pick a hosting provider', 'unknown'],
      [null, 'Build the booking form', 'complete'],
      ['2b', 'Send a reminder by text', 'unknown'],
      ['2c', 'Show the rota on the notice page', 'unknown'],
      [null, 'Review the privacy notice', 'unknown'],
      ['3b', 'Load test the booking form', 'unknown'],
    ])
  })

  it('leaves numbered milestones over unmarked prose to other readers', () => {
    const prose = [
      ['Progress report'],
      ['Milestone 1'],
      ['Agree the survey questions with the panel'],
      ['Progress: Completed'],
      ['Milestone 2'],
      ['Run the survey in three towns'],
      ['Progress: Underway'],
    ]
    expect(readTasksUnderNumberedMilestones(prose)).toBeNull()
    // Headings of two kinds, or numbered downwards, are not one plan's stages.
    expect(
      readTasksUnderNumberedMilestones(rows.map((row) => (row[0] === 'Sprint 3' ? ['Phase 3'] : row))),
    ).toBeNull()
    expect(
      readTasksUnderNumberedMilestones(rows.map((row) => (row[0] === 'Sprint 3' ? ['Sprint 1'] : row))),
    ).toBeNull()
  })
})
