import { describe, expect, it } from 'vitest'
import { readHeadedSentences } from './readHeadedSentences'
import { tableToPlan } from './tableToPlan'

// A news page about a technical services plan: context, a lead-in, then each action a heading over one sentence.
const page = [
  ['Technical services plan published'],
  ['Why a plan'],
  ['The plan grew out of a year of listening to technical staff across all four faculties.'],
  ['Our four actions'],
  ['The four actions the plan commits us to are as follows.'],
  ['Careers map'],
  ['Publish a map of every technical role and grade on the staff pages by July 2026.'],
  ['Training fund'],
  ['Fund two days of training a year for each technician from 2025.'],
  ['Technical showcase'],
  ['Hold a showcase of technical work in the main atrium every June.'],
  ['Named credit'],
  ['Name the technicians who supported each project in its outputs.'],
]

describe('heading lines over one sentence each, below a lead-in', () => {
  it('reads each heading as an action, the sentence under it its description', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.description])).toEqual([
      ['Careers map', 'Publish a map of every technical role and grade on the staff pages by July 2026.'],
      ['Training fund', 'Fund two days of training a year for each technician from 2025.'],
      ['Technical showcase', 'Hold a showcase of technical work in the main atrium every June.'],
      ['Named credit', 'Name the technicians who supported each project in its outputs.'],
    ])
    expect(plan.actions[0]?.target.due).toBe('2026-07-31')
  })

  it('needs the lead-in and three pairs', () => {
    expect(readHeadedSentences(page.filter((row) => !row[0]!.endsWith('as follows.')))).toBeNull()
    expect(readHeadedSentences(page.slice(0, 9))).toBeNull()
  })
})

describe('readHeadedSentences: short instructions over longer paragraphs, no lead-in', () => {
  const page = [
    ['What comes next'],
    ['Tidy the list of shared folders.'],
    ['Many folders were made by hand over the years, so names repeat and some owners have left the college.'],
    ['Buy a booking tool for the labs'],
    ['Staff book rooms by e-mail today, which leads to double bookings and lost requests each term.'],
    ['Train the new technicians by March 2031.'],
    ['We expect four new starters in the spring and each will need a week with a mentor.'],
  ]

  it('reads each instruction as an action, the paragraph under it as its description', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.description?.slice(0, 20), a.target.due])).toEqual([
      ['Tidy the list of shared folders.', 'Many folders were ma', null],
      ['Buy a booking tool for the labs', 'Staff book rooms by ', null],
      ['Train the new technicians by March 2031.', 'We expect four new s', '2031-03-31'],
    ])
  })

  it('leaves a page whose short lines are not instructions to other readers', () => {
    const themes = page.map((row, i) => (i % 2 === 1 ? [`Theme number ${i}`] : row))
    expect(readHeadedSentences(themes)).toBeNull()
  })

  it('leaves a page whose pairs stop before its end', () => {
    expect(
      readHeadedSentences([...page, ['The rooms are listed in the appendix, floor by floor.']]),
    ).toBeNull()
  })
})
