import { describe, expect, it } from 'vitest'
import { itemLabelAtLineEnd } from './itemLabelAtLineEnd'
import { tableToPlan } from './tableToPlan'

describe('a line ending with its own label in brackets', () => {
  it('reads each "… (Action 2.1)" heading as an action numbered 2.1, its lead from the line below', () => {
    const { plan } = tableToPlan([
      ['Delivery plan'],
      ['Open two more reading rooms in the north (Action 2.1)'],
      ['Responsibility: Libraries Service'],
      ['Delivery partners: local schools, parish councils'],
      ['Extend opening hours at weekends (Action 2.2)'],
      ['Responsibility: Finance Office, Libraries Service'],
      ['Delivery partners: staff unions, volunteers'],
      ['Survey readers each spring (Action 2.3)'],
      ['Responsibility: Research Unit'],
      ['Delivery partners: universities'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['2.1', 'Open two more reading rooms in the north', ['Libraries Service']],
      ['2.2', 'Extend opening hours at weekends', ['Finance Office', 'Libraries Service']],
      ['2.3', 'Survey readers each spring', ['Research Unit']],
    ])
  })

  it('moves nothing for a lone labelled line, a year in brackets, or a row of several cells', () => {
    const rows = [
      ['Plant trees (Action 1.1)'],
      ['Review the plan (2019)'],
      ['Fix the weir (Action 1.2)', 'Parks'],
    ]
    expect(itemLabelAtLineEnd(rows)).toBe(rows)
  })
})
