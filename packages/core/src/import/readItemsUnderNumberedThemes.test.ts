import { describe, expect, it } from 'vitest'
import { readItemsUnderNumberedThemes } from './readItemsUnderNumberedThemes'
import { tableToPlan } from './tableToPlan'

const update = [
  'Village hall plan – spring update',
  'The committee looked at the plan again in March; here is where it stands.',
  '1 – Looking After the Building',
  'Repair the kitchen roof (done in March)',
  'Repaint the main hall',
  'Storage audit (April/May)',
  '2 – Bringing People In',
  'Open afternoon (June)',
  'Youth club volunteers',
  'With the school, to be agreed:',
  'Holiday craft sessions',
  '3 – Money',
  'Apply to the lottery fund',
  'Review the hire charges',
  'Also on the list',
  'Two more things have come up since the meeting, and we will look at them in the summer –',
  '(a) The car park needs new lines, and the lights at the gate need fixing.',
  '(b) A neighbour has asked about sharing the bins.',
  'Thank you all!',
].map((line) => [line])

describe('an action plan update of numbered themes, each over its items one a line', () => {
  it('reads each item as an action in its theme, its closing bracket a timing or done', () => {
    const { plan } = tableToPlan(update)
    expect(
      plan.actions.map((action) => [action.ref, action.title, action.section, action.status.state]),
    ).toEqual([
      [null, 'Repair the kitchen roof', 'Looking After the Building', 'complete'],
      [null, 'Repaint the main hall', 'Looking After the Building', 'unknown'],
      [null, 'Storage audit', 'Looking After the Building', 'unknown'],
      [null, 'Open afternoon', 'Bringing People In', 'unknown'],
      [null, 'Youth club volunteers', 'Bringing People In', 'unknown'],
      [null, 'Holiday craft sessions', 'Bringing People In', 'unknown'],
      [null, 'Apply to the lottery fund', 'Money', 'unknown'],
      [null, 'Review the hire charges', 'Money', 'unknown'],
      [
        '(a)',
        'The car park needs new lines, and the lights at the gate need fixing.',
        'Also on the list',
        'unknown',
      ],
      ['(b)', 'A neighbour has asked about sharing the bins.', 'Also on the list', 'unknown'],
    ])
    expect(plan.actions[2]!.target.text).toBe('April/May')
  })

  it('leaves themes over prose, or numbered out of order, to the other readers', () => {
    const overProse = [
      { index: 0, text: 'Plan' },
      { index: 1, text: '1 – Worship' },
      { index: 2, text: 'We will start a second service on Sunday evenings for families.' },
      { index: 3, text: '2 – Outreach' },
      { index: 4, text: 'Open day' },
      { index: 5, text: 'Newsletter' },
      { index: 6, text: '3 – Building' },
      { index: 7, text: 'Fix the roof' },
      { index: 8, text: 'Paint the hall' },
    ]
    expect(readItemsUnderNumberedThemes(overProse)).toBeNull()
    const listed = overProse.map((line) => (line.index === 2 ? { ...line, text: 'Choir rota' } : line))
    const withSecondItem = [...listed.slice(0, 3), { index: 9, text: 'Hymn books' }, ...listed.slice(3)]
    expect(readItemsUnderNumberedThemes(withSecondItem)).not.toBeNull()
    const outOfOrder = withSecondItem.map((line) =>
      line.text === '3 – Building' ? { ...line, text: '4 – Building' } : line,
    )
    expect(readItemsUnderNumberedThemes(outOfOrder)).toBeNull()
  })
})
