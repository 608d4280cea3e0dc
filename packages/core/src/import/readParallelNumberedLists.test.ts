import { describe, expect, it } from 'vitest'
import { readParallelNumberedLists } from './readParallelNumberedLists'
import { tableToPlan } from './tableToPlan'

// A college unit's yearly plan: each goal's actions numbered, then lists numbered in step with them under labels.
const page = [
  ['Museum Services Plan 2031-32'],
  ['1. Visitors'],
  ['Goal A: Reach more school groups.'],
  ['1. Write a teachers’ pack for the spring exhibition.'],
  ['2. Offer free coach travel to two schools a term.'],
  ['Measures of success:'],
  ['1. Pack downloaded by fifty schools.'],
  ['2. Six schools visit by coach.'],
  ['Lead responsibility:'],
  ['1. Learning Officer'],
  ['2. Visitor Services Manager'],
  ['Goal B: Open the archive to researchers.'],
  ['1. Publish the archive catalogue online.'],
  ['Measures of success:'],
  ['1. Catalogue live.'],
  ['Lead responsibility:'],
  ['1. Archivist'],
]

describe('readParallelNumberedLists', () => {
  it('gives each numbered action the owner and measure of the same number in the labelled lists below it', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.successMeasures])).toEqual([
      [
        '1',
        'Write a teachers’ pack for the spring exhibition.',
        ['Learning Officer'],
        ['Pack downloaded by fifty schools.'],
      ],
      [
        '2',
        'Offer free coach travel to two schools a term.',
        ['Visitor Services Manager'],
        ['Six schools visit by coach.'],
      ],
      ['1', 'Publish the archive catalogue online.', ['Archivist'], ['Catalogue live.']],
    ])
    expect(plan.actions[2]?.section).toBe('Goal B: Open the archive to researchers.')
  })

  it('reads nothing when a labelled list does not number as many items as the actions', () => {
    const uneven = page.filter((row) => row[0] !== '2. Visitor Services Manager')
    expect(readParallelNumberedLists(uneven)).toBeNull()
  })

  it('reads nothing when the labelled lists give neither owners nor dates', () => {
    const measuresOnly = page.filter(
      (row) =>
        !/^(?:Lead responsibility:|1\. Learning Officer|2\. Visitor Services Manager|1\. Archivist)$/.test(
          row[0]!,
        ),
    )
    expect(readParallelNumberedLists(measuresOnly)).toBeNull()
  })
})
