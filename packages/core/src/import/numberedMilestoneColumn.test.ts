import { describe, expect, it } from 'vitest'
import { numberedMilestoneColumn } from './numberedMilestoneColumn'
import { tableToPlan } from './tableToPlan'

describe('numbered milestones under a "Milestone" header, with no action column', () => {
  const rows = [
    ['Open Data Programme: 2026 Plan'],
    ['Action 3: Shared data catalogue'],
    ['Milestone', 'Measurement', 'Reporting Mechanism', 'Target Date', 'Responsible Party'],
    [
      '3.1 Publish a draft catalogue schema for agencies to comment on',
      'Completion',
      'Catalogue site',
      'March 31, 2026',
      'Data Council',
    ],
    [
      '3.2 Load every agency inventory into the shared catalogue',
      'Completion',
      'Progress tracker',
      'June 30, 2026',
      'Catalogue Office',
    ],
    ['Action 4: Data skills'],
    ['Milestone', 'Measurement', 'Reporting Mechanism', 'Target Date', 'Responsible Party'],
    [
      '4.1 Run a pilot course in data literacy for policy staff',
      'Number of learners',
      'Progress tracker',
      'September 30, 2026',
      'Skills Board',
    ],
  ]

  it('reads the numbered milestones as the actions, and each action heading over its table as a section', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 24), a.owners, a.target.due])).toEqual([
      ['3.1', 'Publish a draft catalogu', ['Data Council'], '2026-03-31'],
      ['3.2', 'Load every agency invent', ['Catalogue Office'], '2026-06-30'],
      ['4.1', 'Run a pilot course in da', ['Skills Board'], '2026-09-30'],
    ])
    expect(plan.actions[2]?.section).toBe('Data skills')
  })

  it('leaves a measures column of a few words, or one that is not the wordiest, as it was read', () => {
    const fields = new Map([['successMeasures', 0]] as const)
    expect(numberedMilestoneColumn(fields, [{ filled: 3, listed: 1, averageWords: 3 }])).toBeNull()
    expect(
      numberedMilestoneColumn(fields, [
        { filled: 3, listed: 1, averageWords: 7 },
        { filled: 3, listed: 0, averageWords: 12 },
      ]),
    ).toBeNull()
  })
})
