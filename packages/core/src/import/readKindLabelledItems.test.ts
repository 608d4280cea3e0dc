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
