import { describe, expect, it } from 'vitest'
import { discussionBesideActionColumn } from './discussionBesideActionColumn'
import { tableToPlan } from './tableToPlan'

const columns = { ref: 0, title: 1, owners: 2 }

describe('discussionBesideActionColumn: numbered minutes whose "Action" margin names who acts', () => {
  const minutes = [
    ['Minutes of the trustees’ meeting, 2 June 2031', '', ''],
    ['', '', 'Action'],
    ['1.0', 'Finance', ''],
    ['1.1', 'The treasurer presented the accounts for the year.', ''],
    ['1.2', 'Trustees asked how the reserves were invested.', ''],
    ['1.3', 'Ines to write to the bank about the new signatories.', 'IR'],
    ['2.0', 'Premises', ''],
    ['2.1', 'The roof of the store leaks again after the storm.', ''],
    ['2.2', 'Owen to get two quotes for the roof repair.', 'OB'],
    ['2.3', 'Trustees to walk round the building before the next meeting.', 'All'],
    ['2.4', 'TM to ask the council whether a grant is open.', ''],
  ]

  it.each([
    ['a minute recording discussion', 3, 'skipped'],
    ['an item heading', 2, 'skipped'],
    ['a minute with someone in the margin', 5, 'kept'],
    ['a minute tasking initials before "to", margin empty', 10, 'tasked'],
  ])('%s', (_, row, want) => {
    const found = discussionBesideActionColumn(minutes, 1, columns)!
    const got = found.rows.has(row) ? 'skipped' : found.owners.has(row) ? 'tasked' : 'kept'
    expect(got).toBe(want)
  })

  it('reads only the minutes with someone named as the actions, and the tasked initials as an owner', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 24), a.owners])).toEqual([
      ['1.3', 'Ines to write to the ban', ['IR']],
      ['2.2', 'Owen to get two quotes f', ['OB']],
      ['2.3', 'Trustees to walk round t', ['All']],
      ['2.4', 'TM to ask the council wh', ['TM']],
    ])
  })

  it('keeps a matter arising that cites an earlier minute or says how its action stands', () => {
    const withReview = [
      ...minutes.slice(0, 2),
      ['1.1', '(4.2) Noticeboard – Now mended. Action complete.', ''],
      ['1.2', 'Kiosk – No further action.', ''],
      ...minutes.slice(2),
    ]
    const found = discussionBesideActionColumn(withReview, 1, columns)!
    expect([found.rows.has(2), found.rows.has(3), found.rows.has(5)]).toEqual([false, false, true])
  })

  it('reads an imperative taking "to" as no one tasked ("Continue to …")', () => {
    const found = discussionBesideActionColumn(
      [...minutes, ['2.5', 'Continue to check the gutters each month.', '']],
      1,
      columns,
    )!
    expect(found.rows.has(11)).toBe(true)
  })

  it.each([
    ['an owners column headed "Lead"', minutes.map((row, i) => (i === 1 ? ['', '', 'Lead'] : row))],
    [
      'a margin naming someone on one row only',
      minutes.map((row, i) => (i === 8 || i === 9 ? [...row.slice(0, 2), ''] : row)),
    ],
    ['minutes not numbered', minutes.map((row, i) => (i > 1 ? ['', ...row.slice(1)] : row))],
    [
      'a register whose margin is filled on most rows',
      minutes.map((row, i) => (i > 1 && row[2] === '' ? [...row.slice(0, 2), 'AB'] : row)),
    ],
  ])('reads nothing for %s', (_, table) => {
    expect(discussionBesideActionColumn(table, 1, columns)).toBeNull()
  })

  it('reads a long page of minutes with an empty margin in one pass', () => {
    const long = [['', '', 'Action']]
    for (let i = 0; i < 5000; i++)
      long.push([`${i % 900}.1`, `${'Trustees noted the report '.repeat(4)}`, i % 3 ? '' : 'AB'])
    const found = discussionBesideActionColumn(long, 0, columns)!
    expect(found.rows.size).toBe(3333)
  })
})

describe('numbered minutes with no header row, beside a margin of initials', () => {
  const minutes = [
    ['Riverside Rowing Club', '', ''],
    ['Committee meeting, 3 May', '', ''],
    ['Present: Ann Cole (AC) – Chair', 'Tom Hale (TH)', ''],
    ['Jo Pike (JP)', 'Raj Das (RD)', ''],
    ['1', 'Boat house', ''],
    ['1.1', 'The roof leaks over the second rack again.', ''],
    ['1.2', 'Quotes are wanted before the summer, and TH to ask two roofers to call.', 'TH'],
    ['2', 'Regatta', ''],
    ['2.1', 'The date is fixed for 12 July. JP to book the marquee and the toilets.', 'JP/RD'],
    ['2.2', 'AC to write to the sponsors.', 'AC'],
    ['2.3', 'Members thought the course was too short last year.', ''],
  ]

  it('reads the minutes with initials in the margin as actions, titled from the initials tasked', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['1.2', 'TH to ask two roofers to call.', ['TH']],
      ['2.1', 'JP to book the marquee and the toilets.', ['JP', 'RD']],
      ['2.2', 'AC to write to the sponsors.', ['AC']],
    ])
    expect(plan.actions[0]!.description).toContain('Quotes are wanted')
  })

  it('reads nothing without a header when the margin holds words, not initials alone', () => {
    const table = minutes.map((row) => (row[2] === '' ? row : [...row.slice(0, 2), 'Done']))
    expect(discussionBesideActionColumn(table, 3, columns, true)).toBeNull()
  })
})
