import { describe, expect, it } from 'vitest'
import { instructionUnderDatedHeading } from './instructionUnderDatedHeading'
import { tableToPlan } from './tableToPlan'

describe('instructionUnderDatedHeading', () => {
  it.each([
    ['Update the glossary', "Current Sprint (end of May'24)"],
    ['Check licences', 'Next iteration (March 2025)'],
    ['Publish the survey results', 'Spring 2025'],
  ])('%s under %s is the first item', (line, heading) => {
    expect(instructionUnderDatedHeading(line, heading)).toBe(true)
  })

  it.each([
    ['Search and filters', 'Spring 2025'],
    ['Update the glossary', 'Documentation'],
    ['Update', "Current Sprint (end of May'24)"],
    ['Review the following:', 'Spring 2025'],
    ['Updating the glossary', 'Spring 2025'],
  ])('%s under %s stays a heading', (line, heading) => {
    expect(instructionUnderDatedHeading(line, heading)).toBe(false)
  })

  it('dates a sprint backlog by its heading, its first line an item, the line about the page left out', () => {
    const { plan } = tableToPlan([
      ['Docs team backlog'],
      ['This is a backlog of the work the docs team has agreed to take on. Raise new items at stand-up.'],
      ["Current Sprint (end of May'24)"],
      ['Update the glossary'],
      ['Move the install guide to the new site and redirect the old pages'],
      ['Check every code sample against the latest release'],
      ['Later'],
    ])
    expect(plan.actions.map((action) => [action.title.slice(0, 20), action.target.due])).toEqual([
      ['Update the glossary', '2024-05-31'],
      ['Move the install gui', '2024-05-31'],
      ['Check every code sam', '2024-05-31'],
    ])
  })
})
