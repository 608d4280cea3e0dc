import { describe, expect, it } from 'vitest'
import { readInlineLabelledRecords } from './readInlineLabelledRecords'
import { tableToPlan } from './tableToPlan'

describe('a roadmap of headed items, each over a field list', () => {
  const rows = [
    ['IT services roadmap 2025'],
    ['What we will deliver this year.'],
    ['Teaching'],
    ['Lecture capture in every room'],
    ['tags: teaching, estates'],
    ['task: IT-204'],
    ['lead: jsmith'],
    ['effort: 2 months'],
    ['Includes work:'],
    ['buy the cameras'],
    ['train the timetabling team'],
    ['New student portal'],
    ['tags: students'],
    ['task: IT-311'],
    ['lead: akhan'],
    ['effort: 5 months'],
    ['Research'],
    ['Storage'],
    ['tags: research'],
    ['task: IT-57'],
    ['lead: pmorris'],
  ]

  it('reads each heading as an action, its lead as its owner, the tracker task and the rest as its description', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      [null, 'Lecture capture in every room', ['jsmith']],
      [null, 'New student portal', ['akhan']],
      [null, 'Storage', ['pmorris']],
    ])
    expect(plan.actions[0]?.description).toContain('task: IT-204')
    expect(plan.actions[0]?.description).toContain('buy the cameras')
  })

  it('reads capitalised labels too, a status among them', () => {
    const { plan } = tableToPlan([
      ['Library projects'],
      ['Open the new reading room'],
      ['Owner: Estates'],
      ['Status: In progress'],
      ['Move the special collections'],
      ['Owner: Archives'],
      ['Status: Done'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Open the new reading room', ['Estates'], 'in-progress'],
      ['Move the special collections', ['Archives'], 'complete'],
    ])
  })

  it('leaves a sentence over a lone label to other readers', () => {
    expect(
      readInlineLabelledRecords([
        ['Plan'],
        ['Develop and publish guidance on how every unit should report its progress each year'],
        ['lead: Provost'],
        ['Short item'],
        ['lead: Registrar'],
      ]),
    ).toBeNull()
  })
})
