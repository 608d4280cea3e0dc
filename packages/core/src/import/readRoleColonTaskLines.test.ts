import { describe, expect, it } from 'vitest'
import { pageLines } from './oneColumnRecords'
import { readRoleColonTaskLines } from './readRoleColonTaskLines'
import { tableToPlan } from './tableToPlan'

const yearPlan = [
  'Choir year at a glance',
  'August',
  'secretary: send the rehearsal calendar to members',
  'librarian: sort the scores for the autumn term',
  'treasurer: collect the annual subscriptions',
  'September',
  'secretary: book the church hall for the concert',
  'committee: choose the carols, readings and soloists',
  'treasurer: pay the hall deposit',
  'librarian: hand out the concert scores',
].map((line) => [line])

describe('a yearly task list whose lines open with the role that does them and a colon', () => {
  it('reads the role as the owner, the words after the colon as the title and the month as the section', () => {
    const { plan } = tableToPlan(yearPlan)
    expect(plan.actions.map((action) => [action.title, action.owners, action.section])).toEqual([
      ['send the rehearsal calendar to members', ['secretary'], 'August'],
      ['sort the scores for the autumn term', ['librarian'], 'August'],
      ['collect the annual subscriptions', ['treasurer'], 'August'],
      ['book the church hall for the concert', ['secretary'], 'September'],
      ['choose the carols, readings and soloists', ['committee'], 'September'],
      ['pay the hall deposit', ['treasurer'], 'September'],
      ['hand out the concert scores', ['librarian'], 'September'],
    ])
  })

  it('leaves a changelog of "kind: change" lines, and labels used once each, to the other readers', () => {
    const changelog = [
      'Release notes',
      'fix: stop the crash on empty files',
      'docs: explain the new flag',
      'fix: keep the order of columns',
      'chore: bump the test runner',
      'docs: add an example of a grid',
      'fix: read dates with dots',
    ].map((line) => ({ index: 0, text: line }))
    expect(readRoleColonTaskLines(changelog)).toBeNull()
    const glossary = [
      'Terms',
      'secretary: keeps the minutes and the letters',
      'treasurer: keeps the accounts',
      'chair: runs the meetings',
      'librarian: looks after the scores',
      'committee: makes the decisions between meetings',
    ].map((line, index) => ({ index, text: line }))
    expect(readRoleColonTaskLines(glossary)).toBeNull()
  })

  it('leaves a page with prose among the task lines alone', () => {
    const withProse = [
      ...yearPlan.slice(0, 5),
      ['We meet every Tuesday in the church hall, and new singers are welcome.'],
      ...yearPlan.slice(5),
    ]
    expect(readRoleColonTaskLines(pageLines(withProse))).toBeNull()
  })
})
