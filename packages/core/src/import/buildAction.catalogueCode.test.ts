import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// A national programme's summary of what local offices must do, under year and topic headings, each line closed by
// the code of the programme line it serves; a code repeats where two steps serve one line.
const summary = [
  ['What offices must do'],
  [
    'The national programme asks every local office to take part in the steps below, which the chapters before describe in full.',
  ],
  ['Steps for hosting and networks'],
  ['2031'],
  ['Shared hosting'],
  ['Offices move their case systems to the shared hosting service set up by the programme. HS02'],
  ['Offices retire their own server rooms and tell the programme board when they have done so. HS05'],
  ['Networks'],
  ['Offices raise the bandwidth of every branch site so that the shared services run well. NW08'],
  ['2032'],
  ['Shared hosting'],
  ['Offices finish moving their case systems to the shared hosting service. HS02'],
  ['Offices publish the savings they made from the move in their annual report. FY31'],
]

describe('a catalogue code closing an action after its full stop', () => {
  it('is the action’s ref, cut from the title, even where the code repeats; a period so written is not', () => {
    const { plan } = tableToPlan(summary)
    const offices = plan.actions.filter((a) => a.title.startsWith('Offices'))
    expect(offices.map((a) => [a.ref, a.title])).toEqual([
      ['HS02', 'Offices move their case systems to the shared hosting service set up by the programme.'],
      ['HS05', 'Offices retire their own server rooms and tell the programme board when they have done so.'],
      ['NW08', 'Offices raise the bandwidth of every branch site so that the shared services run well.'],
      ['HS02', 'Offices finish moving their case systems to the shared hosting service.'],
      [null, 'Offices publish the savings they made from the move in their annual report. FY31'],
    ])
  })
})
