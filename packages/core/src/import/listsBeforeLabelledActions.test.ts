import { describe, expect, it } from 'vitest'
import { listsBeforeLabelledActions } from './listsBeforeLabelledActions'
import { listsUnderLeadIns } from './listsUnderLeadIns'
import { tableToPlan } from './tableToPlan'

const lines = (...texts: string[]) => texts.map((text) => [text])

const page = lines(
  'Our disability action plan',
  'The board promises to:',
  '• listen to disabled colleagues',
  '• lead by example in every team',
  'Theme 1: Getting in',
  'Action 1',
  'We will audit every building for step-free access.',
  'Action 2',
  'We will caption every recorded talk.',
)

describe('listsBeforeLabelledActions', () => {
  it.each([
    ['labels "Action 1", "Action 2"', page, ['The board promises to:']],
    [
      'labels with letters and colons',
      lines(
        'We value:',
        '- openness',
        '- care',
        'Action 1a:',
        'Fix the lift.',
        'Action 1b:',
        'Fix the ramp.',
      ),
      ['We value:'],
    ],
    [
      'one label only, which may be a heading',
      lines('We value:', '- openness', '- care', 'Action 1', 'Fix the lift.'),
      [],
    ],
    [
      'a list below the first label, the steps of an action',
      lines(
        'Action 1',
        'Fix the lift by:',
        '- calling the engineer',
        '- testing it',
        'Action 2',
        'Fix the ramp.',
      ),
      [],
    ],
  ])('on a page with %s, the lists above the first label frame the plan', (_, table, leads) => {
    expect(listsBeforeLabelledActions(listsUnderLeadIns(table, 0), table).map((list) => list.lead)).toEqual(
      leads,
    )
  })

  it('imports the labelled actions only', () => {
    const { plan, issues } = tableToPlan(page)
    expect(plan.actions.map((action) => [action.ref, action.title])).toEqual([
      ['1', 'We will audit every building for step-free access.'],
      ['2', 'We will caption every recorded talk.'],
    ])
    expect(issues.filter((issue) => issue.code === 'list-not-actions').map((issue) => issue.row)).toEqual([3])
  })
})
