import { describe, expect, it } from 'vitest'
import { ownerGroupHeading } from './ownerGroupHeading'
import { tableToPlan } from './tableToPlan'

describe('a heading that only lists owners owns the actions below it', () => {
  it('reads lists of roles and bodies, not lists of themes, titles or colour keys', () => {
    expect(ownerGroupHeading('Executive Board, Faculty Office and Technical Forum')).toEqual([
      'Executive Board',
      'Faculty Office',
      'Technical Forum',
    ])
    expect(ownerGroupHeading('Registrar/HR Services and others')).toEqual(['Registrar', 'HR Services'])
    expect(ownerGroupHeading('Teaching, Research and Enterprise')).toBeNull()
    expect(ownerGroupHeading('Forum Autumn/Winter Update')).toBeNull()
    expect(ownerGroupHeading('DONE/DONE SOON')).toBeNull()
    expect(ownerGroupHeading('• Dean, Faculty Office and Technical Forum')).toBeNull()
  })

  const page = [
    ['Progress by division'],
    ['Executive Board, Faculty Office and Technical Forum'],
    ['• Publish a profile of each technical team. (Spring 2025)'],
    ['• Name a technician on every building committee. (Ongoing)'],
    ['Registrar/HR Services and others'],
    ['• Add a technical route to the promotion criteria.'],
    ['Next steps'],
    ['• Survey the technicians again in 2026.'],
  ].map((line) => [line[0]!])

  it('until the next heading', () => {
    const { plan, explanation } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title.slice(0, 20), a.owners])).toEqual([
      ['Publish a profile of', ['Executive Board', 'Faculty Office', 'Technical Forum']],
      ['Name a technician on', ['Executive Board', 'Faculty Office', 'Technical Forum']],
      ['Add a technical rout', ['Registrar', 'HR Services']],
      ['Survey the technicia', []],
    ])
    expect(explanation.rows.filter((row) => row.kind === 'owner').map((row) => row.row)).toEqual([2, 5])
  })
})
