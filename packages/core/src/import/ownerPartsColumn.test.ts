import { describe, expect, it } from 'vitest'
import { ownerPartsColumn } from './ownerPartsColumn'
import { tableToPlan } from './tableToPlan'

describe('ownerPartsColumn', () => {
  it('takes long lists of roles, some parts unknown to the reader, for owner lists', () => {
    expect(
      ownerPartsColumn([
        'Head of Grounds, Director of Visitor Services, Garden Volunteer Wardens',
        'Head of Grounds',
        'Events Officer, friends of the garden',
        'Chair of Trustees\nHead of Grounds\nlocal beekeepers',
      ]),
    ).toMatch(/100%/)
  })

  it('does not take lists of topics, tasks or sentences for owner lists', () => {
    expect(ownerPartsColumn(['Paths, verges and hedges', 'Bins, benches', 'Lighting, signs'])).toBeNull()
    expect(
      ownerPartsColumn([
        'Survey the ponds, then report to the committee on what was found in them',
        'Clear the brambles, mend the gate',
      ]),
    ).toBeNull()
    // Every cell reads whole as an owner list: ownerListColumn's case, not this one.
    expect(ownerPartsColumn(['Head of Grounds', 'Events Officer'])).toBeNull()
  })
})

describe('a table without a header: owners listed as long lists of roles', () => {
  const rows = [
    [
      'Plant a hedge of native shrubs along the north boundary wall',
      'Head of Grounds, Director of Visitor Services, Garden Volunteer Wardens',
      'March 2031',
    ],
    ['Repair the glasshouse roof before the winter frosts', 'Head of Grounds', 'October 2031'],
    [
      'Run a spring open day for the neighbouring schools',
      'Events Officer, Learning Manager, friends of the garden',
      'April 2031',
    ],
    ['Put new labels on every tree in the arboretum', 'Grounds Manager\nlocal volunteers', 'June 2031'],
  ]

  it('reads the column of role lists as the owners', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners.length > 0, a.target.due])).toEqual([
      ['Plant a hedge of native shrubs along the north boundary wall', true, '2031-03-31'],
      ['Repair the glasshouse roof before the winter frosts', true, '2031-10-31'],
      ['Run a spring open day for the neighbouring schools', true, '2031-04-30'],
      ['Put new labels on every tree in the arboretum', true, '2031-06-30'],
    ])
    expect(plan.actions[1]!.owners).toEqual(['Head of Grounds'])
  })

  it('does not read a column of comma-separated topics as the owners', () => {
    const { plan } = tableToPlan(
      rows.map(([title, , due], i) => [
        title!,
        [
          'Hedges, verges, ditches, benches and the old stone footbridge',
          'Glass, gutters, roof lights, doors and the potting shed',
          'Schools, visits, guided walks, talks and the summer fair',
          'Trees, labels, posts, maps and the new visitor leaflets',
        ][i]!,
        due!,
      ]),
    )
    expect(plan.actions.every((a) => a.owners.length === 0)).toBe(true)
  })
})
