import { describe, expect, it } from 'vitest'
import { responsibleOverAccountable } from './responsibleOverAccountable'
import { tableToPlan } from './tableToPlan'

const post = 'Head, Office of Research Quality and Review (Review Lead)'

describe('responsibleOverAccountable: who does the work beside whom they answer to', () => {
  it.each([
    [['Action', 'Responsibility', 'Accountability'], { responsible: 1, accountable: 2 }],
    [['Accountable', 'Task', 'Responsible'], { responsible: 2, accountable: 0 }],
    [['Action', 'Lead'], null],
    [['Action', 'Responsible and accountable'], null],
    [['Action', 'Responsible', 'Responsible body', 'Accountable'], null],
  ])('%j', (headers, columns) => {
    expect(responsibleOverAccountable(headers)).toEqual(columns)
  })

  it.each([
    ['Responsibility', 'Accountability'],
    ['Responsible', 'Accountable'],
  ])('reads the %s column as the owners, however long its posts, not %s', (doer, answers) => {
    const { plan } = tableToPlan([
      ['Planned management action', 'Expected date', doer, answers],
      ['- Publish a guide to the review process', 'May 2031', post, 'Review Board'],
      ['- Train the review panel chairs', 'July 2031', post, 'Review Board'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([[post], [post]])
  })

  it('gives the later actions of a numbered group the owner written once beside its first', () => {
    const { plan } = tableToPlan([
      ['', 'Planned management action', 'Expected date', 'Responsibility', 'Accountability'],
      ['1', '- Publish a guide to the review process', 'May 2031', post, 'Review Board'],
      ['', '- Train the review panel chairs', 'July 2031', '', ''],
      ['', '- Survey the panel members', 'September 2031', '', ''],
      ['2', '- Set up a follow-up log', 'June 2031', 'Registrar', 'Review Board'],
      ['', '- Report the log to the board each term', 'October 2031', '', ''],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([[post], [post], [post], ['Registrar'], ['Registrar']])
  })
})
