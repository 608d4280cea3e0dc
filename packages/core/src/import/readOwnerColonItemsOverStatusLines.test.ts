import { describe, expect, it } from 'vitest'
import { readOwnerColonItemsOverStatusLines } from './readOwnerColonItemsOverStatusLines'
import { tableToPlan } from './tableToPlan'

const minutes = [
  ['Allotment society committee, 3 March'],
  ['Ruth Okafor: Ask the council about the water trough.'],
  ['Dev Patel: Price a new padlock for the main gate'],
  ['Ongoing. (by the next meeting)'],
  ['Ruth Okafor and Sam Lee: Draft the spring newsletter'],
  ['Done.'],
  ['Ana Cruz for Tom Reed: Collect the seed order from the station.'],
  ['Ongoing. Still waiting on the supplier, keep for one more month.'],
  ['Sam Lee: Mend the notice board'],
  ['In progress.'],
].map((line) => [line[0]!])

describe('minutes listing "Name: task" items, a status line under the carried-over ones', () => {
  it('reads who before the colon, the task after it, and the line below as its status', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((action) => [action.title, action.owners, action.status.state])).toEqual([
      ['Ask the council about the water trough.', ['Ruth Okafor'], 'unknown'],
      ['Price a new padlock for the main gate', ['Dev Patel'], 'ongoing'],
      ['Draft the spring newsletter', ['Ruth Okafor', 'Sam Lee'], 'complete'],
      ['Collect the seed order from the station.', ['Ana Cruz', 'Tom Reed'], 'ongoing'],
      ['Mend the notice board', ['Sam Lee'], 'in-progress'],
    ])
  })

  it('leaves alone a page whose colon lines are labels or that has too few status lines', () => {
    expect(
      readOwnerColonItemsOverStatusLines([
        ['Minutes'],
        ['Present: Ruth Okafor, Dev Patel'],
        ['Note: The hall is booked'],
        ['Ruth Okafor: Ask the council about the trough'],
        ['Done.'],
      ]),
    ).toBeNull()
    expect(readOwnerColonItemsOverStatusLines(minutes.slice(0, 6))).toBeNull()
  })
})
