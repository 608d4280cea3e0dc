import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a theme a row beside its lettered milestones stacked in one cell', () => {
  it('is the action, numbered by the ref beside it, with the milestones kept', () => {
    const { plan } = tableToPlan([
      ['Programme theme', 'Ref', 'Key Milestones', 'End date', 'Lead Officer'],
      [
        'Modernise the library service',
        '1',
        'a)Consult users on opening hours\nb)Agree a new staffing model\nc)Open the first self-service branch',
        '30 Jun 2031\n30 Sep 2031\n31 Mar 2032',
        'Head of Libraries',
      ],
      [
        'Cut the council’s carbon footprint',
        '2',
        'a)Fit solar panels on three depots\nb)Replace the fleet’s diesel vans',
        '31 Dec 2031\n31 Jan 2032',
        'Energy Manager',
      ],
      [
        'Improve the repairs service',
        '3',
        'a)Publish repair response times\nb)Train call handlers\nc)Survey tenants after each repair',
        '31 Oct 2031\n30 Nov 2031\n28 Feb 2032',
        'Housing Director',
      ],
    ])
    expect(plan.actions.map((action) => [action.ref, action.title, action.owners])).toEqual([
      ['1', 'Modernise the library service', ['Head of Libraries']],
      ['2', 'Cut the council’s carbon footprint', ['Energy Manager']],
      ['3', 'Improve the repairs service', ['Housing Director']],
    ])
    expect(plan.actions.map((action) => action.target.due)).toEqual([
      '2032-03-31',
      '2032-01-31',
      '2032-02-28',
    ])
    expect(plan.actions[0]?.successMeasures.join(' ')).toContain('Agree a new staffing model')
  })
})
