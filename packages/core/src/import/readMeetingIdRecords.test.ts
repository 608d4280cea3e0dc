import { describe, expect, it } from 'vitest'
import { readMeetingIdRecords } from './readMeetingIdRecords'
import { tableToPlan } from './tableToPlan'

const log = [
  'Harbour users group, minutes of 14 May 2031',
  'Present',
  'Port office - Ana Ruiz, Tom Hale',
  'Open actions',
  '20310402-1',
  'Survey the pontoon moorings and list those needing',
  'new chains before the summer.',
  'Harbour master.',
  'Pending',
  '20310402-2',
  'Ask the council whether the slipway fees can be frozen.',
  'Tom',
  'The council replied in April.',
  'Fees stay as they are this year.',
  'Closed.',
  '20310514-1',
  'Print the new tide tables for the notice board',
  'Ana, Tom.',
  'Done',
].map((line) => [line])

describe('readMeetingIdRecords: an action log pasted one cell a line, each record under its id', () => {
  it('reads each id as an action: its text the title, its short line the owner, its lone status line the status', () => {
    const { plan } = tableToPlan(log)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.status.state])).toEqual([
      [
        '20310402-1',
        'Survey the pontoon moorings and list those needing new chains before the summer.',
        ['Harbour master'],
        'not-started',
      ],
      ['20310402-2', 'Ask the council whether the slipway fees can be frozen.', ['Tom'], 'complete'],
      ['20310514-1', 'Print the new tide tables for the notice board', ['Ana', 'Tom'], 'complete'],
    ])
  })

  it('leaves pages with fewer than three ids, ids over no owner, and numbers that are no meeting ids', () => {
    expect(readMeetingIdRecords(log.slice(0, 15))).toBeNull()
    // An id whose record names no one on a short line: not this layout.
    expect(
      readMeetingIdRecords(
        [
          'Log',
          '20310402-1',
          'Survey the moorings before the summer and write up what is found there.',
          '20310402-2',
          'Ask the council about the fees and report back at the next meeting.',
          '20310402-3',
          'Print the new tide tables and pin them up at the office.',
        ].map((line) => [line]),
      ),
    ).toBeNull()
    // "0161-496": a phone number's parts; "2031-1": a year and a number.
    expect(
      readMeetingIdRecords(
        ['Contacts', '0161-496', 'Ana', '2031-1', 'Tom', '4960-12', 'Lee'].map((line) => [line]),
      ),
    ).toBeNull()
  })

  it('reads a page of 20,000 ids with no text under them as no layout', () => {
    const page = [['Log'], ...Array.from({ length: 20_000 }, (_, i) => [`20310402-${i % 999}`])]
    expect(readMeetingIdRecords(page)).toBeNull()
  })
})
