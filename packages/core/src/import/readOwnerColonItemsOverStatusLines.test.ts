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

describe('a bulleted "Name: task" list under a numbered agenda item, each status on its own bullet', () => {
  const agenda = [
    ['Choir committee, 4 May'],
    ['1. Last meeting and its actions: All'],
    ['• Notes of the last meeting agreed'],
    ['Where the actions stand:'],
    ['• Everyone: Send the treasurer your receipts by 30 April'],
    ['• Superceded.'],
    ['• Okoro: to book the church for the spring concert'],
    ['• Done. Booked for the 12th.'],
    ['• Okoro, MPa: print the programmes'],
    ['• Done.'],
    ['• Hale: MPa: agree the ticket price with the venue'],
    ['• Done.'],
    ['• Hale: to ask the council about a summer grant'],
    ['• Okoro: agrees to tune the piano before the concert'],
    ['• Done.'],
    ['2. Summer programme: JH'],
    ['3. Next rehearsal dates: LO'],
    ['• June:'],
    ['4. Any other business'],
  ].map((line) => [line[0]!])

  it('reads each bullet pair, the names before one or two colons, and stops at the next agenda item', () => {
    const { plan } = tableToPlan(agenda)
    expect(plan.actions.map((action) => [action.title, action.owners, action.status.state])).toEqual([
      ['Send the treasurer your receipts by 30 April', ['Everyone'], 'cancelled'],
      ['to book the church for the spring concert', ['Okoro'], 'complete'],
      ['print the programmes', ['Okoro', 'MPa'], 'complete'],
      ['agree the ticket price with the venue', ['Hale', 'MPa'], 'complete'],
      ['to ask the council about a summer grant', ['Hale'], 'unknown'],
      ['agrees to tune the piano before the concert', ['Okoro'], 'complete'],
    ])
  })

  it('leaves the list alone when the lines after it do not open the next numbered item', () => {
    const unnumbered = agenda.map((row) => [row[0]!.replace(/^(\d)\. /, '')])
    expect(readOwnerColonItemsOverStatusLines(unnumbered)).toBeNull()
    const skipping = agenda.map((row) => [row[0]!.replace(/^2\. /, '5. ')])
    expect(readOwnerColonItemsOverStatusLines(skipping)).toBeNull()
  })
})
