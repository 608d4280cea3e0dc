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
