import { describe, expect, it } from 'vitest'
import { filledOnTableRows } from './filledOnTableRows'
import { tableToPlan } from './tableToPlan'

describe('a table whose only prose sits under a summary header, with a footer below it', () => {
  const rows = [
    ['Estates sustainability update'],
    ['No', 'Scheme', 'Summary', 'Deadline', 'Result'],
    ['4', 'Waste', 'Label every recycling bin in the teaching labs. Count the bins each term.', '', ''],
    ['5', 'Energy', 'Fit timers to the fume cupboard lights.', '', ''],
    ['6', 'Water', 'Replace the lab taps with push taps where they leak.', '', ''],
    ['estates-update-final.docx', '', '', '', ''],
    ['17', '', '', '', ''],
  ]

  it('reads the summary as the actions: the footer and the page number are not rows of the table', () => {
    const { plan, issues } = tableToPlan(rows)
    expect(issues.some((issue) => issue.code === 'header-not-found')).toBe(false)
    expect(plan.actions.map((a) => [a.ref, a.title.split('.')[0]])).toEqual([
      ['4', 'Label every recycling bin in the teaching labs'],
      ['5', 'Fit timers to the fume cupboard lights'],
      ['6', 'Replace the lab taps with push taps where they leak'],
    ])
  })

  it('counts only rows of two cells or more', () => {
    expect(filledOnTableRows(rows.slice(2), 5)).toEqual([3, 3, 3, 0, 0])
  })
})
