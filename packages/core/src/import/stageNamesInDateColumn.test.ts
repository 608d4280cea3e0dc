import { describe, expect, it } from 'vitest'
import { stageNamesInDateColumn } from './stageNamesInDateColumn'
import { tableToPlan } from './tableToPlan'

/** A name of consonants for each number (no digit, no month): 0 → "b", 21 → "cc". */
const letters = (n: number): string =>
  [...n.toString(20)].map((d) => 'bcdfghjklmnpqrstvwxz'[Number.parseInt(d, 20)]).join('')

describe('stageNamesInDateColumn: a timeline whose date cells run into the stage name', () => {
  const rows = [
    ['Dates', 'Activities'],
    ['March to April 2030 Scoping', 'Walked the site with the architects and agreed the brief.'],
    ['May 2030 - June 2030 Survey of readers, staff', 'Ran a survey and two open evenings.'],
    ['September to October 2030 Draft strategy', 'Trustees agreed a first draft for consultation.'],
    ['January 2031 onwards Delivery', 'Work carried out as money allows.'],
  ]

  it('reads each stage name as the title, its period as the target, the other cell as the description', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.target.due, a.description])).toEqual([
      ['Scoping', '2030-04-30', 'Walked the site with the architects and agreed the brief.'],
      ['Survey of readers, staff', '2030-06-30', 'Ran a survey and two open evenings.'],
      ['Draft strategy', '2030-10-31', 'Trustees agreed a first draft for consultation.'],
      ['Delivery', null, 'Work carried out as money allows.'],
    ])
  })

  it.each([
    ['a note in a date cell', ['June 2030 (revised)', 'July 2030', 'August 2030 Review']],
    ['a status after the date', ['June 2030 Complete', 'July 2030 Underway', 'August 2030 Not started']],
    [
      'a lower-case note after the date',
      ['June 2030 at the latest', 'July 2030 or later', 'May 2030 if funded'],
    ],
    ['a sentence after the date', ['June 2030 Board met. Agreed', 'July 2030 Survey', 'May 2030 Draft']],
    ['only two stages', ['June 2030 Survey', 'July 2030 Draft']],
    ['a name repeated', ['June 2030 Survey', 'July 2030 Survey', 'August 2030 Draft']],
    ['dates alone', ['June 2030', 'July 2030', 'August 2030']],
  ])('leaves the column as dates with %s', (_, cells) => {
    expect(stageNamesInDateColumn(cells)).toBeNull()
  })

  it('keeps the action column as the title when the dates carry no names', () => {
    const { plan } = tableToPlan([
      ['Date', 'Action'],
      ['June 2030', 'Survey the readers'],
      ['July 2030 (revised)', 'Draft the strategy'],
      ['August 2030', 'Adopt the strategy'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Survey the readers',
      'Draft the strategy',
      'Adopt the strategy',
    ])
  })

  it('reads a long column', () => {
    const cells = Array.from(
      { length: 10_000 },
      (_, i) => `March to April ${2030 + (i % 50)} Stage ${letters(i)}`,
    )
    stageNamesInDateColumn(cells.slice(0, 200))
    expect(stageNamesInDateColumn(cells)?.length).toBe(10_000)
  })
})
