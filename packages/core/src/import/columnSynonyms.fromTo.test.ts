import { describe, expect, it } from 'vitest'
import { matchColumnHeader } from './columnSynonyms'
import { tableToPlan } from './tableToPlan'

// A project's task list gives each task the dates it runs from and to: the To date is when it is due.
describe('"From | To" date columns of a task list', () => {
  it('reads the To date as the target', () => {
    const { plan } = tableToPlan([
      ['Task', 'From', 'To', 'Who'],
      ['Order the replacement microscopes', '2026-01-05', '2026-02-27', 'DH'],
      ['Train the lab staff on the new microscopes', '2026-03-02', 'n/a', 'DH'],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2026-02-27', null])
  })

  it.each([
    ['To', 'target'],
    ['From', 'target'],
    ['To do', null],
    ['From the staff survey', null],
  ])('header %j names %s', (header, field) => {
    expect(matchColumnHeader(header)?.field ?? null).toBe(field)
  })
})
