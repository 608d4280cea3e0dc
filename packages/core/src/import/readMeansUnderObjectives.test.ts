import { describe, expect, it } from 'vitest'
import { readMeansUnderObjectives } from './readMeansUnderObjectives'
import { tableToPlan } from './tableToPlan'

describe('readMeansUnderObjectives: objectives each over the same labelled parts, the work under "How:"', () => {
  const rows = [
    ['Garden volunteers: goals for the year'],
    ['Overview:'],
    ['The volunteers look after the community garden and its tool shed.'],
    ['Goals:'],
    ['Make the garden easier to visit'],
    ['Why:'],
    ['Visitors get lost between the beds'],
    ['How:'],
    ['Put up signs at both gates'],
    ['Print a map for the notice board'],
    ['Success looks like:'],
    ['Fewer visitors ask the way.'],
    ['Autumn update:'],
    ['The signs are ordered.'],
    ['Replace the shed roof'],
    ['Why:'],
    ['The roof leaks onto the tools'],
    ['How:'],
    ['Ask the council for a grant and hire a roofer.'],
    ['Success looks like:'],
    ['Dry tools all winter.'],
    ['Autumn update:'],
    ['The grant is still pending.'],
    ['Spring update:'],
    ['The roofer starts in May.'],
  ]

  it('reads each line under "How:" as an action, the objective above the block as its section', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['Put up signs at both gates', 'Make the garden easier to visit'],
      ['Print a map for the notice board', 'Make the garden easier to visit'],
      ['Ask the council for a grant and hire a roofer.', 'Replace the shed roof'],
    ])
  })

  it('gives the updates to the one action of an objective, and to none of several', () => {
    const flattened = readMeansUnderObjectives(rows)
    expect(flattened?.rows.slice(-3).map((row) => row[2])).toEqual([
      '',
      '',
      'Autumn update: The grant is still pending.\nSpring update: The roofer starts in May.',
    ])
  })

  it('leaves a page whose objectives share no labelled parts to the other readers', () => {
    expect(
      readMeansUnderObjectives([
        ['Plan'],
        ['Make the garden easier to visit'],
        ['How:'],
        ['Put up signs'],
        ['Replace the roof'],
        ['Why:'],
        ['It leaks'],
      ]),
    ).toBeNull()
  })

  it('reads a page of 10,000 lines', () => {
    const block = ['Keep the paths clear', 'Why:', 'People trip', 'How:', 'Sweep the paths each week']
    const long = [['Goals'], ...Array.from({ length: 10_000 }, (_, i) => [block[i % 5]!])]
    expect(readMeansUnderObjectives(long)?.rows.length).toBe(2002)
  })
})
