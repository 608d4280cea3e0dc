import { describe, expect, it } from 'vitest'
import { readIndentedOutline } from './readIndentedOutline'
import { tableToPlan } from './tableToPlan'

const outline = [
  ['Website plan'],
  ['Updated: March 2025'],
  ['Rebuild the help centre'],
  ['Every article moves to the new site.'],
  ['  Search box (done)'],
  ['  Article template (in progress)'],
  ['    headings'],
  ['    call-out panels'],
  ['  Feedback widget'],
  ['Open the developer portal'],
  ['  API reference pages (done)'],
  ['    Needs a review by the platform team'],
  ['  Sandbox keys'],
]

describe('an outline laid out by indents alone', () => {
  it('reads the items indented under each margin heading, their state from brackets, unmarked ones not started', () => {
    const { plan } = tableToPlan(outline)
    expect(plan.title).toBe('Website plan')
    expect(
      plan.actions.map((a) => [a.title, a.status.state, a.section ?? null, a.description ?? '']),
    ).toEqual([
      ['Search box', 'complete', 'Rebuild the help centre', ''],
      ['Article template', 'in-progress', 'Rebuild the help centre', 'headings; call-out panels'],
      ['Feedback widget', 'not-started', 'Rebuild the help centre', ''],
      ['API reference pages', 'complete', 'Open the developer portal', 'Needs a review by the platform team'],
      ['Sandbox keys', 'not-started', 'Open the developer portal', ''],
    ])
  })

  it('needs items closing on their state, and leaves bulleted or unindented pages to other readers', () => {
    const unmarked = outline.map(([line]) => [line!.replace(/ \((?:done|in progress)\)$/, '')])
    expect(readIndentedOutline(unmarked)).toBeNull()
    const bulleted = outline.map(([line]) => [line!.replace(/^ {2}(?=\S)/, '  - ')])
    expect(readIndentedOutline(bulleted)).toBeNull()
    expect(readIndentedOutline([['Plan'], ['Do one thing (done)'], ['Do another (done)']])).toBeNull()
    expect(readIndentedOutline([...outline, ['Owner', 'Date']])).toBeNull()
  })

  it('reads a long outline in one pass', () => {
    const long: string[][] = [['Roadmap']]
    for (let group = 0; group < 1_000; group++) {
      long.push([`Workstream ${group}`])
      for (let item = 0; item < 10; item++)
        long.push([`  Item ${group}.${item}${item % 3 === 0 ? ' (done)' : ''}`])
    }
    expect(readIndentedOutline(long)?.rows.length).toBe(10_002)
  })
})
