import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('mergedColumns: a timeline whose date is written once for the events of that date', () => {
  const rows = [
    ['Date', 'Milestone'],
    ['March 2031', 'Survey sent out to every member of the society'],
    ['', 'Survey results read by the board'],
    ['April 2031', 'Working parties formed for each theme'],
    ['June 2031', 'Draft plan shared for comment'],
    ['September 2031', 'Final plan approved at the annual meeting'],
  ]

  it('reads an event with an empty date cell as an action sharing the date above', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.target.due, a.section])).toEqual([
      ['Survey sent out to every member of the society', '2031-03-31', null],
      ['Survey results read by the board', '2031-03-31', null],
      ['Working parties formed for each theme', '2031-04-30', null],
      ['Draft plan shared for comment', '2031-06-30', null],
      ['Final plan approved at the annual meeting', '2031-09-30', null],
    ])
  })

  it('leaves the column as written when a date stands alone on its row over the events', () => {
    const { plan } = tableToPlan([
      ['Date', 'Milestone'],
      ['2031', ''],
      ['March 2031', 'Survey sent out to every member'],
      ['', 'Survey results read by the board'],
      ['April 2031', 'Working parties formed'],
      ['June 2031', 'Draft plan shared'],
    ])
    expect(plan.actions.find((a) => a.title.startsWith('Working'))?.section).toBe(
      'Survey results read by the board',
    )
  })
})
