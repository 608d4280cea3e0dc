import { describe, expect, it } from 'vitest'
import { issueNumberAtEnd, readIssueNumberedItems } from './readIssueNumberedItems'
import { tableToPlan } from './tableToPlan'

describe('readIssueNumberedItems: a meeting review of tracker issues, each bullet ending in its number', () => {
  const rows = [
    ['Steering group call 2031-02-04'],
    ['example-org/steering'],
    ['* Refresh the contributor guide #412'],
    ['  * draft shared in the channel, comments by Friday'],
    ['  * Done'],
    ['* Move the docs site to the new host #398'],
    ['   * Blocked on the DNS change'],
    ['* Who should chair the spring summit? #377'],
    ['* Publish the yearly report #365'],
    ['* second draft circulated to the members'],
  ]

  it('reads each numbered bullet as an action, its number the ref, the bullets beneath it its updates', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['#412', 'Refresh the contributor guide'],
      ['#398', 'Move the docs site to the new host'],
      ['#377', 'Who should chair the spring summit?'],
      ['#365', 'Publish the yearly report'],
    ])
    expect(plan.actions[0]?.status.state).toBe('complete')
    expect(plan.title).toBe('Steering group call 2031-02-04')
  })

  it('keeps the updates, and an unnumbered bullet after an item is one more update on it', () => {
    const flat = readIssueNumberedItems(rows)
    expect(flat?.rows.at(-1)).toEqual([
      'Publish the yearly report',
      '#365',
      '',
      'second draft circulated to the members',
    ])
    expect(flat?.rows[3]?.[3]).toBe('draft shared in the channel, comments by Friday\nDone')
  })

  it('needs three numbered bullets, and half the top-level bullets numbered', () => {
    expect(
      readIssueNumberedItems([
        ['Call'],
        ['* Refresh the guide #412'],
        ['* Move the site #398'],
        ['* Tidy the wiki'],
      ]),
    ).toBeNull()
    expect(
      readIssueNumberedItems([
        ['Call'],
        ['* Refresh the guide #412'],
        ['* Move the site'],
        ['* Tidy the wiki'],
        ['* Book the room'],
        ['* Order the food'],
        ['* Send the agenda #398'],
        ['* Print the badges #401'],
      ]),
    ).toBeNull()
  })

  it.each([
    ['Publish the report #12', { text: 'Publish the report', ref: '#12' }],
    ['Publish the report (#12).', { text: 'Publish the report', ref: '#12' }],
    ['Publish the report #12 soon', null],
    ['#12', null],
    ['Publish report 12', null],
  ])('issueNumberAtEnd(%j)', (text, expected) => {
    expect(issueNumberAtEnd(text)).toEqual(expected)
  })

  it('reads a long page, and a line built to make a regex backtrack', () => {
    const page = [['Call']]
    for (let i = 0; i < 2_000; i++)
      page.push([`* Review the pull request queue for area ${i} #${i + 1}`], ['  * Done'])
    page.push([`* ${' #1'.repeat(700)} x`])
    const flat = readIssueNumberedItems(page)
    expect(flat?.rows.length).toBe(2_002)
  })
})
