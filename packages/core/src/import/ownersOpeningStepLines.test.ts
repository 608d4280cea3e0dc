import { describe, expect, it } from 'vitest'
import { ownersOpeningStepLines } from './ownersOpeningStepLines'
import { tableToPlan } from './tableToPlan'

const header = ['What', 'When', 'Actions']

describe('ownersOpeningStepLines', () => {
  it('gives each action the initials its steps open with, when three or more actions write steps so', () => {
    const { plan, issues } = tableToPlan([
      header,
      ['Replace the lab printer', 'March 2031', 'KM + RB examine the quotes\nGH to order the toner'],
      ['Move the seminar booking form', 'April 2031', 'PB/RM check the room list'],
      ['Archive the old course pages', 'May 2031', 'SOC (TW) draft a notice for tutors'],
      ['Survey the reading rooms', 'June 2031', 'TL'],
      ['Refresh the induction slides', 'July 2031', 'Slides are out of date'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['KM', 'RB', 'GH'],
      ['PB', 'RM'],
      ['SOC (TW)'],
      ['TL'],
      [],
    ])
    expect(issues.filter((issue) => issue.code === 'owners-opening-steps')).toHaveLength(4)
  })

  it('names no owner from two such actions, nor from sentences about an acronym', () => {
    const { plan } = tableToPlan([
      header,
      ['Replace the lab printer', 'March 2031', 'KM + RB examine the quotes'],
      ['Move the seminar booking form', 'April 2031', 'PB/RM check the room list'],
      ['Archive the old course pages', 'May 2031', 'IT services are moving them'],
      ['Survey the reading rooms', 'June 2031', 'TL'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([[], [], [], []])
  })

  it('reads ten thousand actions of long steps', () => {
    const { plan } = tableToPlan([
      header,
      ['Replace the lab printer', 'March 2031', 'KM + RB examine the quotes'],
    ])
    const steps = `${'AB + CD review the item and its notes\nEF to file it\n'.repeat(3)}${'GH '.repeat(30)}`
    const actions = Array.from({ length: 10_000 }, () => ({
      ...plan.actions[0]!,
      owners: [],
      description: steps,
    }))
    ownersOpeningStepLines(actions, [])
    expect(actions[9_999]?.owners).toEqual(['AB', 'CD', 'EF'])
  })
})
