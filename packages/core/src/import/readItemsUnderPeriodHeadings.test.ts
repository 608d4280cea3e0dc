import { describe, expect, it } from 'vitest'
import { readItemsUnderPeriodHeadings } from './readItemsUnderPeriodHeadings'
import { tableToPlan } from './tableToPlan'

describe('a planning timeline: steps one a line under a period heading', () => {
  const page = [
    ['Library strategy: how we get there'],
    ['The main stages of writing the new strategy over the academic year.'],
    ['Fall Semester 2031'],
    ['Staff are told of the process at the opening meeting (Aug 27)'],
    ['Students give views on the draft aims (Sep 3-Oct 1)'],
    ['Steering group agrees the themes'],
    [''],
    ['Open sessions with readers'],
    ['Reading week displays (Jan 12)'],
    ['Spring Semester 2032'],
    ['Working groups draft the chapters'],
    ['Board reviews the draft (Mar 30-Apr 2)'],
  ].map((line) => [line[0]!])

  it('reads each line as a step, due on the day its brackets give or by the end of its period', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.target.due, a.section])).toEqual([
      ['Staff are told of the process at the opening meeting (Aug 27)', '2031-08-27', 'Fall Semester 2031'],
      ['Students give views on the draft aims (Sep 3-Oct 1)', '2031-10-01', 'Fall Semester 2031'],
      ['Steering group agrees the themes', '2032-01-31', 'Fall Semester 2031'],
      ['Open sessions with readers', '2032-01-31', 'Fall Semester 2031'],
      ['Reading week displays (Jan 12)', '2032-01-12', 'Fall Semester 2031'],
      ['Working groups draft the chapters', '2032-06-30', 'Spring Semester 2032'],
      ['Board reviews the draft (Mar 30-Apr 2)', '2032-04-02', 'Spring Semester 2032'],
    ])
  })

  it('leaves pages with a paragraph or a labelled line below the heading, or few steps, to the other readers', () => {
    const paragraph = [
      ...page,
      [
        'The board will then publish the strategy and ask every department to write its own plan for the years ahead, with a review each spring and a report to the board every autumn.',
      ],
    ]
    expect(readItemsUnderPeriodHeadings(paragraph)).toBeNull()
    expect(readItemsUnderPeriodHeadings([...page, ['Next steps:']])).toBeNull()
    expect(readItemsUnderPeriodHeadings(page.slice(0, 5))).toBeNull()
    const bulleted = page.map((row, i) => (i > 2 ? [`• ${row[0]}`] : row))
    expect(readItemsUnderPeriodHeadings(bulleted)).toBeNull()
    const quarter = page.map((row, i) => (i === 2 ? ['2031 Q3'] : row))
    expect(readItemsUnderPeriodHeadings(quarter)).toBeNull()
  })

  it('reads a page of ten thousand steps (a megabyte)', () => {
    const long = [
      ['Timeline'],
      ['Autumn 2031'],
      ...Array.from({ length: 10_000 }, (_, i) => [
        `Working group ${i} reports on the east store shelves (Oct ${1 + (i % 28)})`,
      ]),
    ]
    expect(readItemsUnderPeriodHeadings(long)?.rows).toHaveLength(10_002)
  })
})
