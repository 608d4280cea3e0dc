import { describe, expect, it } from 'vitest'
import { readTopicUpdateLines } from './readTopicUpdateLines'
import { tableToPlan } from './tableToPlan'

const page = (lines: readonly string[]) => lines.map((text, index) => ({ index, text }))

describe('readTopicUpdateLines: matters arising as topics, each with its update after a dash', () => {
  const minutes = [
    'Minutes of the bowls club committee held on Monday 4th May 2031.',
    'Present; Rita Obi, Paul Thorne, Mona Oakes, Raj Bell.',
    'Apologies; none.',
    'The chair went through the open items;',
    'Boiler – ongoing.',
    'Lighting – PT dealing with the electrician.',
    'Funding- RB handling it in the accounts.',
    'Car park – MO to ask the council.',
    'Hedges – to be cut.',
    'Open day – RO gave the dates, the stalls are booked, RB to tell the paper.',
  ]

  it('reads each topic line as an action, the initials doing the work as its owners, a lone status as its status', () => {
    const { plan } = tableToPlan(minutes.map((line) => [line]))
    expect(plan.actions.map((action) => [action.title, action.owners, action.status.state])).toEqual([
      ['Boiler – ongoing.', [], 'ongoing'],
      ['Lighting – PT dealing with the electrician.', ['PT'], 'unknown'],
      ['Funding- RB handling it in the accounts.', ['RB'], 'unknown'],
      ['Car park – MO to ask the council.', ['MO'], 'unknown'],
      ['Hedges – to be cut.', [], 'unknown'],
      ['Open day – RO gave the dates, the stalls are booked, RB to tell the paper.', ['RB'], 'unknown'],
    ])
  })

  it('needs a lead-in right above at least four topic lines that run to the page’s end', () => {
    expect(readTopicUpdateLines(page(minutes.filter((line) => !line.startsWith('The chair'))))).toBeNull()
    expect(readTopicUpdateLines(page([...minutes, 'Next meeting in June.']))).toBeNull()
    expect(readTopicUpdateLines(page(minutes.slice(0, 7)))).toBeNull()
  })
})
