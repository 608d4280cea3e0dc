import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('numbered items of a team’s minutes, each over its owner and a "Done:" line', () => {
  it('reads the owner line as the owner and a filled "Done:" line as done', () => {
    const { plan } = tableToPlan([
      ['Team minutes'],
      ['Attendees'],
      ['Priya Nair'],
      ['Tom Reed'],
      ['Agenda'],
      ['3/14/2031:'],
      ['Draft the survey'],
      ['Notes'],
      ['Please keep every draft in the shared folder.'],
      ['Action Items'],
      ['01:  Draft the survey questions'],
      ['Priya'],
      ['Done: 3/14'],
      ['02:  Book the lab for the pilot'],
      ['assigned to everyone'],
      ['Done: 3/16'],
      ['03:  Clean the pilot data'],
      ['assigned to everyone'],
      ['Done:'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.status.state])).toEqual([
      ['01', 'Draft the survey questions', ['Priya'], 'complete'],
      ['02', 'Book the lab for the pilot', ['everyone'], 'complete'],
      ['03', 'Clean the pilot data', ['everyone'], 'unknown'],
    ])
  })
})
