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

describe('a body with a plural verb, as British English writes it', () => {
  it('names the body or the acronym before a bare verb as the owner', () => {
    expect(roleAsPresentSubject('Village Hall Committee agree the hire charges for next year')).toBe(
      'Village Hall Committee',
    )
    expect(roleAsPresentSubject('PTA organise the summer fair with the head teacher')).toBe('PTA')
    expect(roleAsPresentSubject('Allotment Committee review the waiting list (twice a year)')).toBe(
      'Allotment Committee',
    )
  })

  it('names nobody for one person’s role, a noun before "to" or a verb no instruction opens with', () => {
    expect(roleAsPresentSubject('Landcare Officer work plan and budget')).toBeNull()
    expect(roleAsPresentSubject('DT lead to order the timber for year 9')).toBeNull()
    expect(roleAsPresentSubject('Planning Committee agenda for the March meeting')).toBeNull()
    expect(roleAsPresentSubject('Garden Committee meet monthly to plan the work')).toBeNull()
  })

  it('gives a one-column plan’s note-form item to the body it opens with', () => {
    const { plan } = tableToPlan([
      ['Community orchard plan'],
      ['Parish Council approve the orchard site on the old allotments (POS) – Completed'],
      ['The tree warden will order forty fruit trees in October 2031.'],
      ['Volunteers will plant the trees in November 2031.'],
    ])
    expect(plan.actions[0]?.owners).toEqual(['Parish Council'])
  })
})
