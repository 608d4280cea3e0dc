import { describe, expect, it } from 'vitest'
import { readReportSectionLists } from './readReportSectionLists'
import { tableToPlan } from './tableToPlan'

describe('readReportSectionLists: a monthly report whose sections each hold a numbered list', () => {
  const page = [
    ['Outreach/Report-2031-03'],
    ['Outreach report for 2031-03-12'],
    ['Issues / Blockers'],
    ['None'],
    ['Continued Activities'],
    ['1. Finding more writers for the newsletter.'],
    ['Two issues were written by new volunteers this month.'],
    ['2. Members directory page'],
    ['Ana Diaz'],
    ['Posted 4 March: https://example.org/directory'],
    ['New Activities'],
    ['1. Spring meetup announcement.'],
    ['Tom Reid sent the notice to the mailing list on 6 March.'],
    ['Planned for Next Month'],
    ['1. Lena Ward is writing a guide to the new site.'],
    ['2. A post on the summer school.'],
    ['Tabled Activities'],
    ['1. Survey of past speakers'],
    ['We could not agree who would send it.'],
  ]

  it('reads each numbered item as an action: its owner, its state and the month it is planned for', () => {
    const { plan } = tableToPlan(page)
    expect(
      plan.actions.map((a) => [a.ref, a.title.slice(0, 30), a.owners, a.status.state, a.target.due]),
    ).toEqual([
      ['1', 'Finding more writers for the n', [], 'unknown', null],
      ['2', 'Members directory page', ['Ana Diaz'], 'complete', null],
      ['1', 'Spring meetup announcement.', ['Tom Reid'], 'complete', null],
      ['1', 'Lena Ward is writing a guide t', ['Lena Ward'], 'unknown', '2031-04-30'],
      ['2', 'A post on the summer school.', [], 'unknown', '2031-04-30'],
      ['1', 'Survey of past speakers', [], 'on-hold', null],
    ])
  })

  it.each([
    ['one section only', (rows: string[][]) => rows.slice(0, 10)],
    [
      'bare lists under the headings',
      (rows: string[][]) => rows.filter((row) => /^\d\.|\b(?:Activities|Month)$/.test(row[0]!)),
    ],
    [
      'a list whose numbers do not run on',
      (rows: string[][]) => rows.map((row) => [row[0]!.replace('2. A post', '4. A post')]),
    ],
  ])('reads no report with %s', (_label, edit) => {
    expect(readReportSectionLists(edit(page))).toBeNull()
  })
})
