import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('readTableBody: an action over two step rows, each step with its own lead', () => {
  const rows = [
    ['Action', 'Steps', 'Lead', 'When'],
    [
      'Set up a technician mentoring scheme',
      'Survey interest among technicians',
      'Workshop manager',
      'May 2025',
    ],
    ['', 'Train the first ten mentors', 'Staff development team', ''],
    ['Publish technical career paths', 'Draft the paths with the unions', 'HR partner', 'June 2025'],
    ['', 'Publish them on the intranet', 'As above', ''],
    ['Review the technical job families', 'Compare the families with', 'Head of', 'July 2025'],
    ['', 'the national framework', 'Technical Services', ''],
  ]

  it('keeps each step lead as an owner of its own, drops a ditto, and joins a lead split mid-phrase', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Set up a technician mentoring scheme', ['Workshop manager', 'Staff development team']],
      ['Publish technical career paths', ['HR partner']],
      ['Review the technical job families', ['Head of Technical Services']],
    ])
  })
})
