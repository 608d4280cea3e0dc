import { describe, expect, it } from 'vitest'
import { runOnListItems } from './runOnListItems'

describe('runOnListItems', () => {
  it.each([
    [
      'Opened a prayer room; Appointed two race equality advisers Trained every panel chair in fair recruitment. See the report online.',
      [
        'Opened a prayer room',
        'Appointed two race equality advisers',
        'Trained every panel chair in fair recruitment',
      ],
      'See the report online.',
    ],
    [
      'Set up a staff network for carers Held a listening event in each school',
      ['Set up a staff network for carers', 'Held a listening event in each school'],
      '',
    ],
    // A name that ends as a past verb does, after a lower-case word, is no break.
    [
      'Joined a network across the United Kingdom; Funded a fellowship',
      ['Joined a network across the United Kingdom', 'Funded a fellowship'],
      '',
    ],
  ])('splits %j at its lost breaks', (text, items, rest) => {
    expect(runOnListItems(text)).toEqual({ items, rest })
  })

  it('is no list unless the text opens with a past verb', () => {
    expect(runOnListItems('You can read more about it on our website.')).toBeNull()
    expect(runOnListItems('Set the budget for next year')).toBeNull()
  })
})
