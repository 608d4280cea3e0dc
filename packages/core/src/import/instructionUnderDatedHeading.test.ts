import { describe, expect, it } from 'vitest'
import { instructionUnderDatedHeading } from './instructionUnderDatedHeading'
import { tableToPlan } from './tableToPlan'

describe('instructionUnderDatedHeading', () => {
  it.each([
    ['Update the glossary', "Current Sprint (end of May'24)"],
    ['Check licences', 'Next iteration (March 2025)'],
    ['Publish the survey results', 'Spring 2025'],
    ['Closing date for seed orders.', 'Friday March 7'],
    ['Open day at the allotments.', 'Sat 12th April 2031'],
  ])('%s under %s is the first item', (line, heading) => {
    expect(instructionUnderDatedHeading(line, heading)).toBe(true)
  })

  it.each([
    ['Search and filters', 'Spring 2025'],
    ['Update the glossary', 'Documentation'],
    ['Update', "Current Sprint (end of May'24)"],
    ['Review the following:', 'Spring 2025'],
    ['Updating the glossary', 'Spring 2025'],
    ['Closing date for seed orders', 'Friday March 7'],
    ['Closing date for seed orders.', 'Spring 2025'],
    ['Closing date for seed orders.', 'Orders'],
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

  it("reads a schedule of day headings, each over that day's business, the page's year or none", () => {
    const rows = [
      ['Allotment society: key dates'],
      ['The dates below are for members.'],
      ['Friday 7 March 2031'],
      ['Closing date for seed orders.'],
      ['Monday 10 March 2031'],
      ['Seed collection at the hut.'],
      ['Paint the tool shed.'],
      ['Saturday 12 April 2031'],
      ['Open day at the allotments.'],
    ]
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.section, a.target.due])).toEqual([
      ['The dates below are for members.', null, null],
      ['Closing date for seed orders.', 'Friday 7 March 2031', '2031-03-07'],
      ['Seed collection at the hut.', 'Monday 10 March 2031', '2031-03-10'],
      ['Paint the tool shed.', 'Monday 10 March 2031', '2031-03-10'],
      ['Open day at the allotments.', 'Saturday 12 April 2031', '2031-04-12'],
    ])
    const yearless = tableToPlan(rows.map(([line]) => [line!.replace(/ 2031$/, '')])).plan
    expect(yearless.actions.map((a) => a.title).slice(1, 3)).toEqual([
      'Closing date for seed orders.',
      'Seed collection at the hut.',
    ])
  })
})
