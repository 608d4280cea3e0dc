import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('a board’s sheet of action on its resolutions', () => {
  const sheet = [
    ['Last board meeting – 3 March 2031', '', ''],
    ['Resolution', 'Action taken since the last meeting', 'Action outstanding'],
    [
      'B/12/2031: ask the council to light the towpath.',
      'Letter sent to the council on 10 March.',
      'Reply awaited.',
    ],
    ['B/13/2031: adopt the new safeguarding policy.', 'Policy adopted and published.', ''],
  ]

  it('reads each resolution as the action, numbered by its code, and neither action column as the action', () => {
    const { plan, explanation } = tableToPlan(sheet)
    expect(plan.actions.map((action) => [action.ref, action.title, action.target.due])).toEqual([
      ['B/12/2031', 'ask the council to light the towpath.', null],
      ['B/13/2031', 'adopt the new safeguarding policy.', null],
    ])
    expect(explanation.columns.slice(0, 3).map((column) => column.field)).toEqual(['title', 'notes', 'extra'])
  })

  it('reads "Action outstanding" as the action where no column names it otherwise', () => {
    const { plan } = tableToPlan([
      ['Meeting', 'Action outstanding', 'Owner'],
      ['March', 'Ask the council to light the towpath', 'Ana'],
      ['April', 'Adopt the new safeguarding policy', 'Tom'],
    ])
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Ask the council to light the towpath',
      'Adopt the new safeguarding policy',
    ])
  })
})
