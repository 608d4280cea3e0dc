import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'
import { splitOwnerLedSentences } from './splitOwnerLedSentences'
import type { ActionDraft } from './buildAction'

const draftOf = (title: string, owners?: string): ActionDraft => ({
  row: 3,
  verbatim: false,
  section: null,
  cells: new Map([
    ['title', { text: title, column: 1, header: 'Details' }],
    ...(owners === undefined ? [] : [['owners', { text: owners, column: 2, header: 'Lead' }] as const]),
  ]),
  flags: [],
  years: [],
  extra: [],
  blockPillar: null,
  pillarsFromDescription: false,
})

describe('splitOwnerLedSentences', () => {
  it('splits a cell of owner-led sentences run together, one action each, owned by the names opening it', () => {
    const drafts = splitOwnerLedSentences(
      draftOf(
        'Agreed: Priya to order the new tables. Tom/Ravi to repaint the kitchen. Mo and Jen to ring the insurer. All to read the draft lease before May.',
      ),
    )
    expect(drafts.map((d) => [d.cells.get('title')?.text, d.cells.get('owners')?.text, d.section])).toEqual([
      ['Priya to order the new tables.', 'Priya', 'Agreed'],
      ['Tom/Ravi to repaint the kitchen.', 'Tom, Ravi', 'Agreed'],
      ['Mo and Jen to ring the insurer.', 'Mo, Jen', 'Agreed'],
      ['All to read the draft lease before May.', 'All', 'Agreed'],
    ])
  })

  it('reads a sentence of work to be done in the passive as an item of its own, owned by no one', () => {
    const drafts = splitOwnerLedSentences(
      draftOf(
        'Priya to order the new tables. Two quotes to be obtained. Tom to repaint the kitchen. Mo to ring the insurer. It rains in.',
      ),
    )
    expect(drafts.map((d) => [d.cells.get('title')?.text, d.cells.get('owners')?.text])).toEqual([
      ['Priya to order the new tables.', 'Priya'],
      ['Two quotes to be obtained.', undefined],
      ['Tom to repaint the kitchen.', 'Tom'],
      ['Mo to ring the insurer. It rains in.', 'Mo'],
    ])
    // Passive sentences do not make up for owner-led ones: two owners and two passive sentences stay one action.
    expect(
      splitOwnerLedSentences(
        draftOf(
          'Priya to order the tables. Two quotes to be obtained. A site to be agreed. Tom to paint it.',
        ),
      ),
    ).toHaveLength(1)
  })

  it.each([
    {
      name: 'each clause owned by its name stacked in the owners cell',
      owners: 'Nia\nOwen',
      want: [
        ['Nia to order the printing', 'Nia'],
        ['Owen to fix the signs to the fence posts', 'Owen'],
      ],
    },
    {
      name: 'no owners cell: each clause owned by the name opening it',
      owners: undefined,
      want: [
        ['Nia to order the printing', 'Nia'],
        ['Owen to fix the signs to the fence posts', 'Owen'],
      ],
    },
    {
      name: 'an owners cell naming someone else: kept for every clause',
      owners: 'Grounds team',
      want: [
        ['Nia to order the printing', 'Grounds team'],
        ['Owen to fix the signs to the fence posts', 'Grounds team'],
      ],
    },
  ])('splits the clauses listed after an "Actions:" label: $name', ({ owners, want }) => {
    const drafts = splitOwnerLedSentences(
      draftOf(
        'Trail signs – the wording was approved.  Actions: Nia to order the printing; Owen to fix the signs to the fence posts',
        owners,
      ),
    )
    expect(drafts.map((d) => [d.cells.get('title')?.text, d.cells.get('owners')?.text])).toEqual(want)
    expect(drafts.map((d) => d.cells.get('description')?.text)).toEqual([
      'Trail signs – the wording was approved.',
      'Trail signs – the wording was approved.',
    ])
  })

  it('leaves an "Actions:" label alone when a clause after it names no owner first', () => {
    const drafts = splitOwnerLedSentences(
      draftOf(
        'Trail signs – the wording was approved.  Actions: order the printing; Owen to fix the signs',
        'Nia',
      ),
    )
    expect(drafts).toHaveLength(1)
  })

  it('keeps a sentence naming nobody with the item above it, and a row’s own owners cell', () => {
    const drafts = splitOwnerLedSentences(
      draftOf(
        'Sam to fix the gate. It sticks in wet weather. Lee will chase the plumber. Ana continues to look for a caretaker.',
        'Buildings group',
      ),
    )
    expect(drafts.map((d) => [d.cells.get('title')?.text, d.cells.get('owners')?.text])).toEqual([
      ['Sam to fix the gate. It sticks in wet weather.', 'Buildings group'],
      ['Lee will chase the plumber.', 'Buildings group'],
      ['Ana continues to look for a caretaker.', 'Buildings group'],
    ])
  })

  it.each([
    ['two owner-led sentences', 'Sam to fix the gate. Lee will chase the plumber.'],
    [
      'an introduction first',
      'The hall needs work. Sam to fix the gate. Lee to chase the plumber. Ana to paint.',
    ],
    [
      'mostly prose',
      'Sam to fix the gate. The gate sticks. It is old. The hinges are rusty. Lee to chase it. Ana to paint it.',
    ],
    ['a sentence of instructions', 'Fix the gate. Chase the plumber. Paint the porch.'],
  ])('leaves the cell whole: %s', (_, title) => {
    expect(splitOwnerLedSentences(draftOf(title))).toHaveLength(1)
  })

  it('reads a minutes table whose one cell gathers the meeting’s actions', () => {
    const { plan } = tableToPlan([
      ['Meeting', '12 June 2031'],
      ['Subject', 'Minute', 'Actions'],
      [
        'Actions agreed',
        'Carried forward: Hana to renew the licence. Olu and Dev to count the chairs. New: Kit to email the choir about the dates.',
        '',
      ],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.section])).toEqual([
      ['Hana to renew the licence.', ['Hana'], 'Carried forward'],
      ['Olu and Dev to count the chairs.', ['Olu', 'Dev'], 'Carried forward'],
      ['Kit to email the choir about the dates.', ['Kit'], 'New'],
    ])
  })

  it('reads a cell of a thousand such sentences', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `Sam to fix gate ${i}.`).join(' ')
    expect(splitOwnerLedSentences(draftOf(text))).toHaveLength(1000)
  })
})
