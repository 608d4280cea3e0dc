import { describe, expect, it } from 'vitest'
import { listsRestatedAsHeadings } from './listsRestatedAsHeadings'
import { listsUnderLeadIns } from './listsUnderLeadIns'
import { tableToPlan } from './tableToPlan'

const lines = (...texts: string[]) => texts.map((text) => [text])

describe('listsRestatedAsHeadings', () => {
  it.each([
    [
      'the same lines come back as headings over their work',
      lines(
        'Library plan',
        'Three areas of work:',
        '1. Widen access to the collections',
        '2. Care for the building',
        '3. Train every member of staff',
        'The work in detail',
        '1. Widen access to the collections',
        '• Open on Sundays in term',
        '2. Care for the building',
        '• Mend the roof over the reading room',
        '3. Train every member of staff',
        '• Run a course on the new catalogue',
      ),
      true,
    ],
    [
      'the headings are the items’ key words',
      lines(
        'We promise our staff three things:',
        '1. We offer fair pay to every technician.',
        '2. We keep open career paths for all.',
        '3. We will listen to staff and act on it.',
        'Fair pay',
        'We will run a pay audit each year.',
        'Open career paths',
        'We will publish the grades and how to move up.',
        'Listen to staff',
        'We will hold a forum each term.',
      ),
      true,
    ],
    [
      'the last section was cut off the page',
      lines(
        'Four areas of work:',
        '- Widen access to the collections',
        '- Care for the building',
        '- Train every member of staff',
        '- Share what we learn',
        'Widen access to the collections',
        'Open on Sundays in term',
        'Care for the building',
        'Mend the roof over the reading room',
        'Train every member of staff',
        'Run a course on the new catalogue',
      ),
      true,
    ],
    [
      'the items, and so the headings, name their areas with a gloss in brackets',
      lines(
        'Two areas of work:',
        '1. Widen access to the collections held in storage (rare books, maps, the photographic archive and the parish records)',
        '2. Care for the building and its grounds (the roof, the reading room windows, the garden wall and the car park)',
        'Widen access to the collections held in storage (rare books, maps, the photographic archive and the parish records)',
        'Open the store to readers on Thursdays',
        'Care for the building and its grounds (the roof, the reading room windows, the garden wall and the car park)',
        'Mend the roof over the reading room',
      ),
      true,
    ],
    [
      'only one item comes back',
      lines(
        'This year we will:',
        '- Open on Sundays in term',
        '- Mend the roof over the reading room',
        '- Run a course on the new catalogue',
        'Open on Sundays in term',
        'Staff rotas were agreed in May.',
      ),
      false,
    ],
    [
      'the lines below are sentences, not headings',
      lines(
        'This year we will:',
        '- Mend the roof',
        '- Paint the hall',
        'Mend the roof.',
        'Paint the hall.',
        'Both are booked.',
      ),
      false,
    ],
  ])('a list is a summary of the page when %s: %s', (_, table, summary) => {
    const found = listsRestatedAsHeadings(listsUnderLeadIns(table, 0), table)
    expect(found.length > 0).toBe(summary)
  })

  it('imports the work under the headings, not the summary', () => {
    const table = lines(
      'We promise our staff three things:',
      '1. We offer fair pay to every technician.',
      '2. We keep open career paths for all.',
      '3. We will listen to staff and act on it.',
      'Fair pay',
      'We will run a pay audit each year.',
      'Open career paths',
      'We will publish the grades and how to move up.',
      'Listen to staff',
      'We will hold a forum each term.',
    )
    const { plan, issues } = tableToPlan(table)
    expect(plan.actions.map((action) => action.title)).toEqual([
      'We will run a pay audit each year.',
      'We will publish the grades and how to move up.',
      'We will hold a forum each term.',
    ])
    expect(issues.filter((issue) => issue.code === 'list-not-actions').map((issue) => issue.row)).toEqual([2])
  })
})
