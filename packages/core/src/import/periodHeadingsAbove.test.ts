import { describe, expect, it } from 'vitest'
import { createPeriodHeadingsAbove } from './periodHeadingsAbove'
import { tableToPlan } from './tableToPlan'

describe('a period heading the page dates the tasks under the group headings below it', () => {
  it('keeps each period for the rows below it, until the next', () => {
    const periods = createPeriodHeadingsAbove({})
    periods.see(2, 'Q1 2031')
    periods.see(3, 'Faster releases')
    periods.see(8, 'Q2 2031')
    expect(periods.periodAt(2)).toBeNull()
    expect(periods.periodAt(5)?.due).toBe('2031-03-31')
    expect(periods.periodAt(9)?.due).toBe('2031-06-30')
  })

  it('leaves periods that sit under headings of another kind to those headings', () => {
    const periods = createPeriodHeadingsAbove({})
    periods.see(2, 'Stage one: Design')
    periods.see(3, 'Q1 2031')
    expect(periods.periodAt(5)).toBeNull()
  })

  it('dates the key results under each objective of a quarter', () => {
    const { plan } = tableToPlan([
      ['Platform team objectives'],
      ['We set objectives each quarter and measure them by their key results.'],
      ['2031 Q1'],
      ['Releases are boring'],
      ['- Every release is cut by one command'],
      ['- Roll back any release within ten minutes'],
      ['Newcomers feel at home'],
      ['- Answer every first issue within two days'],
      ['2031 Q2'],
      ['Releases are boring'],
      ['- Publish release notes on the day of release'],
    ])
    expect(plan.actions.map((a) => [a.title.slice(0, 20), a.target.due])).toEqual([
      ['Every release is cut', '2031-03-31'],
      ['Roll back any releas', '2031-03-31'],
      ['Answer every first i', '2031-03-31'],
      ['Publish release note', '2031-06-30'],
    ])
  })
})
