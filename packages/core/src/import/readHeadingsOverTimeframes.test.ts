import { describe, expect, it } from 'vitest'
import { readHeadingsOverTimeframes } from './readHeadingsOverTimeframes'
import { tableToPlan } from './tableToPlan'

// A ramblers' group's plan for the year: workstream headings, each with its timeframe line and topics below.
const roadmap = [
  ['Plan for the year'],
  ['Guidance for path stewards'],
  ['Timeframe: End of May 2031'],
  ['Stiles and gates'],
  ['  Reporting a blocked path'],
  ['  Working with landowners'],
  ['Spring volunteer day'],
  ['Target date: April 2031'],
  ['  Tools and insurance'],
  ['Map of the parish paths'],
  ['Timeframe: December 2031'],
]

describe('workstream headings, each over a line labelling its target', () => {
  it('reads each heading as an action, its labelled line as the target and the lines below as its description', () => {
    const { plan } = tableToPlan(roadmap)
    expect(plan.title).toBe('Plan for the year')
    expect(
      plan.actions.map((a) => ({ title: a.title, due: a.target.due, description: a.description })),
    ).toEqual([
      {
        title: 'Guidance for path stewards',
        due: '2031-05-31',
        description: 'Stiles and gates; Reporting a blocked path; Working with landowners',
      },
      { title: 'Spring volunteer day', due: '2031-04-30', description: 'Tools and insurance' },
      { title: 'Map of the parish paths', due: '2031-12-31', description: null },
    ])
  })

  it('leaves pages with one such heading, or a sentence over the target line, to the other readers', () => {
    expect(readHeadingsOverTimeframes(roadmap.slice(0, 6))).toBeNull()
    const sentence = roadmap.map((row, i) => (i === 6 ? ['Hold a spring volunteer day.'] : row))
    expect(readHeadingsOverTimeframes(sentence)).toBeNull()
  })

  it.each([['Date'], ['When'], ['Meeting date'], ['Date of the meeting']])(
    'leaves a page of meetings, each dated by "%s:" under its heading, to the other readers',
    (label) => {
      const minutes = [
        ['Parish hall committee'],
        ['Spring meeting'],
        [`${label}: 4 March 2031`],
        ['Present: Ana, Ben and Cleo'],
        ['The hall roof was discussed at length.'],
        ['Summer meeting'],
        [`${label}: 3 June 2031`],
        ['The fete was planned.'],
      ]
      expect(readHeadingsOverTimeframes(minutes)).toBeNull()
    },
  )
})
