import { describe, expect, it } from 'vitest'
import { peelPriorityLabel } from './peelPriorityLabel'
import { readPriorityTaggedKeyResults } from './readPriorityTaggedKeyResults'
import { tableToPlan } from './tableToPlan'

describe('objectives under area headings, key results tagged with their priority', () => {
  const page = [
    ['Quarterly objectives'],
    ['Q3 2031'],
    ['Some objectives have no key results yet; we will add them next quarter.'],
    ['Mission:'],
    ['Make maps anyone can edit'],
    ['Company:'],
    ['Hire a second designer'],
    ['Move the office wiki to the new host*'],
    ['Product:'],
    ['Ship offline editing'],
    ['[P0] Sync edits made offline when the app reconnects'],
    ['[P1] Warn before a sync would overwrite newer edits'],
    ['* the host is still to be chosen'],
    ['Community:'],
    ['Grow the forum'],
    ['[P1] Answer every new post within a day'],
  ]

  it('reads the tagged key results and the objectives with none, leaving the mission and the footnote', () => {
    const { plan } = tableToPlan(page)
    expect(
      plan.actions.map((a) => [a.title, a.section, a.target.due, a.owners, a.extra.map((e) => e.value)]),
    ).toEqual([
      ['Hire a second designer', 'Company', '2031-09-30', [], []],
      ['Move the office wiki to the new host*', 'Company', '2031-09-30', [], []],
      ['Sync edits made offline when the app reconnects', 'Ship offline editing', '2031-09-30', [], ['P0']],
      ['Warn before a sync would overwrite newer edits', 'Ship offline editing', '2031-09-30', [], ['P1']],
      ['Answer every new post within a day', 'Grow the forum', '2031-09-30', [], ['P1']],
    ])
  })

  it('dates the key results by a line that is a period, never by a date stamp or a draft number', () => {
    const targets = (top: string[][]) => {
      const read = readPriorityTaggedKeyResults([...top, ...page.slice(3)])?.rows ?? []
      return new Set(read.slice(read.findIndex((row) => row[0] === 'Action') + 1).map((row) => row[2]))
    }
    expect(targets([['Quarterly objectives'], ['Edited 2031-05-12']])).toEqual(new Set(['']))
    expect(targets([['Quarterly objectives'], ['Draft v2 2031']])).toEqual(new Set(['']))
    expect(targets([['Edited 2031-05-12'], ['Q3 2031']])).toEqual(new Set(['Q3 2031']))
    expect(targets([['OKRs Q3 2031']])).toEqual(new Set(['OKRs Q3 2031']))
  })

  it('leaves a page without area headings to the other readers', () => {
    expect(readPriorityTaggedKeyResults(page.filter((row) => !row[0]!.endsWith(':')))).toBeNull()
    expect(readPriorityTaggedKeyResults(page.slice(0, 12))).toBeNull()
  })

  it('peels a priority opening the item, and never reads it as an owner in brackets', () => {
    expect(peelPriorityLabel('[P0] Plan the blog schedule')).toEqual({
      priority: 'P0',
      owners: [],
      rest: 'Plan the blog schedule',
    })
    expect(peelPriorityLabel('[P0]')).toBeNull()
    const { plan } = tableToPlan([
      ['Team goals'],
      ['[P0] Publish the API reference'],
      ['[P1] Add a search box to every page'],
      ['[P2] Write a style guide'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Publish the API reference', []],
      ['Add a search box to every page', []],
      ['Write a style guide', []],
    ])
  })
})
