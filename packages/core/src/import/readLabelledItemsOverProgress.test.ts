import { describe, expect, it } from 'vitest'
import { readColourLegend } from './readColourLegend'
import { readLabelledItemsOverProgress } from './readLabelledItemsOverProgress'
import { tableToPlan } from './tableToPlan'

const report = [
  ['Parks review: progress against the panel recommendations'],
  ['Our traffic-light key:'],
  ['Green denotes done (4);'],
  ['Amber denotes under way (2);'],
  ['Recommendation 1: Open the walled garden to the public at weekends (Green)'],
  ['The garden has opened every Saturday and Sunday since April. Volunteers staff the gate.'],
  ['Recommendation 2: Replace the play equipment at Mill Park (Amber)'],
  ['Tenders were returned in March.'],
  ['Installation is planned for the summer holidays.'],
  ['Recommendation 3: Publish a tree planting map (Friends of the Park)'],
  ['The map is being drawn with the friends group.'],
]

describe('readLabelledItemsOverProgress: "Recommendation N:" lines over their progress paragraphs', () => {
  it('reads each labelled line as an action, its bracketed colour through the page key', () => {
    const { plan } = tableToPlan(report)
    expect(plan.actions.map((action) => [action.ref, action.title, action.status.state])).toEqual([
      ['1', 'Open the walled garden to the public at weekends', 'complete'],
      ['2', 'Replace the play equipment at Mill Park', 'in-progress'],
      ['3', 'Publish a tree planting map (Friends of the Park)', 'unknown'],
    ])
    expect(plan.actions[1]?.notes).toContain('Installation is planned')
  })

  it('reads a key written with "denotes"', () => {
    expect(readColourLegend(['Red denotes not started'])).toEqual(new Map([['red', 'not-started']]))
  })

  it('leaves labelled lines with no prose under them, and labels of mixed words', () => {
    expect(
      readLabelledItemsOverProgress([
        ['Recommendation 1: Open the garden'],
        ['Recommendation 2: Mend the gate'],
      ]),
    ).toBeNull()
    expect(
      readLabelledItemsOverProgress([
        ['Recommendation 1: Open the garden'],
        ['It opened in April.'],
        ['Action 2: Mend the gate'],
        ['The gate was mended.'],
      ]),
    ).toBeNull()
  })
})
