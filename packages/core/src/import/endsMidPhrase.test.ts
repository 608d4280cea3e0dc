import { describe, expect, it } from 'vitest'
import { endsMidPhrase } from './endsMidPhrase'
import { readRoadmapStages } from './readRoadmapStages'

describe('endsMidPhrase', () => {
  it.each([
    ['Agree a charter for visiting researchers and', true],
    ['Publish the guidance in line with the', true],
    ['Agree a charter for visiting researchers', false],
    ['Run the pilot in Term 2', false],
  ])('%s → %s', (text, cut) => {
    expect(endsMidPhrase(text)).toBe(cut)
  })
})

describe('readRoadmapStages: an item wrapped onto two bullets', () => {
  it('reads the second bullet as the rest of the item it finishes', () => {
    const read = readRoadmapStages([
      ['Our library roadmap'],
      ['Completed:'],
      ['- Open the reading room on Sundays'],
      ['- Agree a charter for visiting readers and'],
      ['- Researchers from partner universities'],
      ['In progress:'],
      ['- Replace the self-issue machines'],
    ])
    expect(read?.rows.slice(1).map((row) => row.slice(0, 2))).toEqual([
      ['Action', 'Status'],
      ['Open the reading room on Sundays', 'Complete'],
      ['Agree a charter for visiting readers and Researchers from partner universities', 'Complete'],
      ['Replace the self-issue machines', 'In progress'],
    ])
  })
})
