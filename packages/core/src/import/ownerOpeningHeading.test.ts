import { describe, expect, it } from 'vitest'
import { ownerOpeningHeading } from './ownerOpeningHeading'
import { tableToPlan } from './tableToPlan'

describe('ownerOpeningHeading: a report title that opens with the body it audited', () => {
  it.each<[string, string | null]>([
    ['Board of Public Works: Its Grants Lacked Oversight (2022-07)', 'Board of Public Works'],
    ['Harbour Transport Agency: Ferry Repairs Fell Behind', 'Harbour Transport Agency'],
    ['Ministry for Rural Affairs: Water Permits Were Issued Late', 'Ministry for Rural Affairs'],
    ['Executive Summary: what we found', null],
    ['Phase Two: build the archive', null],
    ['Lead: Estates', null],
    ['Housing Agency:', null],
    ['3. Harbour Transport Agency: publish the timetable', null],
    ['The agency said: we will do it', null],
    ['We asked the Housing Agency: will it publish?', null],
  ])('%s', (line, want) => {
    expect(ownerOpeningHeading(line)).toBe(want)
  })
})

describe('an audit follow-up table grouped under each report title', () => {
  it('gives each recommendation the body its report title opens with', () => {
    const { plan } = tableToPlan([
      ['Outstanding recommendations', '', '', ''],
      ['', '', 'Auditor view', ''],
      ['Report', 'Recommendation', '# Months', 'Expected'],
      ['TRANSPORT AND WORKS', '', '', ''],
      ['Harbour Transport Agency', '', '', ''],
      ['Harbour Transport Agency: Ferry Repairs Fell Behind 2021-33', '', '', ''],
      ['', '2. To cut delays, the agency should publish a repair schedule each quarter.', '14', 'March 2027'],
      ['', '5. The agency should audit its spare parts stock every year.', '14', 'June 2027'],
      ['Board of Public Works: Its Grants Lacked Oversight 2022-07', '', '', ''],
      ['', '1. The board should check each grant against its stated purpose.', '9', 'May 2027'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 16), a.owners, a.target.due])).toEqual([
      ['2', 'To cut delays, t', ['Harbour Transport Agency'], '2027-03-31'],
      ['5', 'The agency shoul', ['Harbour Transport Agency'], '2027-06-30'],
      ['1', 'The board should', ['Board of Public Works'], '2027-05-31'],
    ])
  })
})
