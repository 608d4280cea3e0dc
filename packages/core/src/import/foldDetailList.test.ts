import { describe, expect, it } from 'vitest'
import { foldDetailList } from './foldDetailList'
import { ownerHeadNoun } from './ownerHeadNoun'
import { tableToPlan } from './tableToPlan'

describe('foldDetailList: a project row over a labelled dash list', () => {
  const rows = [
    ['Green labs project proposal', '', '', '', ''],
    ['Project & Goal', 'Action Project Leader', 'Projected Completion Date', 'Budget Needed', 'Progress'],
    ['Cut the energy the labs use', 'Sam Okafor', 'TBD', '2026: TBD\n2027: TBD', '30%'],
    ['- Summary of the work:', '', '', '', ''],
    ['- Fit timers on the fume cupboards', '', '', '', ''],
    ['- Switch the freezers to a newer model', '', '', '', ''],
    ['- Team:', '', '', '', ''],
    ['- Ana Ruiz and the lab technicians', '', '', '', ''],
  ]

  it('reads one action: the project, its leader the owner, the list its description', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due, a.status.state])).toEqual([
      ['Cut the energy the labs use', ['Sam Okafor'], null, 'in-progress'],
    ])
    expect(plan.actions[0]?.description?.split('\n')).toEqual([
      'Summary of the work:',
      'Fit timers on the fume cupboards',
      'Switch the freezers to a newer model',
      'Team:',
      'Ana Ruiz and the lab technicians',
    ])
  })

  it('leaves a plain bulleted list of actions alone', () => {
    const list = [
      ['Action', 'Lead', 'When'],
      ['Cut the energy the labs use', 'Sam', 'June 2026'],
      ['- Fit timers on the fume cupboards', '', ''],
      ['- Switch the freezers to a newer model', '', ''],
    ]
    expect(foldDetailList(list)).toBe(list)
  })

  it.each([
    ['action project leader', true],
    ['project lead', true],
    ['action owner', true],
    ['leadership actions', false],
    ['action', false],
  ])('ownerHeadNoun(%s) is %s', (key, want) => {
    expect(ownerHeadNoun(key)).toBe(want)
  })
})

describe('foldDetailList: several projects, each over its own list', () => {
  it('folds each list into the project above it', () => {
    const { plan } = tableToPlan([
      ['Project & Goal', 'Action Project Leader', 'Progress'],
      ['Cut the energy the labs use', 'Sam Okafor', '30%'],
      ['- Summary:', '', ''],
      ['- Fit timers on the fume cupboards', '', ''],
      ['- Team:', '', ''],
      ['Recycle lab plastics', 'Ana Ruiz', '10%'],
      ['- Summary:', '', ''],
      ['- Sort tip boxes by type', '', ''],
      ['- Team:', '', ''],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Cut the energy the labs use', ['Sam Okafor']],
      ['Recycle lab plastics', ['Ana Ruiz']],
    ])
  })
})
