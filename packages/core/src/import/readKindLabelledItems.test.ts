import { describe, expect, it } from 'vitest'
import { readKindLabelledItems } from './readKindLabelledItems'
import { tableToPlan } from './tableToPlan'

describe('minutes that label every action item with its kind ("ACTION:" open, "Done:" finished)', () => {
  const rows = [
    ['Editors call, 2 June'],
    ['Actions'],
    ['ACTION: Ines to draft the glossary for the next release'],
    ['ACTION: Olu checks the alt text on every figure'],
    ['ACTION: Each chapter editor can review the new index'],
    ['ACTION: Look again at the print budget before the summer'],
    ['The chair noted that the survey action was dropped, so it is not listed here.'],
    ['Earlier actions'],
    ['ACTION: (carried over) Ruth & Sam to update the style sheet'],
    ['Done: Tariq / cover art'],
    ['Closed: Mei / printer quotes'],
  ]

  it('reads each labelled line as an action, its label and marker off the title, its kind as its status', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => ({ title: a.title, owners: a.owners, state: a.status.state }))).toEqual([
      { title: 'Ines to draft the glossary for the next release', owners: ['Ines'], state: 'unknown' },
      { title: 'Olu checks the alt text on every figure', owners: ['Olu'], state: 'unknown' },
      {
        title: 'Each chapter editor can review the new index',
        owners: ['Each chapter editor'],
        state: 'unknown',
      },
      { title: 'Look again at the print budget before the summer', owners: [], state: 'unknown' },
      { title: 'Ruth & Sam to update the style sheet', owners: ['Ruth', 'Sam'], state: 'in-progress' },
      { title: 'Tariq / cover art', owners: ['Tariq'], state: 'complete' },
      { title: 'Mei / printer quotes', owners: ['Mei'], state: 'complete' },
    ])
  })

  it('is not used for records whose "Done:" line is a field of each action, nor with no open action', () => {
    expect(
      readKindLabelledItems([
        ['Action: Draft the glossary'],
        ['Done: no'],
        ['Action: Check the alt text'],
        ['Done: yes'],
      ]),
    ).toBeNull()
    expect(
      readKindLabelledItems([
        ['Call'],
        ['Done: Tariq / cover art'],
        ['Done: Mei / quotes'],
        ['Done: Jo / map'],
      ]),
    ).toBeNull()
  })
})

describe('notes that label each item "ACTION:" or "INFORMATION:"', () => {
  const rows = [
    ['Parks team notes, 3 March'],
    ['Present: Mina, Joel, Rosa'],
    ['Spring planting'],
    ['INFORMATION: Joel reported that the bulbs arrived late this year.'],
    ['ACTION ITEM: Mina will order the mulch, and Rosa will book the van for the depot run.'],
    ['the bark chips'],
    ['the leaf compost'],
    ['Benches'],
    ['INFORMATION ITEM: Two benches by the pond need new slats.'],
    ['ACTION: Joel will ask the carpenter for a quote.'],
    ['ACTION: Volunteers for the open day will be asked for through the newsletter.'],
  ]

  it('reads each "ACTION:" line as an action and leaves the information items and their notes out', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => ({ title: a.title, owners: a.owners }))).toEqual([
      {
        title: 'Mina will order the mulch, and Rosa will book the van for the depot run.',
        owners: ['Mina', 'Rosa'],
      },
      { title: 'Joel will ask the carpenter for a quote.', owners: ['Joel'] },
      { title: 'Volunteers for the open day will be asked for through the newsletter.', owners: [] },
    ])
  })

  it('needs two information items beside the actions', () => {
    expect(readKindLabelledItems(rows.filter((row) => !row[0]!.startsWith('INFORMATION ITEM')))).toBeNull()
  })
})
