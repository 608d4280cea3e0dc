import { describe, expect, it } from 'vitest'
import { hasNumberedList } from './hasNumberedList'
import { tableToPlan } from './tableToPlan'

describe('a numbered list outnumbered by the prose around it', () => {
  it.each([
    [['Intro.', '1. Publish the data', '2. Hold a forum'], true],
    [['Tasks:', 'T1.1: Gather the readings', 'T1.2: Clean the readings'], true],
    [['Work:', 'WP3-1 Draft the survey', 'WP3-2 Run the survey'], true],
    [['Tasks:', 'T1.1: Gather the readings', 'T2.2: Clean the readings'], false],
    [['Tasks:', 'T1.2: Gather the readings', 'T1.3: Clean the readings'], false],
    [['Our update', '3 new posts were filled.'], false],
  ])('%j → %s', (cells, expected) => {
    expect(hasNumberedList(cells)).toBe(expected)
  })

  it('reads coded tasks among paragraphs, and the unnumbered lines of a list named as the work', () => {
    const page = [
      ['Work package 2: Field survey'],
      ['Aims:'],
      ['Map the wetland habitats of the estuary with drones and boats over three seasons.'],
      ['Tasks:'],
      ['S2.1: Site access'],
      ['S2.2: Drone flights over the salt marsh'],
      ['S2.3: Boat transects of the channels: depth, salinity and turbidity'],
      ['About the work:'],
      ['The team flew the marsh twice each season and logged every transect by hand.'],
      ['Deliverables:'],
      ['Habitat map of the salt marsh (May 2031)'],
      ['Report on channel depths and salinity (September 2031)'],
    ]
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.target?.due ?? null])).toEqual([
      ['S2.1', 'Site access', null],
      ['S2.2', 'Drone flights over the salt marsh', null],
      ['S2.3', 'Boat transects of the channels: depth, salinity and turbidity', null],
      [null, 'Habitat map of the salt marsh (May 2031)', '2031-05-31'],
      [null, 'Report on channel depths and salinity (September 2031)', '2031-09-30'],
    ])
  })
})
