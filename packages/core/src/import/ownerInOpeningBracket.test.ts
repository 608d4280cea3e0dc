import { describe, expect, it } from 'vitest'
import { ownerInOpeningBracket, roleInOpeningBracket } from './ownerInOpeningBracket'
import { tableToPlan } from './tableToPlan'

describe('ownerInOpeningBracket: "(by …)" right after the ref', () => {
  it.each([
    ['(by Parish Council): ask the bus company for a later service', ['Parish Council']],
    ['(by the lanes working group) survey the lanes', ['lanes working group']],
    ['(Lead: Clerk) – book the hall', ['Clerk']],
    ['(by June 2025): survey the lanes', []],
    ['(by the end of the summer term): survey the lanes', []],
    ['Survey the lanes (by Lanes Group)', []],
  ])('%s', (title, want) => {
    expect(ownerInOpeningBracket(title)).toEqual(want)
  })

  it('gives the owner to an action with no owners column, its title kept as written', () => {
    const { plan } = tableToPlan([
      ['Village plan: actions'],
      ['Action T1.1 (by Parish Council): ask the bus company for a later evening service.'],
      ['Action T1.2 (by Lanes Group): survey the lanes that have no verge.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['T1.1', '(by Parish Council): ask the bus company for a later evening service.', ['Parish Council']],
      ['T1.2', '(by Lanes Group): survey the lanes that have no verge.', ['Lanes Group']],
    ])
  })
})

describe('roleInOpeningBracket: a role in round brackets before the work', () => {
  it.each([
    [
      '(Project Manager) Book the room for the review',
      { owner: 'Project Manager', rest: 'Book the room for the review' },
    ],
    [
      '(Finance Office): Send the claim forms to every partner',
      { owner: 'Finance Office', rest: 'Send the claim forms to every partner' },
    ],
    [
      '(Head of Estates Team) Check the fire doors',
      { owner: 'Head of Estates Team', rest: 'Check the fire doors' },
    ],
    ['(Optional) Book the room for the review', null],
    ['(New) Add a second reading list', null],
    ['(a) Book the room for the review', null],
    ['(Project Manager)', null],
    ['Book the room (Project Manager)', null],
  ])('%s', (title, want) => {
    expect(roleInOpeningBracket(title)).toEqual(want)
  })

  it('gives the role to each item of a checklist and keeps the work as its title', () => {
    const { plan } = tableToPlan([
      ['Before each review meeting'],
      ['(Project Manager) Book the room and the video link a month ahead, and tell the hosts.'],
      ['(Project Manager) Print the attendance sheet to be signed on the day.'],
      ['(Communications Team) Post the agenda on the project website two weeks ahead.'],
      ['Ask every speaker to send their slides the day before.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Book the room and the video link a month ahead, and tell the hosts.', ['Project Manager']],
      ['Print the attendance sheet to be signed on the day.', ['Project Manager']],
      ['Post the agenda on the project website two weeks ahead.', ['Communications Team']],
      ['Ask every speaker to send their slides the day before.', []],
    ])
  })
})
