import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('readListsUnderDeadlineLeadIns: task lists led in by the day they are due', () => {
  const notes = [
    ['Team meeting 3.6.2031'],
    ['Attendees'],
    ['Ana (notes taken)'],
    ['Bo'],
    ['Agenda'],
    ['release planning'],
    ['Jobs for Everyone'],
    ['To be done until Monday 09.06.2031:'],
    ['read the onboarding guide'],
    ['log in to the new build server'],
    ['Own Jobs'],
    ['To be done until Monday 09.06.2031:'],
    ['"Ana: write the release notes, tag the build"'],
    ['Bo: review the open PRs'],
  ]

  it('reads each line under a lead-in as an action due that day, a "Name:" line owned by the name', () => {
    const { plan } = tableToPlan(notes.map((row) => [row[0]!.replace(/^"|"$/g, '')]))
    expect(
      plan.actions.map((action) => [action.title, action.owners, action.target.due, action.section]),
    ).toEqual([
      ['read the onboarding guide', [], '2031-06-09', 'Jobs for Everyone'],
      ['log in to the new build server', [], '2031-06-09', 'Jobs for Everyone'],
      ['write the release notes, tag the build', ['Ana'], '2031-06-09', 'Own Jobs'],
      ['review the open PRs', ['Bo'], '2031-06-09', 'Own Jobs'],
    ])
    expect(plan.actions.every((action) => action.status.state === 'unknown')).toBe(true)
  })
})

describe('readListsUnderDeadlineLeadIns: a heading naming the tasks and the day they are due', () => {
  const rows = [
    ['Protokoll Arbeitsgruppe 7'],
    ['Anwesend:'],
    ['Mara'],
    ['Pit'],
    ['Hinweise'],
    ['Entwurf vorgestellt'],
    ['Aufgaben bis zum 03.05.2032'],
    ['Glossar anlegen'],
    ['Mara: Testfälle schreiben, Daten sammeln'],
    ['Pit: Folien kürzen'],
    ['Tasks until 10 May 2032'],
    ['merge the style sheet'],
  ]

  it('reads each line under it as an action due that day, and the notes above as no actions', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((action) => [action.title, action.owners, action.target.due])).toEqual([
      ['Glossar anlegen', [], '2032-05-03'],
      ['Testfälle schreiben, Daten sammeln', ['Mara'], '2032-05-03'],
      ['Folien kürzen', ['Pit'], '2032-05-03'],
      ['merge the style sheet', [], '2032-05-10'],
    ])
  })

  it('does not read a heading whose words after "by" are no date as a lead-in', () => {
    const { plan } = tableToPlan(
      rows.map((row) => (row[0]!.startsWith('Aufgaben') ? ['Tasks by person'] : row)),
    )
    expect(plan.actions.some((action) => action.target.due === '2032-05-03')).toBe(false)
  })
})
