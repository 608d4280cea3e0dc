import { describe, expect, it } from 'vitest'
import { readNumberedListsUnderHeadings } from './readNumberedListsUnderHeadings'
import { tableToPlan } from './tableToPlan'

// A museum's access plan as a web page: numbered themes, each over a dated list and a second list numbered afresh.
const page = [
  ['Access plan for our galleries'],
  ['We set out what we will change, theme by theme.'],
  ['Theme 1'],
  ['Easier visits'],
  ['Changes for 2030-2031'],
  ['1. Add seating to every gallery.'],
  ['2. Print large-type labels for the main hall.'],
  ['Ideas we are still exploring'],
  ['1. Trial quiet mornings once a month.'],
  ['Theme 2'],
  ['Better information'],
  ['Changes for 2030-2031'],
  ['1. Publish an access guide on the website.'],
  ['2. Train front-of-house staff in BSL greetings.'],
]

describe('readNumberedListsUnderHeadings', () => {
  it('cites each item by its heading number and its own, dated by the label above its list', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 20), a.target.due])).toEqual([
      ['1.1', 'Add seating to every', '2031-12-31'],
      ['1.2', 'Print large-type lab', '2031-12-31'],
      [null, 'Trial quiet mornings', null],
      ['2.1', 'Publish an access gu', '2031-12-31'],
      ['2.2', 'Train front-of-house', '2031-12-31'],
    ])
  })

  it('keeps each heading’s name as the section of its items, and the lines above the first heading as the title', () => {
    const read = readNumberedListsUnderHeadings(page)
    expect(read?.rows.slice(0, read.headerRow - 1)).toEqual(page.slice(0, 2))
    const { plan } = tableToPlan(page)
    expect(plan.title).toBe('Access plan for our galleries')
    expect(plan.actions[0]?.section).toContain('Easier visits')
  })

  it('is not this layout with a single heading, or without numbered items under the headings', () => {
    expect(readNumberedListsUnderHeadings(page.slice(0, 9))).toBeNull()
    expect(
      readNumberedListsUnderHeadings([['Theme 1'], ['Some prose here.'], ['Theme 2'], ['More prose.']]),
    ).toBeNull()
  })
})
