import { describe, expect, it } from 'vitest'
import { itemFieldLine } from './itemFieldLine'
import { readRefLedLines } from './readRefLedLines'
import { tableToPlan } from './tableToPlan'

describe('itemFieldLine: a label line giving an item one field', () => {
  it.each([
    ['Status: Delayed', { field: 'status', label: 'Status', value: 'Delayed' }],
    [
      'Lead agency: Transport for the North',
      { field: 'owners', label: 'Lead agency', value: 'Transport for the North' },
    ],
    ['Timeframe: 2027', { field: 'target', label: 'Timeframe', value: '2027' }],
  ])('%s', (text, read) => {
    expect(itemFieldLine(text)).toEqual(read)
  })

  it.each(['Note: the figures are provisional', 'Green = on track', 'Review the policy'])(
    '%s gives no field',
    (text) => {
      expect(itemFieldLine(text)).toBeNull()
    },
  )
})

describe('readRefLedLines: label lines under each numbered item', () => {
  const page = [
    ['Progress on the priority actions of our access plan.'],
    ['3.1 Audit the step-free routes between the main buildings'],
    ['Status: Completed'],
    ['Lead agency: Estates Office'],
    ['3.2 Publish a guide to the quiet rooms on every campus'],
    ['Status: In progress'],
    ['Lead agency: Student Services'],
    ['3.3 Train reception staff in hidden disability awareness'],
    ['Status: Not started'],
    ['Lead agency: Human Resources'],
  ]

  it('gives each item the status and lead its lines name, the last item included', () => {
    const read = readRefLedLines(page)
    expect(read?.rows.slice(1)).toEqual([
      ['Ref', 'Action', 'Progress', 'Lead'],
      ['3.1', 'Audit the step-free routes between the main buildings', 'Completed', 'Estates Office'],
      ['3.2', 'Publish a guide to the quiet rooms on every campus', 'In progress', 'Student Services'],
      ['3.3', 'Train reception staff in hidden disability awareness', 'Not started', 'Human Resources'],
    ])
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.status.state, a.owners])).toEqual([
      ['3.1', 'complete', ['Estates Office']],
      ['3.2', 'in-progress', ['Student Services']],
      ['3.3', 'not-started', ['Human Resources']],
    ])
  })
})
