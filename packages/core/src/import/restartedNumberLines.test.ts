import { describe, expect, it } from 'vitest'
import { restartedNumberLines } from './restartedNumberLines'
import { tableToPlan } from './tableToPlan'

describe('restartedNumberLines: a list whose every item is numbered 1', () => {
  it.each([
    ['1. Publish the budget\n1. File the minutes', ['Publish the budget', 'File the minutes']],
    [
      'Publish the budget\n1. File the minutes\n1) Book the hall',
      ['Publish the budget', 'File the minutes', 'Book the hall'],
    ],
    ['1. Publish the budget\n2. File the minutes', null],
    ['1. Publish the budget\nwith the notes to it', null],
    ['Do these:\n1. File the minutes\n1. Book the hall', null],
    ['1. Publish the budget', null],
  ])('%j', (text, want) => {
    expect(restartedNumberLines(text)).toEqual(want)
  })

  it('reads each item of such a cell as an action, under its row status', () => {
    const { plan } = tableToPlan([
      ['Status', 'Recommendations'],
      [
        'Done',
        '1. The Treasurer should reconcile the bank account monthly.\n1. The Clerk should file the signed minutes.\n1. The Chair should sign the asset register.',
      ],
      [
        'Not started',
        '1. The Clerk should renew the insurance.\n1. The Treasurer should set the reserves policy.',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.status.state])).toEqual([
      [null, 'The Treasurer should reconcile the bank account monthly.', ['Treasurer'], 'complete'],
      [null, 'The Clerk should file the signed minutes.', ['Clerk'], 'complete'],
      [null, 'The Chair should sign the asset register.', ['Chair'], 'complete'],
      [null, 'The Clerk should renew the insurance.', ['Clerk'], 'not-started'],
      [null, 'The Treasurer should set the reserves policy.', ['Treasurer'], 'not-started'],
    ])
  })
})
