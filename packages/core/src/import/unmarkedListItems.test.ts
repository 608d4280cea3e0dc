import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('unmarkedListItems: items below a list that lost their bullets', () => {
  const rows = [
    ['Technical staff aims'],
    ['Our aims for the next three years are:'],
    ['- To run a skills audit of every technical team'],
    ['- To fund two apprenticeships a year'],
    [
      'To open a technician common room (shared with research staff) To name a technician lead in every school',
    ],
    ['These aims are reviewed each year by the steering group.'],
  ]

  it('reads a line opening like every item above it as items, cut where the shared word starts another', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'To run a skills audit of every technical team',
      'To fund two apprenticeships a year',
      'To open a technician common room (shared with research staff)',
      'To name a technician lead in every school',
    ])
  })

  it('leaves a line that opens differently to be what it was', () => {
    const { plan } = tableToPlan([
      ['Technical staff aims'],
      ['Our aims for the next three years are:'],
      ['- To run a skills audit of every technical team'],
      ['- To fund two apprenticeships a year'],
      ['Progress on these aims is reported to the steering group'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'To run a skills audit of every technical team',
      'To fund two apprenticeships a year',
    ])
  })
})
