import { describe, expect, it } from 'vitest'
import { ownerThenProgress } from './ownerThenProgress'
import { tableToPlan } from './tableToPlan'

describe('ownerThenProgress', () => {
  it.each([
    ['Owner and progress', 'Sam Patel – Complete: paper circulated in May', 'Sam Patel', 'complete'],
    ['Lead / update', 'Head of Estates\nOngoing - survey booked', 'Head of Estates', 'ongoing'],
    [
      'Responsible officer & status',
      'Jo Reid\n\nPart complete – draft shared\n\nFinal due in June',
      'Jo Reid',
      'in-progress',
    ],
  ])('%s: %s', (header, cell, owners, state) => {
    const read = ownerThenProgress(header, cell)
    expect(read?.owners).toBe(owners)
    expect(read?.status.state).toBe(state)
  })

  it.each([
    ['Owner', 'Sam Patel – Complete'],
    ['Owner and progress', 'Sam Patel'],
    ['Owner and progress', 'The committee agreed in May. – Complete'],
    ['Owner and progress', 'Sam Patel – the auditors write in June'],
  ])('%s: %s reads nothing', (header, cell) => {
    expect(ownerThenProgress(header, cell)).toBeNull()
  })

  it('splits an actions-arising log into owner and status', () => {
    const { plan } = tableToPlan([
      ['Actions arising from the Council meeting of 4 March'],
      ['Ref', 'Action', 'Due', 'Owner and progress to date'],
      [
        '1',
        'Director of Finance to report on the catering contract',
        'June 2025',
        'Amir Khan – Complete: report given in May',
      ],
      [
        '2',
        'Registrar to review the appeals process',
        'July 2025',
        'Lucy Ward\n\nOngoing - panel meets in June',
      ],
    ])
    expect(plan.actions.map((action) => [action.owners, action.status.state])).toEqual([
      [['Amir Khan'], 'complete'],
      [['Lucy Ward'], 'ongoing'],
    ])
  })
})
