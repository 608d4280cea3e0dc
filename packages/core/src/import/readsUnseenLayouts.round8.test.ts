import { describe, expect, it } from 'vitest'
import { parseTargetDate } from '../dates/parseTargetDate'
import { isUnfinishedLead } from './isUnfinishedLead'
import { readNumericDateOrder } from './readNumericDateOrder'
import { tableToPlan } from './tableToPlan'

// Layouts met in the round-7 held-out set once opened for development (round 8), each in a small table of our own.

describe('an objective written once over its deliverables, under a header found by the cells', () => {
  // Title and document-detail rows above the header; the objective's cell is blank on the rows below its first.
  const table = [
    ['Museum Learning Plan 2031-34', '', '', '', ''],
    ['Version', '4', '', '', ''],
    ['Date', 'March 2031', '', '', ''],
    ['Objectives', 'Deliverable and measure of success', 'When', 'Lead', 'Progress'],
    [
      'School visits',
      'Offer a free handling session to every primary school in the county',
      'June ‘32',
      'KB, RT',
      '',
    ],
    [
      '',
      'Train six volunteers to lead the handling sessions on their own',
      'Sept ‘31',
      'RT',
      'Delayed until spring',
    ],
    [
      '',
      'Publish a teachers’ pack of:\n• object photographs\n• activity sheets\n• a reading list',
      'Dec ‘32',
      'KB',
      'Confirmed',
    ],
  ]

  it('reads each deliverable as an action under the objective, with its own date, lead and progress', () => {
    const { plan, explanation } = tableToPlan(table)
    expect(plan.actions.map((a) => [a.title.slice(0, 24), a.owners, a.target.due, a.status.state])).toEqual([
      ['Offer a free handling se', ['KB', 'RT'], '2032-06-30', 'unknown'],
      ['Train six volunteers to ', ['RT'], '2031-09-30', 'in-progress'],
      ['Publish a teachers’ pack', ['KB'], '2032-12-31', 'complete'],
    ])
    expect(plan.actions.every((a) => a.section === 'School visits')).toBe(true)
    expect(explanation.columns.map((c) => c.field)).toEqual([
      'section',
      'title',
      'target',
      'owners',
      'status',
    ])
  })

  it('keeps a lead-in its bullets finish as one action, the bullets its parts', () => {
    const { plan } = tableToPlan(table)
    expect(plan.actions[2]?.title).toContain('Publish a teachers’ pack of:')
    expect(plan.actions[2]?.title).toContain('a reading list')
  })
})

describe('isUnfinishedLead', () => {
  it('tells a lead-in its list finishes from a label naming the list', () => {
    expect(isUnfinishedLead('Publish a teachers’ pack of:')).toBe(true)
    expect(isUnfinishedLead('Guidance covering:')).toBe(true)
    expect(isUnfinishedLead('Induction:')).toBe(false)
    expect(isUnfinishedLead('We will work with schools to:')).toBe(false)
  })

  it('still splits a label over bulleted actions into one action per bullet', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead'],
      ['Induction:\n• Write a welcome guide\n• Pair each starter with a buddy', 'HR'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Write a welcome guide',
      'Pair each starter with a buddy',
    ])
  })
})

describe('a date column written month first, as US plans write it', () => {
  const table = [
    ['Step', 'Who', 'Date'],
    ['Open applications for the summer camp', 'Office', '3/2/2031'],
    ['Shortlist the applicants', 'Panel', '4/18/2031'],
    ['Send the offers', 'Office', '5/1/2031-5/20/2031'],
    ['Welcome the first group', 'Staff', '6/30/2031'],
  ]

  it('reads every numeric date month first, the ambiguous ones too, and says why', () => {
    const { plan, issues } = tableToPlan(table)
    expect(plan.actions.map((a) => a.target.due)).toEqual([
      '2031-03-02',
      '2031-04-18',
      '2031-05-20',
      '2031-06-30',
    ])
    expect(plan.dateContext.numericDates).toBe('month-first')
    expect(issues.find((issue) => issue.code === 'date-order-read')?.message).toContain('"4/18/2031"')
  })

  it('keeps day first when one date reads only day first, or the caller gives the context', () => {
    const uk = table.map((row, i) => (i === 4 ? [row[0]!, row[1]!, '30/6/2031'] : row))
    expect(tableToPlan(uk).plan.actions[0]?.target.due).toBe('2031-02-03')
    expect(tableToPlan(table, { dateContext: {} }).plan.actions[0]?.target.due).toBe('2031-02-03')
  })

  it('needs two dates that only read month first', () => {
    expect(readNumericDateOrder(['3/2/2031', '4/18/2031'])).toBeNull()
    expect(readNumericDateOrder(['3/2/2031', '4/18/2031', '6.30.31'])?.onlyMonthFirst).toBe(2)
    expect(parseTargetDate('3/2/2031', { numericDates: 'month-first' }).due).toBe('2031-03-02')
    expect(parseTargetDate('3/2/2031').due).toBe('2031-02-03')
  })
})
