import { describe, expect, it } from 'vitest'
import { phraseLinesUnderLabels } from './phraseLinesUnderLabels'
import { tableToPlan } from './tableToPlan'

describe('phrases under short topic labels on a one-column page', () => {
  const page = [
    ['Our inclusion work'],
    ['Running now'],
    ['Teaching'],
    ['Design of a new module on inclusive teaching practice for every tutor in the school'],
    ['Outreach/Schools'],
    ['Visits to local schools by our doctoral students'],
    ['Starting a mentoring scheme for first-year students'],
    ['Staff support'],
    ['Lunchtime talks on disability at work for all staff, run by the staff network each term'],
    ['Quiet room for staff in the main building'],
  ].map((line) => [line[0]!])

  it('reads each sentence-case phrase as an item of the label above it, the labels as headings', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['Design of a new module on inclusive teaching practice for every tutor in the school', 'Teaching'],
      ['Visits to local schools by our doctoral students', 'Outreach/Schools'],
      ['Starting a mentoring scheme for first-year students', 'Outreach/Schools'],
      [
        'Lunchtime talks on disability at work for all staff, run by the staff network each term',
        'Staff support',
      ],
      ['Quiet room for staff in the main building', 'Staff support'],
    ])
  })

  it('takes no title-case heading, no line with a colon, and nothing without a label over an item', () => {
    const rows = [
      ['Teaching'],
      ['Design of a new module on inclusive teaching practice for every tutor in the school'],
      ['Guided by Our Shared Values'],
      ['Part 2: Review of the access policies'],
      ['Outreach'],
      ['Visits to local schools by our doctoral students'],
    ]
    expect(phraseLinesUnderLabels(rows, 0, 0, new Set([1]))).toEqual([5])
    expect(phraseLinesUnderLabels(rows, 0, 0, new Set())).toEqual([])
    expect(phraseLinesUnderLabels(rows.slice(0, 4), 0, 0, new Set([1]))).toEqual([])
  })
})
