import { describe, expect, it } from 'vitest'
import { roleAsPresentSubject } from './roleAsPresentSubject'
import { tableToPlan } from './tableToPlan'

describe('roleAsPresentSubject', () => {
  it.each([
    ['Equity Officer runs a reading group each month', 'Equity Officer'],
    ['Student Liaison organises a welcome fair for first-years', 'Student Liaison'],
    ['Green Committee publishes its minutes', 'Green Committee'],
    ['Staff Survey shows a rise in trust', null],
    ['Review the booking forms', null],
    ['Access Officer address list', null],
    ['Equity Officer will run a group', null],
  ])('%s → %s', (text, owner) => {
    expect(roleAsPresentSubject(text)).toBe(owner)
  })

  it('reads a long line', () => {
    const line = `${'Aa '.repeat(300_000)}Officer runs`
    expect(roleAsPresentSubject(line)).toBeNull()
  })
})

describe('a term plan naming who does each item, in the present tense', () => {
  // A chemistry department's plan for one term: a theme heading, then items each opening with the role doing it.
  const page = [
    ['Our plan for the autumn'],
    ['This plan lists the work each role takes on during the autumn term; more will follow in the spring.'],
    ['Autumn 2024'],
    ['Staff learning'],
    ['Equity Officer runs a reading group each month'],
    ['Equity Officer shares the climate survey results'],
    ['Student life'],
    ['Student Liaison organises a welcome fair for first-years'],
    ['Student Liaison meets the course reps from every year group to hear what would help them most'],
  ]

  it('reads each such line as an action owned by the role it names', () => {
    const { plan } = tableToPlan(page)
    const named = plan.actions.filter((a) => a.title.includes(' Liaison ') || a.title.includes(' Officer '))
    expect(named.map((a) => [a.title.slice(0, 28), a.owners])).toEqual([
      ['Equity Officer runs a readin', ['Equity Officer']],
      ['Equity Officer shares the cl', ['Equity Officer']],
      ['Student Liaison organises a ', ['Student Liaison']],
      ['Student Liaison meets the co', ['Student Liaison']],
    ])
  })
})
