import { describe, expect, it } from 'vitest'
import { refColumnUnderPillarHeader } from './refColumnUnderPillarHeader'
import { tableToPlan } from './tableToPlan'

describe('refColumnUnderPillarHeader', () => {
  const fields = new Map([
    ['pillars', 0],
    ['title', 1],
  ] as const)

  it('takes distinct pillar-coded numbers as refs', () => {
    expect(
      refColumnUnderPillarHeader(fields, [
        ['E 1.1', 'Fit LED lighting'],
        ['E 1.2', 'Meter the halls'],
      ]),
    ).toBe(0)
  })

  it.each([
    [
      'pillar names',
      [
        ['Energy', 'Fit LED lighting'],
        ['Travel', 'Run a bike scheme'],
      ],
    ],
    [
      'repeated codes',
      [
        ['E 1.1', 'Fit LED lighting'],
        ['E 1.1', 'Meter the halls'],
      ],
    ],
    [
      'codes without a number',
      [
        ['E1', 'Fit LED lighting'],
        ['E2', 'Meter the halls'],
      ],
    ],
  ])('leaves %s as pillars', (_, body) => {
    expect(refColumnUnderPillarHeader(fields, body)).toBeNull()
  })

  it('reads a net zero sheet: codes as refs, the theme number row as a heading, a blank code as the one above', () => {
    const { plan } = tableToPlan([
      ['Pillar', 'Objective', 'Action', 'Lead'],
      ['2', 'Estates and energy', '', ''],
      ['E 2.1', 'Cut gas use', 'Replace the boilers in the library', 'Estates Manager'],
      ['E 2.2', 'Cut electricity use', 'Fit LED lighting in the sports hall', 'Estates Manager'],
      ['', '', 'Switch off the lights at night', 'Facilities team'],
    ])
    expect(plan.actions.map((action) => [action.ref, action.title])).toEqual([
      ['E 2.1', 'Replace the boilers in the library'],
      ['E 2.2', 'Fit LED lighting in the sports hall'],
      ['E 2.2', 'Switch off the lights at night'],
    ])
  })
})
